import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { ClientScope, Role } from './actor.js';

export const ACCESS_POLICY = 'cej:access-policy';

/**
 * Who may call a route. Every route declares one (a test walks the router and fails on a route
 * without), and the global access guard denies anything not granted here.
 * - `roles`: users holding any of these roles. A `secretariat` binding counts only for the
 *   consortium named by the route parameter `consortiumParam`, a `member` binding only for the
 *   organization named by `organizationParam` (when the route has such a parameter); a user whose
 *   binding is for another object gets 404, as if it did not exist.
 * - `scopes`: API clients holding all of these scopes; with `districtParam`, only for their own
 *   district (404 otherwise). Clients are refused where no scope is declared.
 */
export interface AccessPolicy {
  public?: boolean;
  roles?: readonly Role[];
  scopes?: readonly ClientScope[];
  consortiumParam?: string;
  organizationParam?: string;
  districtParam?: string;
}

/**
 * No authentication needed (published data, health, login). The contract says so too: an empty
 * security requirement (`{}`) means "no credentials", so a token is optional there.
 */
export const Public = () => applyDecorators(SetMetadata(ACCESS_POLICY, { public: true } satisfies AccessPolicy), ApiSecurity({}));

/** Grants a route to roles and/or client scopes; see `AccessPolicy`. */
export const Allow = (policy: Omit<AccessPolicy, 'public'>) => SetMetadata(ACCESS_POLICY, { ...policy, public: false });
