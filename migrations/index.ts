import { Foundation1763798400000 } from './1763798400000-foundation.js';
import { IdentityAndAudit1763798500000 } from './1763798500000-identity-and-audit.js';
import { Organizations1763798600000 } from './1763798600000-organizations.js';
import { ConsortiaAndMemberships1763798700000 } from './1763798700000-consortia-and-memberships.js';
import { MembershipApplications1763798800000 } from './1763798800000-membership-applications.js';
import { Imports1763798900000 } from './1763798900000-imports.js';
import { Governance1763799000000 } from './1763799000000-governance.js';
import { OrganizationAttributes1763799100000 } from './1763799100000-organization-attributes.js';
import { MembershipImports1763799200000 } from './1763799200000-membership-imports.js';
import { MembershipCoLead1763799300000 } from './1763799300000-membership-co-lead.js';
import { EvaluationSchemesAndRounds1763799400000 } from './1763799400000-evaluation-schemes-and-rounds.js';
import { AnswerSheets1763799500000 } from './1763799500000-answer-sheets.js';
import { Evidence1763799600000 } from './1763799600000-evidence.js';
import { RoundScoring1763799700000 } from './1763799700000-round-scoring.js';
import { RoundPublication1763799800000 } from './1763799800000-round-publication.js';
import { BestPractice1763799900000 } from './1763799900000-best-practice.js';
import { SchemeFrozenWhenUsed1763799950000 } from './1763799950000-scheme-frozen-when-used.js';
import { AnnualCompetition1763800000000 } from './1763800000000-annual-competition.js';
import { OfficialListSnapshots1763800100000 } from './1763800100000-official-list-snapshots.js';
import { ParticipationFacts1763800200000 } from './1763800200000-participation-facts.js';
import { Adjustment1763800450000 } from './1763800450000-adjustment.js';
import { ChangeFeed1763800600000 } from './1763800600000-change-feed.js';
import { Webhooks1763800700000 } from './1763800700000-webhooks.js';
import { IdempotencyKeys1763800800000 } from './1763800800000-idempotency-keys.js';
import { ChangeFeedOncePerTransaction1763800900000 } from './1763800900000-change-feed-once-per-transaction.js';
import { ApiClientSecretRotation1763801400000 } from './1763801400000-api-client-secret-rotation.js';
import { OneCouncilChair1763801500000 } from './1763801500000-one-council-chair.js';
import { EffectiveDatedGovernance1763801510000 } from './1763801510000-effective-dated-governance.js';
import { ApplicationSuccessor1763801520000 } from './1763801520000-application-successor.js';
import { UserVersion1763801530000 } from './1763801530000-user-version.js';
import { EvaluationVersions1763801800000 } from './1763801800000-evaluation-versions.js';
import { Ledger1763816000000 } from './1763816000000-ledger.js';
import { SupplyDemand1764010000000 } from './1764010000000-supply-demand.js';
import { AnswerSheetCorrection1763801100000 } from './1763801100000-answer-sheet-correction.js';
import { OutboxEventDistricts1763801300000 } from './1763801300000-outbox-event-districts.js';
import { ImportConsortiumScope1763812000000 } from './1763812000000-import-consortium-scope.js';
import { GovernanceDocumentsAndDirectories1764000000000 } from './1764000000000-governance-documents-and-directories.js';

/**
 * Every migration, in order. Listed explicitly (no glob) so the same list serves the compiled
 * apps, the tests (which run the TypeScript) and the migration CLI. Add new ones at the end.
 */
export const migrations = [
  Foundation1763798400000,
  IdentityAndAudit1763798500000,
  Organizations1763798600000,
  ConsortiaAndMemberships1763798700000,
  MembershipApplications1763798800000,
  Imports1763798900000,
  Governance1763799000000,
  OrganizationAttributes1763799100000,
  MembershipImports1763799200000,
  MembershipCoLead1763799300000,
  EvaluationSchemesAndRounds1763799400000,
  AnswerSheets1763799500000,
  Evidence1763799600000,
  RoundScoring1763799700000,
  RoundPublication1763799800000,
  BestPractice1763799900000,
  SchemeFrozenWhenUsed1763799950000,
  AnnualCompetition1763800000000,
  OfficialListSnapshots1763800100000,
  ParticipationFacts1763800200000,
  Adjustment1763800450000,
  ChangeFeed1763800600000,
  Webhooks1763800700000,
  IdempotencyKeys1763800800000,
  ChangeFeedOncePerTransaction1763800900000,
  AnswerSheetCorrection1763801100000,
  OutboxEventDistricts1763801300000,
  ApiClientSecretRotation1763801400000,
  OneCouncilChair1763801500000,
  EffectiveDatedGovernance1763801510000,
  ApplicationSuccessor1763801520000,
  UserVersion1763801530000,
  EvaluationVersions1763801800000,
  ImportConsortiumScope1763812000000,
  Ledger1763816000000,
  GovernanceDocumentsAndDirectories1764000000000,
  SupplyDemand1764010000000,
];
