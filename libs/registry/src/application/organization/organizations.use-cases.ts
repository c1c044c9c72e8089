import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import {
  type Actor,
  AuditRecorder,
  checkIfMatch,
  hasRole,
  memberOrganizations,
  decodeKeysetCursor,
  encodeKeysetCursor,
  OutboxPublisher,
  PreconditionErrors,
} from '#platform';
import { districtByCode } from '../../domain/districts.js';
import {
  attributeProblem,
  DESIGNATIONS,
  NO_ATTRIBUTES,
  type Organization,
  type OrganizationAttributes,
  OrganizationErrors,
  type OrganizationType,
} from '../../domain/organization.js';
import { usccProblem } from '../../domain/uscc.js';
import { OrganizationEntity, OrganizationNameEntity } from '../../persistence/organization.entity.js';
import { nameContains } from '../../persistence/name-contains.js';
import { OrganizationCreated, OrganizationUpdated } from '../../contracts/index.js';

/** What a caller may see: a district system only its own district; city-wide roles everything. */
export interface DistrictScope {
  district?: string;
}

export const districtScopeOf = (actor: Actor): DistrictScope => (actor.type === 'client' ? { district: actor.district } : {});

/**
 * Who may write which organization by USCC, beyond the district scope: the task force, admins and
 * district systems any (of their district); a secretariat registers units not yet registered (no
 * updates: the registry is not its to correct); a member unit keeps its own organization's profile
 * (not its USCC, type or official designations) and creates nothing.
 */
export interface OrganizationWriteScope extends DistrictScope {
  mayCreate: boolean;
  /** 'any', or the ids of the organizations the caller keeps the profile of. */
  mayUpdate: 'any' | readonly string[];
}

export function organizationWriteScopeOf(actor: Actor): OrganizationWriteScope {
  if (actor.type !== 'user' || hasRole(actor, 'admin', 'taskforce')) return { ...districtScopeOf(actor), mayCreate: true, mayUpdate: 'any' };
  return { mayCreate: hasRole(actor, 'secretariat'), mayUpdate: memberOrganizations(actor) };
}

const toDomain = (e: OrganizationEntity): Organization => ({
  id: e.id,
  uscc: e.uscc,
  name: e.name,
  type: e.type,
  districtCode: e.districtCode,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  version: e.version,
  schoolLevel: e.schoolLevel,
  enterpriseSize: e.enterpriseSize,
  isChainLeader: e.isChainLeader,
  isAboveScale: e.isAboveScale,
  integrationLevel: e.integrationLevel,
  parkLevel: e.parkLevel,
  isKeyPark: e.isKeyPark,
});

const attributesOf = (o: OrganizationAttributes): OrganizationAttributes => ({
  schoolLevel: o.schoolLevel,
  enterpriseSize: o.enterpriseSize,
  isChainLeader: o.isChainLeader,
  isAboveScale: o.isAboveScale,
  integrationLevel: o.integrationLevel,
  parkLevel: o.parkLevel,
  isKeyPark: o.isKeyPark,
});

const state = (o: Organization) => ({ uscc: o.uscc, name: o.name, type: o.type, districtCode: o.districtCode, version: o.version, ...attributesOf(o) });

export interface UpsertOrganizationCommand extends Partial<OrganizationAttributes> {
  uscc: string;
  name: string;
  type: OrganizationType;
  districtCode: string;
}

export interface UpsertResult {
  organization: Organization;
  created: boolean;
  changed: boolean;
}

/**
 * Creates or updates an organization by its USCC, the key district systems sync by. Sending the
 * same data again changes nothing (no version bump, no event, no audit row). A new name closes
 * the current name's interval and opens the next. A district system writes only its own district.
 */
