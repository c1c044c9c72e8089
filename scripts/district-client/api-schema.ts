/* eslint-disable */
// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.
export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: PostgreSQL and Redis answer */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username and password: an access token and a refresh token */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token for a new pair (the old one stops working) */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session (its access and refresh tokens stop working) */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token belongs to: roles and their scopes, or a client's district and scopes */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OAuth2 client credentials for district systems: a short-lived token with scopes and the district
         * @description RFC 6749 §4.4. Client authentication by HTTP Basic (client_secret_basic) or client_id/client_secret in the body (client_secret_post), not both. Errors are RFC 6749 §5.2 JSON (`error`, `error_description`), not problem+json; responses carry `Cache-Control: no-store`.
         */
        post: operations["OAuthController_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users by username, with their role bindings (admin) */
        get: operations["UsersController_list"];
        put?: never;
        /** Create a user with role bindings (admin) */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, disable/enable, or reset the password of a user; disabling or a new password ends their sessions. If-Match required */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/{userId}/role-bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_bind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/role-bindings/{bindingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["UsersController_unbind"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consortium's secretariat staff (秘书处): admin, task force, or that consortium's secretariat */
        get: operations["UsersController_staff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organizationId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization's member-unit users: admin, task force, or that organization's members */
        get: operations["UsersController_organizationUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiClientsController_findAll"];
        put?: never;
        /** Register a district system; the secret is in this response only */
        post: operations["ApiClientsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{clientUuid}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a client: its tokens stop working on their next request */
        post: operations["ApiClientsController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{clientUuid}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApiClientsController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{clientUuid}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new client secret, in this response only; the old one stays valid for `overlapSeconds` (default a day) */
        post: operations["ApiClientsController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, filtered (task force and admins) */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as CSV (UTF-8 with BOM, for Excel), streamed */
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/industry-clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The industry-cluster dictionary (产业集群) */
        get: operations["IndustryClustersController_findAll"];
        put?: never;
        /** Add an industry cluster to the dictionary */
        post: operations["IndustryClustersController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/by-uscc/{uscc}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or update an organization by its USCC (201 created, 200 updated or unchanged); a district system only in its own district */
        put: operations["OrganizationsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations by name; a district system sees its own district only */
        get: operations["OrganizationsController_findAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization with its name history (members: their own; district systems: their district) */
        get: operations["OrganizationsController_findOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** District codes (GB/T 2260) the platform knows */
        get: operations["OrganizationsController_districts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consortia with their state on a date; filters; cursor pages. District systems: those covering their district */
        get: operations["ConsortiaController_findAll"];
        put?: never;
        /** Register a consortium in preparation (筹建); it enters the official list by a decision */
        post: operations["ConsortiaController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsortiaController_findOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct the name, districts or industry cluster as registered (task force; audited); status and tier change only by decision. If-Match required */
        patch: operations["ConsortiaController_correct"];
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsortiaController_history"];
        put?: never;
        /** Decide a status or tier change (task force): recorded, applied in one transaction */
        post: operations["ConsortiaController_decideOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An organization joins on a date; the answer carries composition warnings */
        post: operations["ConsortiaController_joinConsortium"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/memberships/{membershipId}/exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A membership ends on a date with a reason; the lead unit names a successor */
        post: operations["ConsortiaController_exit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/memberships/{membershipId}/role-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a member’s role from a date (closes one interval, opens the next) */
        post: operations["ConsortiaController_roleChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members on a date (default today), with the composition warnings of that day */
        get: operations["ConsortiaController_membersOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organizationId}/consortia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consortia an organization belonged to on a date */
        get: operations["ConsortiaController_consortiaOfOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建设名单: the consortia on the official list on a date (default today); public */
        get: operations["ConsortiaController_official"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_findAll"];
        put?: never;
        /** File an application (member units: for their own organization; district systems: for organizations of their district; EXPEL: secretariat and task force) */
        post: operations["ApplicationsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/applications/{applicationId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a submitted application under review (secretariat) */
        post: operations["ApplicationsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (citing the council resolution) or reject (with a reason); of two concurrent decisions one wins, the other gets 409 */
        post: operations["ApplicationsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/applications/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application before it is decided (member units: their own organization’s) */
        post: operations["ApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import organizations (upsert by USCC) from CSV or XLSX; 202 with the job to poll */
        post: operations["ImportsController_uploadOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import memberships (joins on a date) from CSV or XLSX; 202 with the job to poll */
        post: operations["ImportsController_uploadMemberships"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memberships/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Memberships on a date (default today) as XLSX or CSV, importable as they are (a district system: consortia covering its district) */
        get: operations["ImportsController_exportMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import’s status, progress, counts and the first 1,000 row errors */
        get: operations["ImportsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{importId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole row-level report (row, field, code, message) as XLSX or CSV */
        get: operations["ImportsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations as XLSX or CSV, in the import format (a district system: its district) */
        get: operations["ImportsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Council seats (as of a date) and resolutions, secretariat, operations platform, delegated powers. A weak ETag over the whole read answers If-None-Match with 304; it is not an If-Match of any part: a PUT or PATCH of a part sends that part’s "v<version>" */
        get: operations["GovernanceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/council-seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceController_seat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/council-seats/{seatId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceController_endSeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GovernanceController_resolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/secretariat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["GovernanceController_secretariat"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/operations-platform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["GovernanceController_platform"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/delegated-powers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 赋权清单 of the consortium: the whole register, or the powers in force on asOf */
        get: operations["GovernanceController_listPowers"];
        put?: never;
        post: operations["GovernanceController_power"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/delegated-powers/{powerId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a delegated power from a date; the grant stays on record */
        post: operations["GovernanceController_revokePower"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/delegated-powers/{powerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct how a grant was recorded (grantor, date, scope); If-Match required */
        patch: operations["GovernanceController_correctPower"];
        trace?: never;
    };
    "/api/v1/delegated-powers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Powers in force on asOf (default today) across consortia, by item; a district system sees its districts’ consortia */
        get: operations["DelegatedPowersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-list/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建设名单 snapshots: one per published round revision, taken as of the quarter end; public */
        get: operations["OfficialListController_allSnapshots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-list/snapshots/{roundCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The official list as snapshotted with a round (latest revision, or ?revision=); public */
        get: operations["OfficialListController_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The list per tier against the 2027 targets, and coverage of key parks, higher-vocational colleges and above-scale firms on a date */
        get: operations["OfficialListController_show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consortia/{consortiumId}/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consortium’s participation facts, of one quarter or all, newest first */
        get: operations["ParticipationController_facts"];
        put?: never;
        /** Record that a member unit took part in the consortium’s work in a quarter (for the four-quarter exit rule) */
        post: operations["ParticipationController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvaluationController_schemes"];
        put?: never;
        /** Define a scheme; the same code again makes its next version (a version is frozen once a round opens with it) */
        post: operations["EvaluationController_createScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/schemes/{schemeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvaluationController_scheme"];
        /** Correct a scheme version no round has used yet; a used one is frozen (409 SCHEME_IN_USE): make the next version instead. If-Match required */
        put: operations["EvaluationController_updateScheme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvaluationController_rounds"];
        put?: never;
        /** Create a quarterly round (code YYYYQn; quarter in Asia/Shanghai days) with its scheme and deadline */
        post: operations["EvaluationController_createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EvaluationController_round"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open (freezes the scheme version), close, reopen, or archive (after publication) a round */
        post: operations["EvaluationController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest scoring of a round and its progress */
        get: operations["EvaluationController_scoringStatus"];
        put?: never;
        /** Score a closed round (or score a scored one again) in the worker, as the next revision */
        post: operations["EvaluationController_requestScoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results of the latest finished scoring: per level, rank, grade, rank interval and explanation */
        get: operations["EvaluationController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 晾晒: publish the latest scoring of a scored round; it becomes immutable and public */
        post: operations["EvaluationController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rounds with a published ranking, newest first; public */
        get: operations["EvaluationController_rankings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rankings/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published ranking of a round (the latest published revision, or ?revision=n for any earlier published one): rank, grade and rank interval per level, with the revision’s reason and the list of published revisions; public */
        get: operations["EvaluationController_ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rankings/{roundId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published ranking of a round as XLSX or CSV (level, rank, consortium, total, grade, rank interval); public */
        get: operations["EvaluationController_exportRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Extend one consortium’s deadline, with the reason; changing an extension needs If-Match (its version is on the paper, `extensionVersion`) */
        put: operations["EvaluationController_extend"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/target-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Override one indicator’s target for one consortium in this round; changing an override needs If-Match (its version is on the paper, `targetOverrideVersions`) */
        put: operations["EvaluationController_override"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/papers/{consortiumId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考卷: the consortium’s paper — indicators of its level, targets (with overrides), its deadline */
        get: operations["EvaluationController_paper"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/answer-sheets/{consortiumId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 答卷: the consortium’s answers in this round, with status, late flag and review comments */
        get: operations["EvaluationController_answerSheet"];
        /** Save answers (draft or corrections); values are checked against the paper. The first save creates the sheet; every later one needs If-Match */
        put: operations["EvaluationController_saveAnswers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/answer-sheets/{consortiumId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the answers (every required indicator answered); after the deadline the sheet is flagged late */
        post: operations["EvaluationController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/answer-sheets/{consortiumId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submitted sheet for correction, with comments */
        post: operations["EvaluationController_returnSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/answer-sheets/{consortiumId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a submitted or accepted sheet for a correction once the round is closed, scored or published, with the reason; the secretariat corrects and submits it again, then a new scoring makes a new revision */
        post: operations["EvaluationController_reopenSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/answer-sheets/{consortiumId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a submitted sheet */
        post: operations["EvaluationController_acceptSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/answer-sheets/{consortiumId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an evidence file to one indicator of the sheet (stored once by its SHA-256) */
        post: operations["EvaluationController_attachEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/best-practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every case of the round by level, with reviews and mean review score */
        get: operations["BestPracticeController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/best-practices/{consortiumId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consortium’s case in the round (reviews only for the task force) */
        get: operations["BestPracticeController_get"];
        /** Submit or rewrite the consortium’s case while the round is open (one case per consortium and quarter); rewriting needs If-Match */
        put: operations["BestPracticeController_submit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/best-practices/{consortiumId}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shortlist a case for review (after the round has closed, before publication) */
        post: operations["BestPracticeController_shortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/best-practices/{consortiumId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The acting reviewer’s score (0–100) and comment on a shortlisted case; sent again with If-Match, it revises them. Answers the case; the ETag is the review’s */
        put: operations["BestPracticeController_review"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rounds/{roundId}/best-practices/{consortiumId}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Select the case as its level’s best practice of the quarter: every shortlisted case reviewed, and this one has the highest mean score */
        post: operations["BestPracticeController_select"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/years/{year}/scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest scoring of the annual competition of a year and its progress */
        get: operations["AnnualController_scoringStatus"];
        put?: never;
        /** Score the annual competition of a year (its four quarters published) in the worker, as the next revision */
        post: operations["AnnualController_requestScoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/years/{year}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Annual results of the latest finished scoring: per level, annual total, rank, grade and each quarter’s contribution */
        get: operations["AnnualController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/years/{year}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 晾晒: publish the latest scoring of a scored annual competition; it becomes immutable and public */
        post: operations["AnnualController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/annual-rankings/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published annual ranking of a year (latest published revision): annual total, rank and grade per level; public */
        get: operations["AnnualController_ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adjustment/rule-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the rule set, newest first (the newest applies) */
        get: operations["AdjustmentController_ruleSets"];
        put?: never;
        /** A new version of the rule set with its thresholds; later rule runs use it */
        post: operations["AdjustmentController_createRuleSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adjustment/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposals with their evidence, oldest first; filter by status and consortium */
        get: operations["AdjustmentController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adjustment/proposals/{proposalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdjustmentController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adjustment/proposals/{proposalId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (with its effective date; the change applies at once) or reject (with the reason) a proposal; once */
        post: operations["AdjustmentController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed: every event in commit order, each once
         * @description Start without `after`, then pass back `nextCursor`. An event is served only once its transaction has committed, and no event that commits later can appear before a cursor already returned, so following `nextCursor` never skips one. Event types: consortia (created, decided), organizations, memberships (joined, left, role-changed), applications, published rounds.
         */
        get: operations["ChangesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feed’s newest position: take it before a full load, then follow the feed from it (nothing is missed) */
        get: operations["ChangesController_head"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling client’s webhook subscriptions */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Subscribe an endpoint to event types; the signing secret is shown once
         * @description Deliveries are POSTs signed per Standard Webhooks (`webhook-id` = the event id, the same on every retry; `webhook-timestamp`; `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`). Body: `{ type, timestamp, data }`, `data` carrying `eventId`, `cursor` (the change-feed position), the aggregate and its state.
         */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the calling client’s subscriptions, with its ETag */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a subscription, or re-enable it after the platform disabled it (`enabled: true`); If-Match required */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{subscriptionId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; the old one also signs for `overlapSeconds` (default a day) */
        post: operations["WebhooksController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{subscriptionId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries to one subscription, newest first (FAILED = dead-lettered) */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with its log of attempts */
        get: operations["WebhooksController_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a succeeded or dead-lettered delivery again now, with the same webhook-id */
        post: operations["WebhooksController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemFieldErrorDto: {
            /**
             * @description Dotted path of the offending field
             * @example code
             */
            field?: string;
            /** @example IS_STRING */
            code: string;
            /** @example code must be a string */
            message: string;
        };
        ProblemDto: {
            /** @example /problems/validation-failed */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example Invalid request: code: code must be a string */
            detail: string;
            /** @example /api/v1/industry-clusters */
            instance?: string;
            /**
             * @description Stable error code; switch on this, not on the text
             * @example VALIDATION_FAILED
             */
            code: string;
            /**
             * @description Also in the X-Request-Id header and the logs
             * @example 5b0c7a0e-2f43-4a53-9a59-5d2f1f0d9c11
             */
            requestId?: string;
            errors?: components["schemas"]["ProblemFieldErrorDto"][];
        };
        LoginDto: {
            /** @example taskforce.demo */
            username: string;
            /** @example correct horse battery staple */
            password: string;
        };
        SessionTokensDto: {
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * @description seconds
             * @example 900
             */
            expiresIn: number;
            refreshToken: string;
            /**
             * @description seconds
             * @example 2592000
             */
            refreshExpiresIn: number;
        };
        RefreshDto: {
            /** @description The refresh token from login or the last refresh */
            refreshToken: string;
        };
        RoleBindingDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "admin" | "taskforce" | "secretariat" | "member";
            /** Format: uuid */
            consortiumId: string | null;
            /** Format: uuid */
            organizationId: string | null;
        };
        MeDto: {
            /** @enum {string} */
            type: "user" | "client";
            id: string;
            name: string;
            bindings?: components["schemas"]["RoleBindingDto"][];
            /** @example 500118 */
            district?: string;
            scopes?: ("registry:read" | "registry:write" | "evaluation:read" | "feed:read" | "webhooks:manage")[];
        };
        ClientTokenRequestDto: {
            /** @example client_credentials */
            grant_type: string;
            /** @description Or HTTP Basic authentication */
            client_id?: string;
            /** @description Or HTTP Basic authentication */
            client_secret?: string;
            /**
             * @description space-separated subset of the client scopes
             * @example registry:read
             */
            scope?: string;
        };
        ClientTokenDto: {
            access_token: string;
            /** @example Bearer */
            token_type: string;
            /** @example 900 */
            expires_in: number;
            /** @example registry:read */
            scope: string;
        };
        OAuthErrorDto: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
            /** @example Unknown client or wrong secret */
            error_description: string;
        };
        RoleBindingInputDto: {
            /** @enum {string} */
            role: "admin" | "taskforce" | "secretariat" | "member";
            /**
             * Format: uuid
             * @description required for secretariat
             */
            consortiumId?: string;
            /**
             * Format: uuid
             * @description required for member
             */
            organizationId?: string;
        };
        CreateUserDto: {
            /** @example secretariat.yongchuan */
            username: string;
            /** @example 张秘书 */
            displayName: string;
            password: string;
            bindings: components["schemas"]["RoleBindingInputDto"][];
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
            bindings: components["schemas"]["RoleBindingDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the ETag is "v<version>" */
            version: number;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            /** @description pass as `after` for the next page */
            nextCursor: string | null;
        };
        UpdateUserDto: {
            displayName?: string;
            /** @enum {string} */
            status?: "ACTIVE" | "DISABLED";
            password?: string;
        };
        CreateApiClientDto: {
            /** @example 永川区产教融合数据平台 */
            name: string;
            /**
             * @description GB/T 2260 district code
             * @example 500118
             */
            districtCode: string;
            scopes: ("registry:read" | "registry:write" | "evaluation:read" | "feed:read" | "webhooks:manage")[];
        };
        CreatedApiClientDto: {
            /** Format: uuid */
            id: string;
            /** @example dst_500118_3f2a9c1b7d4e */
            clientId: string;
            name: string;
            /** @example 500118 */
            districtCode: string;
            scopes: ("registry:read" | "registry:write" | "evaluation:read" | "feed:read" | "webhooks:manage")[];
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
            /**
             * Format: date-time
             * @description Until then the secret before the last rotation is accepted too
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Shown once; only its hash is stored */
            clientSecret: string;
        };
        ApiClientDto: {
            /** Format: uuid */
            id: string;
            /** @example dst_500118_3f2a9c1b7d4e */
            clientId: string;
            name: string;
            /** @example 500118 */
            districtCode: string;
            scopes: ("registry:read" | "registry:write" | "evaluation:read" | "feed:read" | "webhooks:manage")[];
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
            /**
             * Format: date-time
             * @description Until then the secret before the last rotation is accepted too
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApiClientListDto: {
            items: components["schemas"]["ApiClientDto"][];
        };
        RotateClientSecretDto: {
            /**
             * @description How long the old secret stays valid too (seconds); 0 ends it at once
             * @default 86400
             */
            overlapSeconds?: number;
        };
        AuditEventDto: {
            id: string;
            /** Format: date-time */
            occurredAt: string;
            actorType: string;
            actorId: string | null;
            actorName: string | null;
            action: string;
            entityType: string;
            entityId: string | null;
            before: Record<string, never> | null;
            after: Record<string, never> | null;
            requestId: string | null;
            ip: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            nextCursor: string | null;
        };
        IndustryClusterDto: {
            /** Format: uuid */
            id: string;
            /** @example ICV-NEV */
            code: string;
            /** @example 智能网联新能源汽车 */
            name: string;
            /** @enum {string} */
            category: "PILLAR" | "ADVANTAGE" | "EMERGING" | "OTHER";
            /** Format: date-time */
            createdAt: string;
        };
        IndustryClusterListDto: {
            items: components["schemas"]["IndustryClusterDto"][];
        };
        CreateIndustryClusterDto: {
            /**
             * @description Stable code, upper case letters, digits and dashes
             * @example ICV-NEV
             */
            code: string;
            /** @example 智能网联新能源汽车 */
            name: string;
            /**
             * @example PILLAR
             * @enum {string}
             */
            category: "PILLAR" | "ADVANTAGE" | "EMERGING" | "OTHER";
        };
        UpsertOrganizationDto: {
            /** @example 重庆城市职业学院 */
            name: string;
            /** @enum {string} */
            type: "SCHOOL" | "ENTERPRISE" | "PARK" | "RESEARCH_INSTITUTE" | "INDUSTRY_ASSOCIATION" | "GOVERNMENT_AGENCY" | "OTHER";
            /**
             * @description GB/T 2260 district code
             * @example 500118
             */
            districtCode: string;
            /**
             * @description schools: 中职/高职专科/职教本科/应用型本科/普通本科
             * @enum {string}
             */
            schoolLevel?: "SECONDARY_VOCATIONAL" | "HIGHER_VOCATIONAL" | "VOCATIONAL_UNDERGRADUATE" | "APPLIED_UNDERGRADUATE" | "UNIVERSITY";
            /**
             * @description enterprises
             * @enum {string}
             */
            enterpriseSize?: "LARGE" | "MEDIUM" | "SMALL" | "MICRO";
            /** @description enterprises: 链主企业 */
            isChainLeader?: boolean;
            /** @description enterprises: 规上企业 */
            isAboveScale?: boolean;
            /**
             * @description enterprises: 产教融合型企业 certification
             * @enum {string}
             */
            integrationLevel?: "NATIONAL" | "MUNICIPAL";
            /**
             * @description parks
             * @enum {string}
             */
            parkLevel?: "NATIONAL" | "MUNICIPAL" | "DISTRICT";
            /** @description parks: a key park (重点园区) */
            isKeyPark?: boolean;
        };
        OrganizationDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description 统一社会信用代码 (GB 32100-2015)
             * @example 91500000202805720T
             */
            uscc: string;
            name: string;
            /** @enum {string} */
            type: "SCHOOL" | "ENTERPRISE" | "PARK" | "RESEARCH_INSTITUTE" | "INDUSTRY_ASSOCIATION" | "GOVERNMENT_AGENCY" | "OTHER";
            /** @example 500118 */
            districtCode: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string|null} */
            schoolLevel: "SECONDARY_VOCATIONAL" | "HIGHER_VOCATIONAL" | "VOCATIONAL_UNDERGRADUATE" | "APPLIED_UNDERGRADUATE" | "UNIVERSITY" | null;
            /** @enum {string|null} */
            enterpriseSize: "LARGE" | "MEDIUM" | "SMALL" | "MICRO" | null;
            isChainLeader: boolean;
            isAboveScale: boolean;
            /** @enum {string|null} */
            integrationLevel: "NATIONAL" | "MUNICIPAL" | null;
            /** @enum {string|null} */
            parkLevel: "NATIONAL" | "MUNICIPAL" | "DISTRICT" | null;
            isKeyPark: boolean;
        };
        OrganizationPageDto: {
            items: components["schemas"]["OrganizationDto"][];
            nextCursor: string | null;
        };
        OrganizationNameDto: {
            name: string;
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validTo: string | null;
        };
        OrganizationDetailDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description 统一社会信用代码 (GB 32100-2015)
             * @example 91500000202805720T
             */
            uscc: string;
            name: string;
            /** @enum {string} */
            type: "SCHOOL" | "ENTERPRISE" | "PARK" | "RESEARCH_INSTITUTE" | "INDUSTRY_ASSOCIATION" | "GOVERNMENT_AGENCY" | "OTHER";
            /** @example 500118 */
            districtCode: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string|null} */
            schoolLevel: "SECONDARY_VOCATIONAL" | "HIGHER_VOCATIONAL" | "VOCATIONAL_UNDERGRADUATE" | "APPLIED_UNDERGRADUATE" | "UNIVERSITY" | null;
            /** @enum {string|null} */
            enterpriseSize: "LARGE" | "MEDIUM" | "SMALL" | "MICRO" | null;
            isChainLeader: boolean;
            isAboveScale: boolean;
            /** @enum {string|null} */
            integrationLevel: "NATIONAL" | "MUNICIPAL" | null;
            /** @enum {string|null} */
            parkLevel: "NATIONAL" | "MUNICIPAL" | "DISTRICT" | null;
            isKeyPark: boolean;
            /** @description Names over time (name history) */
            names: components["schemas"]["OrganizationNameDto"][];
        };
        DistrictDto: {
            /** @example 500118 */
            code: string;
            /** @example 永川区 */
            name: string;
            /** @example 重庆市 */
            province: string;
        };
        DistrictListDto: {
            items: components["schemas"]["DistrictDto"][];
        };
        CreateConsortiumDto: {
            /** @example 重庆市智能网联新能源汽车产教联合体 */
            name: string;
            /** @enum {string} */
            kind: "CITY" | "INDUSTRY_COMMUNITY";
            /** @enum {string} */
            tier: "NATIONAL" | "MUNICIPAL" | "PARK_LED" | "INDUSTRY_LED" | "SCHOOL_LED";
            /**
             * @description GB/T 2260 codes; several for a cross-region consortium
             * @example [
             *       "500118"
             *     ]
             */
            districtCodes: string[];
            /** @example ICV-NEV */
            clusterCode?: string | null;
            /** @example 2023-10-27 */
            establishedOn: string;
        };
        ConsortiumDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "CITY" | "INDUSTRY_COMMUNITY";
            districtCodes: string[];
            clusterCode: string | null;
            establishedOn: string;
            /** @enum {string} */
            status: "PREPARING" | "ACTIVE" | "WARNED" | "PROBATION" | "DELISTED";
            /** @enum {string} */
            tier: "NATIONAL" | "MUNICIPAL" | "PARK_LED" | "INDUSTRY_LED" | "SCHOOL_LED";
            /** @enum {string} */
            level: "L1" | "L2" | "L3";
            /** @description start of the current status/tier period */
            since: string;
            /** Format: uuid */
            leadOrganizationId: string | null;
            /** @description 联合牵头单位 on that date */
            coLeadOrganizationIds: string[];
            version: number;
        };
        ConsortiumPageDto: {
            items: components["schemas"]["ConsortiumDto"][];
            nextCursor: string | null;
        };
        CorrectConsortiumDto: {
            /** @example 重庆市智能网联新能源汽车产教联合体 */
            name?: string;
            /**
             * @description GB/T 2260 codes; several for a cross-region consortium
             * @example [
             *       "500118"
             *     ]
             */
            districtCodes?: string[];
            /**
             * @description null clears it
             * @example ICV-NEV
             */
            clusterCode?: string | null;
            /**
             * @description why the record was wrong
             * @example 登记时区县代码录入错误
             */
            reason: string;
        };
        DecisionDto: {
            /** @enum {string} */
            toStatus?: "PREPARING" | "ACTIVE" | "WARNED" | "PROBATION" | "DELISTED";
            /** @enum {string} */
            toTier?: "NATIONAL" | "MUNICIPAL" | "PARK_LED" | "INDUSTRY_LED" | "SCHOOL_LED";
            /** @example 2026-07-01 */
            effectiveOn: string;
            /** @example 连续两个季度位列本层级后10% */
            reason: string;
            /** @example adjustment-rules@1#rule-1 */
            ruleRef?: string;
            /** @example 2026Q2 */
            roundRef?: string;
            /**
             * @description the status you decided on; 409 STALE_DECISION if it changed meanwhile
             * @enum {string}
             */
            expectedStatus?: "PREPARING" | "ACTIVE" | "WARNED" | "PROBATION" | "DELISTED";
        };
        DecisionRecordDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            consortiumId: string;
            /** @enum {string|null} */
            fromStatus: "PREPARING" | "ACTIVE" | "WARNED" | "PROBATION" | "DELISTED" | null;
            /** @enum {string} */
            toStatus: "PREPARING" | "ACTIVE" | "WARNED" | "PROBATION" | "DELISTED";
            /** @enum {string|null} */
            fromTier: "NATIONAL" | "MUNICIPAL" | "PARK_LED" | "INDUSTRY_LED" | "SCHOOL_LED" | null;
            /** @enum {string} */
            toTier: "NATIONAL" | "MUNICIPAL" | "PARK_LED" | "INDUSTRY_LED" | "SCHOOL_LED";
            effectiveOn: string;
            reason: string;
            ruleRef: string | null;
            roundRef: string | null;
            decidedBy: string;
            /** Format: date-time */
            decidedAt: string;
        };
        DecisionResultDto: {
            decision: components["schemas"]["DecisionRecordDto"];
            consortium: components["schemas"]["ConsortiumDto"];
        };
        DecisionListDto: {
            items: components["schemas"]["DecisionRecordDto"][];
        };
        JoinDto: {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            role: "COUNCIL_CHAIR" | "COUNCIL_VICE_CHAIR" | "COUNCIL_MEMBER" | "MEMBER";
            /** @description 牵头单位 */
            isLead?: boolean;
            /** @description 联合牵头单位 */
            isCoLead?: boolean;
            /** @description 秘书处挂靠单位 */
            isSecretariatHost?: boolean;
            /** @description 运营平台运营方 */
            isPlatformOperator?: boolean;
            /** @example 2026-01-01 */
            validFrom: string;
        };
        MembershipDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            consortiumId: string;
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            role: "COUNCIL_CHAIR" | "COUNCIL_VICE_CHAIR" | "COUNCIL_MEMBER" | "MEMBER";
            isLead: boolean;
            isCoLead: boolean;
            isSecretariatHost: boolean;
            isPlatformOperator: boolean;
            validFrom: string;
            validTo: string | null;
            endReason: string | null;
            /** Format: uuid */
            previousId: string | null;
        };
        CompositionWarningDto: {
            /** @example NO_SCHOOL */
            code: string;
            message: string;
        };
        MembershipChangeDto: {
            membership: components["schemas"]["MembershipDto"];
            warnings: components["schemas"]["CompositionWarningDto"][];
        };
        ExitDto: {
            /**
             * @description first day no longer a member
             * @example 2026-07-01
             */
            effectiveOn: string;
            /** @enum {string} */
            reason: "VOLUNTARY" | "EXPELLED" | "ADJUSTMENT" | "DISSOLVED";
            /**
             * Format: uuid
             * @description required when the lead unit leaves
             */
            successorMembershipId?: string;
        };
        RoleChangeDto: {
            /** @enum {string} */
            role: "COUNCIL_CHAIR" | "COUNCIL_VICE_CHAIR" | "COUNCIL_MEMBER" | "MEMBER";
            /** @example 2026-07-01 */
            effectiveOn: string;
        };
        MemberDto: {
            /** Format: uuid */
            membershipId: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            organizationType: string;
            uscc: string;
            /** @enum {string} */
            role: "COUNCIL_CHAIR" | "COUNCIL_VICE_CHAIR" | "COUNCIL_MEMBER" | "MEMBER";
            isLead: boolean;
            isCoLead: boolean;
            isSecretariatHost: boolean;
            isPlatformOperator: boolean;
            validFrom: string;
            validTo: string | null;
        };
        MembersDto: {
            asOf: string;
            members: components["schemas"]["MemberDto"][];
            warnings: components["schemas"]["CompositionWarningDto"][];
        };
        OrganizationConsortiumDto: {
            /** Format: uuid */
            membershipId: string;
            /** Format: uuid */
            consortiumId: string;
            consortiumName: string;
            /** @enum {string} */
            role: "COUNCIL_CHAIR" | "COUNCIL_VICE_CHAIR" | "COUNCIL_MEMBER" | "MEMBER";
            isLead: boolean;
            validFrom: string;
            validTo: string | null;
        };
        OrganizationConsortiaDto: {
            asOf: string;
            consortia: components["schemas"]["OrganizationConsortiumDto"][];
        };
        OfficialListEntryDto: {
            /** Format: uuid */
            consortiumId: string;
            name: string;
            /** @enum {string} */
            tier: "NATIONAL" | "MUNICIPAL" | "PARK_LED" | "INDUSTRY_LED" | "SCHOOL_LED";
            /** @enum {string} */
            level: "L1" | "L2" | "L3";
            /** @enum {string} */
            status: "ACTIVE" | "WARNED" | "PROBATION";
            districtCodes: string[];
            since: string;
        };
        OfficialListDto: {
            asOf: string;
            items: components["schemas"]["OfficialListEntryDto"][];
        };
        SubmitApplicationDto: {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            kind: "JOIN" | "EXIT" | "ROLE_CHANGE" | "EXPEL";
            /**
             * @description JOIN and ROLE_CHANGE
             * @enum {string}
             */
            requestedRole?: "COUNCIL_CHAIR" | "COUNCIL_VICE_CHAIR" | "COUNCIL_MEMBER" | "MEMBER";
            /**
             * @description EXIT and EXPEL
             * @enum {string}
             */
            exitReason?: "VOLUNTARY" | "EXPELLED" | "ADJUSTMENT" | "DISSOLVED";
            /** @example 2026-07-01 */
            effectiveOn: string;
            /** @example 申请加入理事会 */
            statement?: string;
            /**
             * Format: uuid
             * @description EXIT / EXPEL of the lead unit (牵头单位): the member that takes over as lead unit
             */
            successorOrganizationId?: string;
        };
        ApplicationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            consortiumId: string;
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            kind: "JOIN" | "EXIT" | "ROLE_CHANGE" | "EXPEL";
            /** @enum {string|null} */
            requestedRole: "COUNCIL_CHAIR" | "COUNCIL_VICE_CHAIR" | "COUNCIL_MEMBER" | "MEMBER" | null;
            /** @enum {string|null} */
            exitReason: "VOLUNTARY" | "EXPELLED" | "ADJUSTMENT" | "DISSOLVED" | null;
            effectiveOn: string;
            statement: string | null;
            /** @enum {string} */
            status: "SUBMITTED" | "UNDER_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN";
            submittedBy: string;
            /** Format: date-time */
            submittedAt: string;
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            resolutionRef: string | null;
            decisionNote: string | null;
            /** Format: uuid */
            membershipId: string | null;
            /**
             * Format: uuid
             * @description the successor lead unit named for an EXIT / EXPEL
             */
            successorOrganizationId: string | null;
            /** @description after an approval: composition warnings of the effective date */
            warnings?: components["schemas"]["CompositionWarningDto"][];
        };
        ApplicationListDto: {
            items: components["schemas"]["ApplicationDto"][];
        };
        ApplicationDecisionDto: {
            /** @enum {string} */
            outcome: "APPROVED" | "REJECTED";
            /**
             * @description required to approve: the number of a resolution recorded in the council’s resolutions
             * @example 理事会决议〔2026〕3号
             */
            resolutionRef?: string;
            /**
             * Format: uuid
             * @description approving the lead unit’s EXIT / EXPEL: the member that takes over as lead unit (replaces the one the application named)
             */
            successorOrganizationId?: string;
            /** @description required to reject: the reason */
            note?: string;
        };
        RowErrorDto: {
            /** @description data row, from 1 (0 = the header, or the file as a whole: field "file") */
            row: number;
            field: string;
            /** @example USCC_CHECK_CHARACTER */
            code: string;
            message: string;
        };
        ImportJobDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "organizations" | "memberships";
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @enum {string} */
            mode: "ALL_OR_NOTHING" | "VALID_ROWS_ONLY";
            /** @enum {string} */
            status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "REJECTED" | "FAILED";
            fileSha256: string;
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            totalRows: number | null;
            processedRows: number;
            createdRows: number;
            updatedRows: number;
            unchangedRows: number;
            rejectedRows: number;
            errorCount: number;
            failure: string | null;
            /** @description the row-level report (first 1,000; download it whole) */
            errors?: components["schemas"]["RowErrorDto"][];
        };
        GovernanceDto: {
            asOf: string;
            /** @description seats in office on asOf, and resolutions (newest first) */
            council: Record<string, never>;
            secretariat?: Record<string, never> | null;
            operationsPlatform?: Record<string, never> | null;
            delegatedPowers: Record<string, never>[];
        };
        SeatDto: {
            /**
             * Format: uuid
             * @description the member unit the person represents
             */
            organizationId: string;
            /** @example 张某（演示） */
            personName: string;
            /**
             * @description 理事长 / 副理事长 / 理事 / 监事
             * @enum {string}
             */
            position: "CHAIR" | "VICE_CHAIR" | "DIRECTOR" | "SUPERVISOR";
            /** @example 2026-01-01 */
            termStart: string;
        };
        EndSeatDto: {
            /** @example 2028-12-31 */
            termEnd: string;
        };
        ResolutionDto: {
            /** @example 理事会决议〔2026〕1号 */
            number: string;
            /** @example 2026-03-15 */
            adoptedOn: string;
            /** @example 关于吸收新成员单位的决议 */
            title: string;
            text: string;
            votesFor: number;
            votesAgainst: number;
            abstentions: number;
        };
        SecretariatDto: {
            /**
             * Format: uuid
             * @description host unit (挂靠单位), a current member
             */
            hostOrganizationId: string;
            /** @example 李某（演示） */
            secretaryGeneral: string;
            /**
             * @description from when this secretariat is in office (default today); the previous one ends that day
             * @example 2026-01-01
             */
            effectiveFrom?: string;
        };
        PlatformDto: {
            /**
             * Format: uuid
             * @description operator unit, a current member (often a company)
             */
            operatorOrganizationId: string;
            /** @description 独立法人 (实体化运行) */
            independentLegalEntity: boolean;
            services: ("TALENT_MATCHING" | "SMART_EDUCATION" | "LIFELONG_LEARNING" | "TECHNOLOGY_SERVICES" | "TRAINING" | "OTHER")[];
            /**
             * @description from when this platform set-up holds (default today); the previous one ends that day
             * @example 2026-01-01
             */
            effectiveFrom?: string;
        };
        PowerDto: {
            /** @enum {string} */
            item: "INDUSTRY_POLICY" | "SPECIAL_FUNDS" | "TALENT_POLICY" | "TRAINING_CENTRES" | "SKILLS_COMPETITIONS" | "SKILLS_CERTIFICATION" | "PROJECT_REVIEW" | "DUAL_QUALIFIED_TEACHERS";
            /** @example 永川区人民政府 */
            grantedBy: string;
            /** @example 2024-03-01 */
            grantedOn: string;
            /** @example 区级专项资金的项目评审与分配 */
            scope: string;
        };
        DelegatedPowerDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            item: "INDUSTRY_POLICY" | "SPECIAL_FUNDS" | "TALENT_POLICY" | "TRAINING_CENTRES" | "SKILLS_COMPETITIONS" | "SKILLS_CERTIFICATION" | "PROJECT_REVIEW" | "DUAL_QUALIFIED_TEACHERS";
            grantedBy: string;
            /** @example 2024-03-01 */
            grantedOn: string;
            scope: string;
            /** @description first day no longer held */
            revokedOn: string | null;
            revocationReason: string | null;
            /** @description the ETag is "v<version>" */
            version: number;
        };
        RevokePowerDto: {
            /**
             * @description the first day the power is no longer held; after the grant, not after today
             * @example 2026-06-30
             */
            revokedOn: string;
            /** @example 区政府收回项目评审权 */
            reason: string;
        };
        CorrectPowerDto: {
            /** @example 永川区人民政府 */
            grantedBy?: string;
            /** @example 2024-03-01 */
            grantedOn?: string;
            /** @example 区级专项资金的项目评审与分配 */
            scope?: string;
        };
        CityPowerDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            consortiumId: string;
            consortiumName: string;
            districtCodes: string[];
            /** @enum {string} */
            item: "INDUSTRY_POLICY" | "SPECIAL_FUNDS" | "TALENT_POLICY" | "TRAINING_CENTRES" | "SKILLS_COMPETITIONS" | "SKILLS_CERTIFICATION" | "PROJECT_REVIEW" | "DUAL_QUALIFIED_TEACHERS";
            grantedBy: string;
            grantedOn: string;
            scope: string;
        };
        CityPowersDto: {
            asOf: string;
            items: components["schemas"]["CityPowerDto"][];
        };
        SnapshotSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            roundId: string;
            /** @example 2026Q3 */
            roundCode: string;
            /**
             * @description the published scoring revision; a correction makes the next one
             * @example 1
             */
            revision: number;
            /**
             * @description the date the list is taken on: the quarter end
             * @example 2026-09-30
             */
            asOf: string;
            /** @example 36 */
            count: number;
            /** Format: date-time */
            takenAt: string;
        };
        SnapshotListDto: {
            items: components["schemas"]["SnapshotSummaryDto"][];
        };
        SnapshotEntryDto: {
            /** Format: uuid */
            consortiumId: string;
            name: string;
            /** @enum {string} */
            tier: "NATIONAL" | "MUNICIPAL" | "PARK_LED" | "INDUSTRY_LED" | "SCHOOL_LED";
            /** @enum {string} */
            level: "L1" | "L2" | "L3";
            /** @enum {string} */
            status: "ACTIVE" | "WARNED" | "PROBATION";
            districtCodes: string[];
        };
        SnapshotDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            roundId: string;
            /** @example 2026Q3 */
            roundCode: string;
            /**
             * @description the published scoring revision; a correction makes the next one
             * @example 1
             */
            revision: number;
            /**
             * @description the date the list is taken on: the quarter end
             * @example 2026-09-30
             */
            asOf: string;
            /** @example 36 */
            count: number;
            /** Format: date-time */
            takenAt: string;
            items: components["schemas"]["SnapshotEntryDto"][];
        };
        TierProgressDto: {
            /** @enum {string} */
            tier: "NATIONAL" | "MUNICIPAL" | "PARK_LED" | "INDUSTRY_LED" | "SCHOOL_LED";
            /**
             * @description consortia of the tier on the list on asOf
             * @example 3
             */
            count: number;
            /**
             * @description the 2027 target
             * @example 8
             */
            target: number;
            /**
             * @description still missing to reach the target (0 once met)
             * @example 5
             */
            gap: number;
            met: boolean;
        };
        NamedOrganizationDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        CoverageDto: {
            /** @enum {string} */
            population: "KEY_PARKS" | "HIGHER_VOCATIONAL_COLLEGES" | "ABOVE_SCALE_FIRMS";
            /** @description members of at least one listed consortium on asOf */
            covered: number;
            total: number;
            /**
             * @description covered / total in percent, one decimal; 0 when total is 0
             * @example 66.7
             */
            percent: number;
            uncoveredCount: number;
            /** @description the first 50 uncovered, by name */
            uncovered: components["schemas"]["NamedOrganizationDto"][];
        };
        DashboardDto: {
            /** @example 2026-09-30 */
            asOf: string;
            /** @example 2027 */
            targetYear: number;
            /** @description consortia on the official list on asOf */
            listed: number;
            tiers: components["schemas"]["TierProgressDto"][];
            coverage: components["schemas"]["CoverageDto"][];
        };
        RecordParticipationDto: {
            /**
             * Format: uuid
             * @description a member unit of the consortium during the quarter
             */
            organizationId: string;
            /** @example 2026Q3 */
            quarter: string;
            /** @enum {string} */
            source: "EVIDENCE" | "BEST_PRACTICE" | "DEMAND_RESPONSE" | "OTHER";
            /**
             * @description what shows it: an evidence file, a case id, a demand-response number…
             * @example 需求响应〔2026〕12号
             */
            ref: string;
        };
        ParticipationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            consortiumId: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** @example 2026Q3 */
            quarter: string;
            /** @enum {string} */
            source: "EVIDENCE" | "BEST_PRACTICE" | "DEMAND_RESPONSE" | "OTHER";
            ref: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example user:… */
            recordedBy: string;
        };
        ParticipationListDto: {
            items: components["schemas"]["ParticipationDto"][];
        };
        DimensionDto: {
            /** @example ENTITY_OPERATION */
            code: string;
            /** @example 实体化运行 */
            name: string;
            /** @example 0.2 */
            weight: number;
        };
        RangeDto: {
            min: number;
            max: number;
        };
        LevelTargetDto: {
            target?: number | null;
        };
        LevelsDto: {
            L1?: components["schemas"]["LevelTargetDto"];
            L2?: components["schemas"]["LevelTargetDto"];
            L3?: components["schemas"]["LevelTargetDto"];
        };
        IndicatorDto: {
            /** @example DUAL_QUALIFIED_RATIO */
            code: string;
            /** @example 双师型教师占比 */
            name: string;
            /** @example % */
            unit: string;
            /** @example TALENT_CULTIVATION */
            dimension: string;
            /** @enum {string} */
            direction: "benefit" | "cost";
            /** @enum {string} */
            valueType: "NUMBER" | "INTEGER" | "PERCENT" | "BOOLEAN" | "GRADE";
            /** @enum {string} */
            normalization: "MIN_MAX" | "MAX" | "TARGET" | "VECTOR" | "GRADE" | "BOOLEAN";
            /** @example 0.3 */
            weight: number;
            required: boolean;
            evidenceRequired: boolean;
            range: components["schemas"]["RangeDto"];
            /** @description levels it applies to, each with its target */
            levels: components["schemas"]["LevelsDto"];
        };
        GradesDto: {
            /** @enum {string} */
            method: "PERCENTILE" | "ABSOLUTE";
            /**
             * @description lower bounds of A, B and C (D below)
             * @example [
             *       85,
             *       70,
             *       60
             *     ]
             */
            bounds: string[];
        };
        SettingsDto: {
            /** @enum {string} */
            aggregation: "WEIGHTED_SUM" | "TOPSIS";
            /** @enum {string} */
            weighting: "EXPERT" | "ENTROPY" | "COMBINED";
            /** @example 0.5 */
            alpha: number;
            /** @example 0.2 */
            beta: number;
            /** @enum {string} */
            missingOptional: "RENORMALIZE" | "GROUP_MINIMUM";
            /** @example 1 */
            cap: number;
            grades: components["schemas"]["GradesDto"];
        };
        DefinitionDto: {
            dimensions: components["schemas"]["DimensionDto"][];
            indicators: components["schemas"]["IndicatorDto"][];
            settings: components["schemas"]["SettingsDto"];
        };
        CreateSchemeDto: {
            /** @example CQ-CONSORTIUM */
            code: string;
            /** @example 市域产教联合体考核方案 */
            name: string;
            definition: components["schemas"]["DefinitionDto"];
        };
        UpdateSchemeDto: {
            /** @example 市域产教联合体考核方案 */
            name: string;
            definition: components["schemas"]["DefinitionDto"];
        };
        CreateRoundDto: {
            /** @example 2026Q3 */
            code: string;
            /** Format: uuid */
            schemeId: string;
            /**
             * Format: date-time
             * @example 2026-10-15T23:59:59+08:00
             */
            deadline: string;
        };
        RoundTransitionDto: {
            /** @enum {string} */
            to: "OPEN" | "CLOSED" | "ARCHIVED";
        };
        ScoringRequestDto: {
            /** @example 更正了两份答卷后重新计分 */
            reason?: string;
        };
        ExtensionDto: {
            /** Format: uuid */
            consortiumId: string;
            /** Format: date-time */
            until: string;
            /** @example 汛期停电，材料报送延期 */
            reason: string;
        };
        TargetOverrideDto: {
            /** Format: uuid */
            consortiumId: string;
            /** @example DUAL_QUALIFIED_RATIO */
            indicatorCode: string;
            /** @example 55 */
            target: number;
            /** @example 新组建的联合体，目标值按基础调整 */
            reason: string;
        };
        SaveAnswersDto: {
            /**
             * @description indicator code → value (number, true/false, or a grade A–E)
             * @example {
             *       "DUAL_QUALIFIED_RATIO": 62.5,
             *       "STUDENT_TEACHER_RATIO": 17
             *     }
             */
            answers: Record<string, never>;
        };
        ReviewCommentDto: {
            /** @example DUAL_QUALIFIED_RATIO */
            indicatorCode?: string | null;
            /** @example 请补充双师型教师认定材料 */
            comment: string;
        };
        ReturnSheetDto: {
            comments: components["schemas"]["ReviewCommentDto"][];
        };
        ReopenSheetDto: {
            /** @example 技术服务产值口径有误，请按审计报告更正 */
            reason: string;
            /** @description comments on single indicators, besides the reason */
            comments?: components["schemas"]["ReviewCommentDto"][];
        };
        SubmitBestPracticeDto: {
            /** @example 校企共建智能网联汽车产业学院 */
            title: string;
            /** @example 依托联合体理事会，校企共同制定人才培养方案，共建实训基地 3 个…… */
            summary: string;
            /**
             * @description the scheme dimension the case illustrates
             * @example TALENT_CULTIVATION
             */
            dimension: string;
            /** @description SHA-256 of evidence files already attached to this consortium’s answer sheet in the round */
            evidence?: string[];
            /** @description member units the case names (organization ids, members of the consortium during the round’s quarter); each counts as participating in that quarter */
            participants?: string[];
        };
        ReviewBestPracticeDto: {
            /** @example 86 */
            score: number;
            /** @example 机制创新突出，可复制性强 */
            comment: string;
        };
        ThresholdsDto: {
            /** @example 0.1 */
            bottomShare: number;
            /** @example D */
            failingGrade: string;
            /** @example 2 */
            warnAfterRounds: number;
            /** @example 2 */
            liftAfterRounds: number;
            /** @example 0.5 */
            topShare: number;
            /** @example 180 */
            rectificationDays: number;
            /** @example 不合格 */
            delistAnnualGrade: string;
            /** @example 优秀 */
            promotionAnnualGrade: string;
            /** @example 90 */
            compositionGraceDays: number;
            /** @example 4 */
            idleQuarters: number;
            /**
             * @description the fewest ranked consortia a level needs for its bottom and top to count; a smaller level is judged by the round grade
             * @default 5
             * @example 5
             */
            minGroupSize?: number;
        };
        CreateRuleSetDto: {
            thresholds: components["schemas"]["ThresholdsDto"];
            /** @example 末位比例调整为 15% */
            note: string;
        };
        DecideProposalDto: {
            /** @enum {string} */
            outcome: "APPROVE" | "REJECT";
            /** @example 连续两个季度位列本层级末位，给予黄牌警示 */
            reason: string;
            /**
             * Format: date
             * @description required to approve: the day the change takes effect
             * @example 2026-01-15
             */
            effectiveOn?: string;
            /**
             * Format: date
             * @description probation only: the rectification deadline (default: the one proposed)
             */
            rectificationDeadline?: string;
        };
        ChangeDto: {
            /**
             * @description Position of this event in the feed (opaque)
             * @example 1042
             */
            cursor: string;
            /**
             * Format: uuid
             * @description Unique per event; the same as the webhook-id of its webhook deliveries
             */
            eventId: string;
            /**
             * @example registry.membership.joined
             * @enum {string}
             */
            type: "registry.consortium.created" | "registry.consortium.decided" | "registry.consortium.corrected" | "registry.organization.created" | "registry.organization.updated" | "registry.membership.joined" | "registry.membership.left" | "registry.membership.role-changed" | "registry.application.submitted" | "registry.application.under-review" | "registry.application.approved" | "registry.application.rejected" | "registry.application.withdrawn" | "registry.governance.changed" | "evaluation.round.published";
            /** @example membership */
            aggregateType: string;
            /** @example 3f1c3a52-7d1e-4c7b-8f0a-6b2d6f1e9a10 */
            aggregateId: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description The changed object’s state after the change (ids, codes, dates; no personal data)
             * @example {
             *       "id": "3f1c3a52-7d1e-4c7b-8f0a-6b2d6f1e9a10",
             *       "consortiumId": "…",
             *       "organizationId": "…",
             *       "role": "MEMBER",
             *       "validFrom": "2026-07-01"
             *     }
             */
            payload: {
                [key: string]: unknown;
            };
        };
        ChangePageDto: {
            items: components["schemas"]["ChangeDto"][];
            /**
             * @description Pass as `after` next time (the last item’s cursor, or your `after` when nothing was new)
             * @example 1042
             */
            nextCursor: string | null;
            /** @description More events wait past this page: ask again at once */
            hasMore: boolean;
        };
        ChangeHeadDto: {
            /**
             * @description The newest position now: read it before a full load, then follow the feed from it
             * @example 1042
             */
            cursor: string;
        };
        CreateWebhookSubscriptionDto: {
            /**
             * @description http(s) endpoint receiving POSTs
             * @example https://sync.yongchuan.example.gov.cn/cej/webhooks
             */
            url: string;
            /**
             * @example [
             *       "registry.membership.joined",
             *       "registry.membership.left"
             *     ]
             */
            eventTypes: ("registry.consortium.created" | "registry.consortium.decided" | "registry.consortium.corrected" | "registry.organization.created" | "registry.organization.updated" | "registry.membership.joined" | "registry.membership.left" | "registry.membership.role-changed" | "registry.application.submitted" | "registry.application.under-review" | "registry.application.approved" | "registry.application.rejected" | "registry.application.withdrawn" | "registry.governance.changed" | "evaluation.round.published")[];
            /** @example 永川区产教联合体同步 */
            description?: string;
        };
        WebhookSubscriptionWithSecretDto: {
            /** Format: uuid */
            id: string;
            /** @example https://sync.yongchuan.example.gov.cn/cej/webhooks */
            url: string;
            eventTypes: ("registry.consortium.created" | "registry.consortium.decided" | "registry.consortium.corrected" | "registry.organization.created" | "registry.organization.updated" | "registry.membership.joined" | "registry.membership.left" | "registry.membership.role-changed" | "registry.application.submitted" | "registry.application.under-review" | "registry.application.approved" | "registry.application.rejected" | "registry.application.withdrawn" | "registry.governance.changed" | "evaluation.round.published")[];
            description: string | null;
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
            /** @example failing since 2026-11-17T02:00:00.000Z */
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description First failure since the last success
             */
            failingSince: string | null;
            /**
             * Format: date-time
             * @description Until then deliveries are signed with the previous secret too
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description Changes with every write; the ETag is `"v<version>"`
             * @example 3
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Signing secret (Standard Webhooks); shown only now
             * @example whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD
             */
            secret: string;
        };
        WebhookSubscriptionDto: {
            /** Format: uuid */
            id: string;
            /** @example https://sync.yongchuan.example.gov.cn/cej/webhooks */
            url: string;
            eventTypes: ("registry.consortium.created" | "registry.consortium.decided" | "registry.consortium.corrected" | "registry.organization.created" | "registry.organization.updated" | "registry.membership.joined" | "registry.membership.left" | "registry.membership.role-changed" | "registry.application.submitted" | "registry.application.under-review" | "registry.application.approved" | "registry.application.rejected" | "registry.application.withdrawn" | "registry.governance.changed" | "evaluation.round.published")[];
            description: string | null;
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
            /** @example failing since 2026-11-17T02:00:00.000Z */
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description First failure since the last success
             */
            failingSince: string | null;
            /**
             * Format: date-time
             * @description Until then deliveries are signed with the previous secret too
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description Changes with every write; the ETag is `"v<version>"`
             * @example 3
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookSubscriptionListDto: {
            items: components["schemas"]["WebhookSubscriptionDto"][];
        };
        UpdateWebhookSubscriptionDto: {
            /** @example https://sync.yongchuan.example.gov.cn/cej/webhooks */
            url?: string;
            eventTypes?: ("registry.consortium.created" | "registry.consortium.decided" | "registry.consortium.corrected" | "registry.organization.created" | "registry.organization.updated" | "registry.membership.joined" | "registry.membership.left" | "registry.membership.role-changed" | "registry.application.submitted" | "registry.application.under-review" | "registry.application.approved" | "registry.application.rejected" | "registry.application.withdrawn" | "registry.governance.changed" | "evaluation.round.published")[];
            description?: string | null;
            /** @description true re-enables an endpoint the platform disabled after failing too long; false pauses it */
            enabled?: boolean;
        };
        RotateSecretDto: {
            /**
             * @description How long the old secret keeps signing too (seconds)
             * @default 86400
             */
            overlapSeconds?: number;
        };
        WebhookDeliveryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            subscriptionId: string;
            /**
             * Format: uuid
             * @description Also the webhook-id header of every attempt
             */
            eventId: string;
            /** @enum {string} */
            eventType: "registry.consortium.created" | "registry.consortium.decided" | "registry.consortium.corrected" | "registry.organization.created" | "registry.organization.updated" | "registry.membership.joined" | "registry.membership.left" | "registry.membership.role-changed" | "registry.application.submitted" | "registry.application.under-review" | "registry.application.approved" | "registry.application.rejected" | "registry.application.withdrawn" | "registry.governance.changed" | "evaluation.round.published";
            /** @enum {string} */
            status: "PENDING" | "SUCCEEDED" | "FAILED";
            attempts: number;
            /** Format: date-time */
            nextAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
        };
        WebhookDeliveryListDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
        };
        WebhookAttemptDto: {
            attempt: number;
            /** @enum {string} */
            trigger: "SCHEDULED" | "MANUAL";
            /** Format: date-time */
            attemptedAt: string;
            durationMs: number;
            statusCode: number | null;
            /** @example HTTP 503 */
            error: string | null;
            /** @description First 500 characters of the answer */
            responseExcerpt: string | null;
        };
        WebhookDeliveryDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            subscriptionId: string;
            /**
             * Format: uuid
             * @description Also the webhook-id header of every attempt
             */
            eventId: string;
            /** @enum {string} */
            eventType: "registry.consortium.created" | "registry.consortium.decided" | "registry.consortium.corrected" | "registry.organization.created" | "registry.organization.updated" | "registry.membership.joined" | "registry.membership.left" | "registry.membership.role-changed" | "registry.application.submitted" | "registry.application.under-review" | "registry.application.approved" | "registry.application.rejected" | "registry.application.withdrawn" | "registry.governance.changed" | "evaluation.round.published";
            /** @enum {string} */
            status: "PENDING" | "SUCCEEDED" | "FAILED";
            attempts: number;
            /** Format: date-time */
            nextAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** @description The delivery log, oldest first */
            attemptLog: components["schemas"]["WebhookAttemptDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokensDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokensDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OAuthController_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description HTTP Basic client credentials, instead of client_id/client_secret in the body */
                authorization?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ClientTokenRequestDto"];
                "application/json": components["schemas"]["ClientTokenRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientTokenDto"];
                };
            };
            /** @description invalid_request, invalid_scope, unsupported_grant_type, unauthorized_client (client disabled) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                };
            };
            /** @description invalid_client, with `WWW-Authenticate: Basic` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                role?: "admin" | "taskforce" | "secretariat" | "member";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Version of the user; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of your last read; 428 without, 412 when the user changed since */
                "If-Match": string;
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Version of the user; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_bind: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleBindingInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_unbind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                bindingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_staff: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
            };
            header?: never;
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_organizationUsers: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
            };
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiClientsController_findAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientListDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiClientsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiClientDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiClientDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiClientsController_disable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                clientUuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiClientsController_enable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                clientUuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiClientsController_rotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                clientUuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateClientSecretDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiClientDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                actorType?: "user" | "client" | "system" | "anonymous";
                actorId?: string;
                action?: string;
                entityType?: string;
                entityId?: string;
                from?: string;
                to?: string;
                /** @description cursor: nextCursor of the previous page */
                before?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                actorType?: "user" | "client" | "system" | "anonymous";
                actorId?: string;
                action?: string;
                entityType?: string;
                entityId?: string;
                from?: string;
                to?: string;
                /** @description cursor: nextCursor of the previous page */
                before?: string;
                limit?: number;
                format?: "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndustryClustersController_findAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndustryClusterListDto"];
                };
            };
        };
    };
    IndustryClustersController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIndustryClusterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndustryClusterDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_put: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required to update an existing organization: the ETag of your last read (428 without, 412 when stale). Leave it out to create one. */
                "If-Match"?: string;
            };
            path: {
                uscc: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Version of the organization; send it back in If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_findAll: {
        parameters: {
            query?: {
                districtCode?: string;
                type?: "SCHOOL" | "ENTERPRISE" | "PARK" | "RESEARCH_INSTITUTE" | "INDUSTRY_ASSOCIATION" | "GOVERNMENT_AGENCY" | "OTHER";
                nameContains?: string;
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_findOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Version of the organization; send it back in If-Match to update it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_districts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictListDto"];
                };
            };
        };
    };
    ConsortiaController_findAll: {
        parameters: {
            query?: {
                /** @description a date (Asia/Shanghai); default today */
                asOf?: string;
                nameContains?: string;
                tier?: "NATIONAL" | "MUNICIPAL" | "PARK_LED" | "INDUSTRY_LED" | "SCHOOL_LED";
                status?: "PREPARING" | "ACTIVE" | "WARNED" | "PROBATION" | "DELISTED";
                kind?: "CITY" | "INDUSTRY_COMMUNITY";
                districtCode?: string;
                clusterCode?: string;
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumPageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsortiumDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_findOne: {
        parameters: {
            query?: {
                /** @description a date (Asia/Shanghai); default today */
                asOf?: string;
            };
            header?: never;
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Version of the consortium; send it back in If-Match to correct it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_correct: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of your last read; 428 without, 412 when the consortium changed since */
                "If-Match": string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectConsortiumDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Version of the consortium; send it back in If-Match to correct it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_decideOn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResultDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_joinConsortium: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipChangeDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_exit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipChangeDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_roleChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleChangeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipChangeDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_membersOf: {
        parameters: {
            query?: {
                /** @description a date (Asia/Shanghai); default today */
                asOf?: string;
            };
            header?: never;
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembersDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_consortiaOfOrganization: {
        parameters: {
            query?: {
                /** @description a date (Asia/Shanghai); default today */
                asOf?: string;
            };
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationConsortiaDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsortiaController_official: {
        parameters: {
            query?: {
                /** @description a date (Asia/Shanghai); default today */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_findAll: {
        parameters: {
            query?: {
                status?: "SUBMITTED" | "UNDER_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN";
            };
            header?: never;
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_uploadOrganizations: {
        parameters: {
            query?: {
                mode?: "ALL_OR_NOTHING" | "VALID_ROWS_ONLY";
            };
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A file with the columns uscc, name, type, districtCode, schoolLevel, enterpriseSize, isChainLeader, isAboveScale, integrationLevel, parkLevel, isKeyPark (the first four required; Chinese headers such as 统一社会信用代码, 单位名称, 单位类型, 所在区县 accepted) */
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_uploadMemberships: {
        parameters: {
            query?: {
                mode?: "ALL_OR_NOTHING" | "VALID_ROWS_ONLY";
            };
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A file with the header consortiumId, uscc, role, validFrom (a membership export works as it is) */
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_exportMemberships: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                asOf?: string;
                consortiumId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_report: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_export: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                districtCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_get: {
        parameters: {
            query?: {
                /** @description a date (Asia/Shanghai); default today */
                asOf?: string;
            };
            header?: {
                /** @description The ETag of your last read of this governance (same asOf): 304 when nothing changed */
                "If-None-Match"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Weak ETag of this read (every part, as of the date) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_seat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeatDto"];
            };
        };
        responses: {
            /** @description the seat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_endSeat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                seatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndSeatDto"];
            };
        };
        responses: {
            /** @description the seat, with its term end */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_resolution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionDto"];
            };
        };
        responses: {
            /** @description the resolution (决议) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_secretariat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required to change an existing secretariat: "v<version>" of your last read (428 without, 412 when stale) */
                "If-Match"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecretariatDto"];
            };
        };
        responses: {
            /** @description the secretariat (秘书处) version now in force or to come */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_platform: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required to change an existing platform: "v<version>" of your last read (428 without, 412 when stale) */
                "If-Match"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformDto"];
            };
        };
        responses: {
            /** @description the operations platform (运营平台) version now in force or to come */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_listPowers: {
        parameters: {
            query?: {
                /** @description only the powers in force that day; leave out for the whole register, revoked grants included */
                asOf?: string;
            };
            header?: never;
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegatedPowerDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_power: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PowerDto"];
            };
        };
        responses: {
            /** @description the delegated power (赋权清单 item) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegatedPowerDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_revokePower: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                powerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokePowerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegatedPowerDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GovernanceController_correctPower: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag ("v<version>") of your last read; 428 without, 412 when stale */
                "If-Match": string;
            };
            path: {
                consortiumId: string;
                powerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectPowerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Version of the grant; send it back in If-Match to correct it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegatedPowerDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DelegatedPowersController_list: {
        parameters: {
            query?: {
                /** @description a date (Asia/Shanghai); default today */
                asOf?: string;
                item?: "INDUSTRY_POLICY" | "SPECIAL_FUNDS" | "TALENT_POLICY" | "TRAINING_CENTRES" | "SKILLS_COMPETITIONS" | "SKILLS_CERTIFICATION" | "PROJECT_REVIEW" | "DUAL_QUALIFIED_TEACHERS";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityPowersDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OfficialListController_allSnapshots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotListDto"];
                };
            };
        };
    };
    OfficialListController_snapshot: {
        parameters: {
            query?: {
                /** @description a given revision; default the latest */
                revision?: number;
            };
            header?: never;
            path: {
                roundCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OfficialListController_show: {
        parameters: {
            query?: {
                /** @description a date (Asia/Shanghai); default today */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParticipationController_facts: {
        parameters: {
            query?: {
                quarter?: string;
            };
            header?: never;
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParticipationController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordParticipationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_schemes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every scheme version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_createScheme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchemeDto"];
            };
        };
        responses: {
            /** @description the scheme version */
            201: {
                headers: {
                    /** @description Version of the scheme version (its revision); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_scheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the scheme version */
            200: {
                headers: {
                    /** @description Version of the scheme version (its revision); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_updateScheme: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag ("v<revision>") of your last read; 428 without, 412 when the scheme was corrected since */
                "If-Match": string;
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSchemeDto"];
            };
        };
        responses: {
            /** @description the scheme version, corrected */
            200: {
                headers: {
                    /** @description Version of the scheme version (its revision); send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_rounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_createRound: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundDto"];
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_round: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_transition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundTransitionDto"];
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_scoringStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_requestScoring: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoringRequestDto"];
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_rankings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EvaluationController_ranking: {
        parameters: {
            query?: {
                /** @description a published revision of the round (every one stays readable); default: the latest published */
                revision?: number;
            };
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_exportRanking: {
        parameters: {
            query?: {
                /** @description a published revision of the round (every one stays readable); default: the latest published */
                revision?: number;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_extend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required to change an existing extension: the ETag of your last read (the paper’s `extensionVersion`, or the ETag of the last PUT); 428 without, 412 when stale. Leave it out to create one. */
                "If-Match"?: string;
            };
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionDto"];
            };
        };
        responses: {
            /** @description the extension */
            200: {
                headers: {
                    /** @description Version of the extension; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_override: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required to change an existing override: the ETag of your last read (the paper’s `targetOverrideVersions[indicatorCode]`, or the ETag of the last PUT); 428 without, 412 when stale. Leave it out to create one. */
                "If-Match"?: string;
            };
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetOverrideDto"];
            };
        };
        responses: {
            /** @description the override */
            200: {
                headers: {
                    /** @description Version of the override; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_paper: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the resolved paper */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_answerSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer sheet */
            200: {
                headers: {
                    /** @description Version of the answer sheet; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_saveAnswers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required to change an existing answer sheet: the ETag of your last read (GET of the sheet, or the ETag of the last write); 428 without, 412 when stale. Leave it out to create one. */
                "If-Match"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswersDto"];
            };
        };
        responses: {
            /** @description the answer sheet */
            200: {
                headers: {
                    /** @description Version of the answer sheet; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_returnSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnSheetDto"];
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_reopenSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenSheetDto"];
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_acceptSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EvaluationController_attachEvidence: {
        parameters: {
            query: {
                indicatorCode: string;
                fileName: string;
            };
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        /** @description the file itself (PDF, JPEG or PNG), up to EVIDENCE_MAX_BYTES */
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BestPracticeController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BestPracticeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the case */
            200: {
                headers: {
                    /** @description Version of the case; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BestPracticeController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required to rewrite an existing case: the ETag of your last read (428 without, 412 when stale). Leave it out to submit the first one. */
                "If-Match"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitBestPracticeDto"];
            };
        };
        responses: {
            /** @description the case */
            200: {
                headers: {
                    /** @description Version of the case; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BestPracticeController_shortlist: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BestPracticeController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required to revise your review: its ETag (the `version` of your entry in the case’s `reviews`, or the ETag of your last PUT); 428 without, 412 when stale. Leave it out for your first review. */
                "If-Match"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewBestPracticeDto"];
            };
        };
        responses: {
            /** @description the case, with reviews */
            200: {
                headers: {
                    /** @description Version of the acting reviewer’s review; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BestPracticeController_select: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                roundId: string;
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AnnualController_scoringStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description four digits, 2000–2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AnnualController_requestScoring: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description four digits, 2000–2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoringRequestDto"];
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AnnualController_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description four digits, 2000–2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AnnualController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description four digits, 2000–2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AnnualController_ranking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description four digits, 2000–2100 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdjustmentController_ruleSets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdjustmentController_createRuleSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRuleSetDto"];
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdjustmentController_list: {
        parameters: {
            query?: {
                status?: "PENDING" | "APPROVED" | "REJECTED";
                consortiumId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdjustmentController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdjustmentController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideProposalDto"];
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChangesController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page (opaque); absent: from the first event */
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChangesController_head: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeHeadDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionListDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookSubscriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Version of the subscription; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecretDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Version of the subscription; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of your last read; 428 without, 412 when the subscription changed since */
                "If-Match": string;
            };
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookSubscriptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Version of the subscription; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_rotate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateSecretDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Version of the subscription; send it back in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecretDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                /** @description FAILED: dead-lettered after the last retry */
                status?: "PENDING" | "SUCCEEDED" | "FAILED";
                limit?: number;
            };
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_delivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetailDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller. */
                "Idempotency-Key"?: string;
            };
            path: {
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
