import type { EntityManager } from 'typeorm';
import type { CommandScope } from '#platform';
import { supplyDemandError } from '../domain/supply-demand.errors.js';
import { allows, type DemandAction, type DemandStatus, statusOn } from '../domain/supply-demand.js';
import type { DemandChangedV1 } from '../contracts/index.js';
import type { DemandRecord, SupplyDemandRepository } from '../persistence/supply-demand.repository.js';

/** Today in Asia/Shanghai (YYYY-MM-DD): the day validity and lifecycle are read on. */
export const shanghaiToday = (now = new Date()): string => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export interface DemandView extends Omit<DemandRecord, 'status'> {
  status: DemandStatus;
}

export const demandView = (d: DemandRecord, today = shanghaiToday()): DemandView => ({ ...d, status: statusOn(d.status, d.validTo, today) });

export const demandPayload = (d: DemandRecord, status: string = d.status): DemandChangedV1 => ({
  v: 1,
  id: d.id,
  kind: d.kind,
  title: d.title,
  status,
  visibility: d.visibility,
  clusterCodes: d.clusterCodes,
  districtCodes: d.districtCodes,
  publisherOrganizationId: d.publisherOrganizationId,
  publisherConsortiumId: d.publisherConsortiumId,
});

/** The publisher's side of a demand: its organization's staff, its consortium's secretariat, or the city. */
export const publishes = (scope: CommandScope, d: Pick<DemandRecord, 'publisherOrganizationId' | 'publisherConsortiumId'>): boolean =>
  scope.cityWide ||
  (d.publisherOrganizationId !== null && scope.organizationIds.includes(d.publisherOrganizationId)) ||
  (d.publisherConsortiumId !== null && scope.consortiumIds.includes(d.publisherConsortiumId));

/** Consortia whose members-only demands the caller may read: its secretariats', and those its organizations belong to today; null: all (city-wide). */
export async function memberConsortia(m: EntityManager, repository: SupplyDemandRepository, scope: CommandScope, today: string): Promise<string[] | null> {
  if (scope.cityWide) return null;
  const ids = new Set(scope.consortiumIds);
  for (const org of scope.organizationIds) for (const c of await repository.consortiaOf(m, org, today)) ids.add(c);
  return [...ids];
}

/**
 * A demand the caller may see: the publisher's side always; others while it is out of draft and
 * public, or members-only and they belong to the publishing consortium. Otherwise 404, as if absent.
 */
export async function visibleDemand(
  m: EntityManager,
  repository: SupplyDemandRepository,
  scope: CommandScope,
  id: string,
  { lock = false } = {},
): Promise<DemandRecord> {
  const d = await repository.demand(m, id, { lock });
  if (!d) throw supplyDemandError('DEMAND_NOT_FOUND', 'demandId');
  if (publishes(scope, d)) return d;
  if (d.status === 'DRAFT') throw supplyDemandError('DEMAND_NOT_FOUND', 'demandId');
  if (d.visibility === 'PUBLIC' && scope.district === null) return d;
  if (d.visibility === 'PUBLIC' && scope.district !== null && d.districtCodes.includes(scope.district)) return d;
  const consortia = await memberConsortia(m, repository, scope, shanghaiToday());
  if (d.publisherConsortiumId && (consortia === null || consortia.includes(d.publisherConsortiumId))) return d;
  throw supplyDemandError('DEMAND_NOT_FOUND', 'demandId');
}

/** 409 DEMAND_STATUS unless the action is allowed on the demand as it reads today. */
export function assertAllows(action: DemandAction, d: DemandRecord, today = shanghaiToday()): DemandStatus {
  const status = statusOn(d.status, d.validTo, today);
  if (!allows(action, status)) throw supplyDemandError('DEMAND_STATUS', 'status', `${status}`);
  return status;
}

/** 403 unless the caller acts for the organization (its member staff, or the city). */
export function assertActsFor(scope: CommandScope, organizationId: string, field = 'organizationId'): void {
  if (!scope.cityWide && !scope.organizationIds.includes(organizationId)) throw supplyDemandError('SUPPLIER_NOT_YOURS', field);
}

/** A demand the caller manages as its publisher: 404 when it cannot see it, 403 when it sees it but publishes for someone else. */
export async function ownDemand(m: EntityManager, repository: SupplyDemandRepository, scope: CommandScope, id: string): Promise<DemandRecord> {
  const d = await visibleDemand(m, repository, scope, id, { lock: true });
  if (!publishes(scope, d)) throw supplyDemandError('PUBLISHER_NOT_YOURS', 'demandId');
  return d;
}
