/** Platform roles (DESIGN §1). A user may hold several bindings. */
export const ROLES = ['admin', 'taskforce', 'secretariat', 'member'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A role held by a user. `secretariat` is bound to one consortium (秘书处), `member` to one
 * organization (成员单位); `admin` and `taskforce` (工作专班) act city-wide.
 */
export interface RoleBinding {
  role: Role;
  consortiumId: string | null;
  organizationId: string | null;
}

/** Scopes an API client of a district system (区县系统) may be granted. */
export const CLIENT_SCOPES = ['registry:read', 'registry:write', 'evaluation:read', 'feed:read', 'webhooks:manage'] as const;
export type ClientScope = (typeof CLIENT_SCOPES)[number];

/** Who performs a request or a change. */
export type Actor =
  | { type: 'user'; id: string; name: string; sessionId: string; bindings: readonly RoleBinding[] }
  | { type: 'client'; id: string; name: string; district: string; scopes: readonly ClientScope[] }
  | { type: 'system'; id: string; name: string }
  | { type: 'anonymous' };

export const hasRole = (actor: Actor | undefined, ...roles: Role[]): boolean => actor?.type === 'user' && actor.bindings.some((b) => roles.includes(b.role));

/** Consortia a user may act for as secretariat. */
export const secretariatConsortia = (actor: Actor | undefined): string[] =>
  actor?.type === 'user' ? actor.bindings.filter((b) => b.role === 'secretariat' && b.consortiumId).map((b) => b.consortiumId!) : [];

/** Organizations a user may act for as member. */
export const memberOrganizations = (actor: Actor | undefined): string[] =>
  actor?.type === 'user' ? actor.bindings.filter((b) => b.role === 'member' && b.organizationId).map((b) => b.organizationId!) : [];
