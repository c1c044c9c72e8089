import type { AccessPolicy } from './access-policy.js';
import type { Actor } from './actor.js';

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden' | 'insufficient-scope' | 'not-found';

/**
 * Deny-by-default evaluation of a route's policy for an actor and the route's parameters.
 * `not-found` is the answer when the actor could use this route for some object but not for the
 * one named (another consortium, organization or district): the object is not revealed.
 */
export function evaluatePolicy(policy: AccessPolicy | undefined, actor: Actor, params: Record<string, string | undefined>): AccessDecision {
  if (!policy) return 'forbidden';
  if (policy.public) return 'allow';
  if (actor.type === 'anonymous') return 'unauthenticated';
  if (actor.type === 'system') return 'forbidden';

  if (actor.type === 'user') {
    const candidates = actor.bindings.filter((b) => policy.roles?.includes(b.role));
    if (candidates.length === 0) return 'forbidden';
    for (const binding of candidates) {
      if (binding.role === 'secretariat' && policy.consortiumParam) {
        if (params[policy.consortiumParam] === binding.consortiumId) return 'allow';
      } else if (binding.role === 'member' && policy.organizationParam) {
        if (params[policy.organizationParam] === binding.organizationId) return 'allow';
      } else {
        return 'allow';
      }
    }
    return 'not-found';
  }

  if (!policy.scopes) return 'forbidden';
  if (!policy.scopes.every((s) => actor.scopes.includes(s))) return 'insufficient-scope';
  if (policy.districtParam && params[policy.districtParam] !== actor.district) return 'not-found';
  return 'allow';
}
