import { type Actor, hasRole, memberOrganizations, secretariatConsortia } from '#platform';
import type { EntityManager } from 'typeorm';
import type { LedgerRepository, TaskRecord } from '../persistence/ledger.repository.js';

/**
 * What part of the ledger a caller sees: the task force and admins all of it; a secretariat its
 * consortium's tasks; a member unit's staff the tasks its unit leads or carries. Deny by default.
 */
export interface LedgerScope {
  all: boolean;
  consortiumIds: string[];
  unitIds: string[];
}

export async function ledgerScopeOf(actor: Actor, repository: LedgerRepository, manager: EntityManager): Promise<LedgerScope> {
  if (hasRole(actor, 'admin', 'taskforce')) return { all: true, consortiumIds: [], unitIds: [] };
  return { all: false, consortiumIds: secretariatConsortia(actor), unitIds: await repository.unitsOfOrganizations(manager, memberOrganizations(actor)) };
}

export const seesTask = (scope: LedgerScope, task: TaskRecord): boolean =>
  scope.all ||
  (task.consortiumId !== null && scope.consortiumIds.includes(task.consortiumId)) ||
  scope.unitIds.includes(task.leadUnitId) ||
  task.responsibleUnitIds.some((u) => scope.unitIds.includes(u));

export const actorLabel = (actor: Actor): string => (actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);
