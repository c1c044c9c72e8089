import type { Actor } from '../access/actor.js';

/**
 * What every use-case command carries besides its own fields: who acts, and the scope the caller
 * may act in. Controllers build it from the request (the actor resolved by the access guard);
 * a job builds it with a `system` actor. Use cases check objects against `scope` themselves
 * (deny by default), so the same command works the same from HTTP, a job or a seed.
 *
 * - `consortiumIds` / `organizationIds`: the consortia (秘书处) and organizations (成员单位) the
 *   actor's bindings name; `cityWide` is true for admin, the task force and system actors.
 * - `district`: set for a district-bound API client (区县系统): it sees only its district.
 */
export interface CommandScope {
  cityWide: boolean;
  consortiumIds: readonly string[];
  organizationIds: readonly string[];
  district: string | null;
}

export abstract class BaseCommand {
  readonly actor: Actor;
  readonly scope: CommandScope;

  protected constructor(actor: Actor) {
    this.actor = actor;
    this.scope = scopeOf(actor);
  }
}

/** The scope an actor's bindings give it (see `CommandScope`). */
export function scopeOf(actor: Actor): CommandScope {
  if (actor.type === 'system') return { cityWide: true, consortiumIds: [], organizationIds: [], district: null };
  if (actor.type === 'client') return { cityWide: false, consortiumIds: [], organizationIds: [], district: actor.district };
  if (actor.type === 'anonymous') return { cityWide: false, consortiumIds: [], organizationIds: [], district: null };
  const roles = actor.bindings.map((b) => b.role);
  return {
    cityWide: roles.includes('admin') || roles.includes('taskforce'),
    consortiumIds: actor.bindings.filter((b) => b.role === 'secretariat' && b.consortiumId).map((b) => b.consortiumId!),
    organizationIds: actor.bindings.filter((b) => b.role === 'member' && b.organizationId).map((b) => b.organizationId!),
    district: null,
  };
}

/** Who did it, as the audit log and `created_by` columns write it. */
export const actorRef = (actor: Actor): string => (actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);