@Injectable()
export class UpsertOrganizationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  /**
   * `precondition` (the HTTP route passes it): updating an existing organization needs its current
   * ETag in `ifMatch` (428 without, 412 when stale); with `ifMatch` and no such organization, 412.
   */
  async execute(
    command: UpsertOrganizationCommand,
    scope: DistrictScope | OrganizationWriteScope,
    precondition?: { ifMatch: string | undefined },
  ): Promise<UpsertResult> {
    const problem = usccProblem(command.uscc);
    if (problem) throw OrganizationErrors.invalidUscc(problem);
    if (!districtByCode(command.districtCode)) throw OrganizationErrors.unknownDistrict(command.districtCode);
    if (scope.district && command.districtCode !== scope.district) throw OrganizationErrors.outsideDistrict();
    // Attributes not sent are cleared: a PUT states the whole organization.
    let attributes: OrganizationAttributes = {
      ...NO_ATTRIBUTES,
      ...Object.fromEntries(Object.entries(command).filter(([k, v]) => k in NO_ATTRIBUTES && v !== undefined)),
    };
    const notApplicable = attributeProblem(command.type, attributes);
    if (notApplicable) throw OrganizationErrors.attributeNotApplicable(notApplicable, command.type);
    const limited = 'mayUpdate' in scope && scope.mayUpdate !== 'any' ? scope : null;

    return this.dataSource.transaction(async (manager) => {
      let seen: OrganizationEntity | null = null;
      if (precondition || limited) {
        seen = await manager.findOne(OrganizationEntity, { where: { uscc: command.uscc }, lock: { mode: 'pessimistic_write' } });
        if (seen && scope.district && seen.districtCode !== scope.district) throw OrganizationErrors.notFound();
        if (limited && !seen && !limited.mayCreate) throw OrganizationErrors.notFound();
        if (limited && seen && !limited.mayUpdate.includes(seen.id))
          throw limited.mayCreate ? OrganizationErrors.alreadyRegistered() : OrganizationErrors.notFound();
        if (limited && seen) attributes = this.profileOnly(seen, command, attributes);
      }
      if (precondition) {
        if (seen) checkIfMatch(precondition.ifMatch, seen.version);
        else if (precondition.ifMatch !== undefined) throw PreconditionErrors.stale(null);
      }
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO organization (uscc, name, type, district_code, school_level, enterprise_size, is_chain_leader, is_above_scale, integration_level, park_level, is_key_park)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (uscc) DO NOTHING RETURNING id`,
        [
          command.uscc,
          command.name,
          command.type,
          command.districtCode,
          attributes.schoolLevel,
          attributes.enterpriseSize,
          attributes.isChainLeader,
          attributes.isAboveScale,
          attributes.integrationLevel,
          attributes.parkLevel,
          attributes.isKeyPark,
        ],
      );
      if (inserted.length === 1) return this.created(manager, inserted[0].id);

      const existing = await manager.findOne(OrganizationEntity, { where: { uscc: command.uscc }, lock: { mode: 'pessimistic_write' } });
      if (!existing || (scope.district && existing.districtCode !== scope.district)) throw OrganizationErrors.notFound();
      // Created by someone else since the precondition was checked: the caller has not seen it.
      if ((precondition || limited) && !seen) throw limited ? OrganizationErrors.alreadyRegistered() : PreconditionErrors.ifMatchRequired();
      const before = toDomain(existing);
      const sameAttributes = JSON.stringify(attributesOf(before)) === JSON.stringify(attributes);
      if (before.name === command.name && before.type === command.type && before.districtCode === command.districtCode && sameAttributes) {
        return { organization: before, created: false, changed: false };
      }
      const now = new Date();
      if (before.name !== command.name) {
        await manager.update(OrganizationNameEntity, { organizationId: existing.id, validTo: IsNull() }, { validTo: now });
        await manager.insert(OrganizationNameEntity, { organizationId: existing.id, name: command.name, validFrom: now, validTo: null });
      }
      await manager.update(
        OrganizationEntity,
        { id: existing.id },
        { name: command.name, type: command.type, districtCode: command.districtCode, ...attributes, updatedAt: now, version: existing.version + 1 },
      );
      const after = toDomain((await manager.findOne(OrganizationEntity, { where: { id: existing.id } }))!);
      // A move to another district concerns both: the former one learns the organization has left it.
      await this.outbox.publish(manager, OrganizationUpdated.of(after.id, { id: after.id, ...state(after) }, [before.districtCode, after.districtCode]));
      await this.audit.record(manager, {
        action: 'registry.organization.update',
        entityType: 'organization',
        entityId: after.id,
        before: state(before),
        after: state(after),
      });
      return { organization: after, created: false, changed: true };
    });
  }

  /**
   * A member unit's own profile: its type stays, and so do the official designations (sent with
   * the same value, or left out and kept — not cleared as a full PUT would).
   */
  private profileOnly(current: OrganizationEntity, command: UpsertOrganizationCommand, attributes: OrganizationAttributes): OrganizationAttributes {
    if (command.type !== current.type) throw OrganizationErrors.notEditable('type');
    const kept = { ...attributes };
    for (const field of DESIGNATIONS) {
      if (command[field] !== undefined && command[field] !== current[field]) throw OrganizationErrors.notEditable(field);
      (kept as Record<string, unknown>)[field] = current[field];
    }
    return kept;
  }

  private async created(manager: EntityManager, id: string): Promise<UpsertResult> {
    const entity = (await manager.findOne(OrganizationEntity, { where: { id } }))!;
    await manager.insert(OrganizationNameEntity, { organizationId: id, name: entity.name, validFrom: entity.createdAt, validTo: null });
    const organization = toDomain(entity);
    await this.outbox.publish(manager, OrganizationCreated.of(id, { id, ...state(organization) }, [organization.districtCode]));
    await this.audit.record(manager, {
      action: 'registry.organization.create',
      entityType: 'organization',
      entityId: id,
      before: null,
      after: state(organization),
    });
    return { organization, created: true, changed: true };
  }
}

export interface OrganizationFilter {
  districtCode?: string;
  /** Exact USCC (the caller upper-cases it). */
  uscc?: string;
  type?: OrganizationType;
  nameContains?: string;
  /** Keyset cursor from the previous page. */
  after?: string;
  limit: number;
}

const encodeCursor = (o: Organization) => encodeKeysetCursor([o.name, o.id]);

/** Organizations by name (then id), filtered; the caller's district scope is applied in the query. */
@Injectable()
export class ListOrganizationsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: OrganizationFilter, scope: DistrictScope): Promise<{ items: Organization[]; nextCursor: string | null }> {
    const qb = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o').orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC');
    if (scope.district) qb.andWhere('o.district_code = :scopeDistrict', { scopeDistrict: scope.district });
    if (filter.districtCode) qb.andWhere('o.district_code = :district', { district: filter.districtCode });
    if (filter.type) qb.andWhere('o.type = :type', { type: filter.type });
    if (filter.uscc) qb.andWhere('o.uscc = :uscc', { uscc: filter.uscc });
    if (filter.nameContains) {
      const { sql, pattern } = nameContains('o.name', ':pattern', filter.nameContains);
      qb.andWhere(sql, { pattern });
    }
    const cursor = filter.after ? decodeKeysetCursor(filter.after, 2) : undefined;
    if (cursor) qb.andWhere('(o.name, o.id) > (:cursorName, :cursorId)', { cursorName: cursor[0], cursorId: cursor[1] });
    const rows = (await qb.take(filter.limit + 1).getMany()).map(toDomain);
    const items = rows.slice(0, filter.limit);
    return { items, nextCursor: rows.length > filter.limit ? encodeCursor(items[items.length - 1]) : null };
  }
}

@Injectable()
export class GetOrganizationQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string, scope: DistrictScope): Promise<Organization & { names: { name: string; validFrom: Date; validTo: Date | null }[] }> {
    const entity = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOne({ where: { id, ...(scope.district ? { districtCode: scope.district } : {}) } });
    if (!entity) throw OrganizationErrors.notFound();
    const names = await this.dataSource.getRepository(OrganizationNameEntity).find({ where: { organizationId: id }, order: { validFrom: 'ASC' } });
    return { ...toDomain(entity), names: names.map((n) => ({ name: n.name, validFrom: n.validFrom, validTo: n.validTo })) };
  }
}
