import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { type Actor, AuditRecorder, checkIfMatch, DomainError, decodeKeysetCursor, encodeKeysetCursor, OutboxPublisher, violatedConstraint } from '#platform';
import { type ConsortiumKind, type ConsortiumStatus, decisionProblem, type Level, levelOf, ON_LIST, type Tier } from '../../domain/consortium.js';
import { districtByCode } from '../../domain/districts.js';
import { todayInShanghai } from '../../domain/dates.js';
import { ConsortiumDecisionEntity, ConsortiumEntity, ConsortiumPeriodEntity } from '../../persistence/consortium.entity.js';
import { nameContains } from '../../persistence/name-contains.js';
import type { DistrictScope } from '../organization/organizations.use-cases.js';
import { ConsortiumCorrected, ConsortiumCreated, ConsortiumDecided } from '../../contracts/index.js';

export interface ConsortiumView {
  id: string;
  name: string;
  kind: ConsortiumKind;
  districtCodes: string[];
  clusterCode: string | null;
  establishedOn: string;
  status: ConsortiumStatus;
  tier: Tier;
  level: Level;
  /** Start of the current status/tier period. */
  since: string;
  leadOrganizationId: string | null;
  coLeadOrganizationIds: string[];
  version: number;
}

export const ConsortiumErrors = {
  notFound: () => new DomainError('NOT_FOUND', 'CONSORTIUM_NOT_FOUND', 'No such consortium'),
  nameTaken: (name: string) =>
    new DomainError('CONFLICT', 'CONSORTIUM_NAME_TAKEN', `A consortium named "${name}" exists`, [
      { field: 'name', code: 'DUPLICATE', message: `"${name}" is taken` },
    ]),
  unknownCluster: (code: string) =>
    new DomainError('INVALID', 'UNKNOWN_INDUSTRY_CLUSTER', `"${code}" is not in the industry-cluster dictionary`, [
      { field: 'clusterCode', code: 'UNKNOWN_INDUSTRY_CLUSTER', message: `"${code}" is unknown` },
    ]),
  unknownDistrict: (code: string, index: number) =>
    new DomainError('INVALID', 'UNKNOWN_DISTRICT', `"${code}" is not a known district code (GB/T 2260)`, [
      { field: `districtCodes[${index}]`, code: 'UNKNOWN_DISTRICT', message: `"${code}" is not a known district code` },
    ]),
  delisted: () => new DomainError('INVALID', 'CONSORTIUM_DELISTED', 'The consortium has left the official list; its membership no longer changes'),
};

const CONSORTIUM_SELECT = `
  SELECT c.id, c.name, c.kind, c.district_codes, ic.code AS cluster_code, to_char(c.established_on, 'YYYY-MM-DD') AS established_on,
         p.status, p.tier, to_char(p.valid_from, 'YYYY-MM-DD') AS since, c.version,
         (SELECT m.organization_id FROM membership m
           WHERE m.consortium_id = c.id AND m.is_lead AND daterange(m.valid_from, m.valid_to) @> $DATE::date) AS lead_organization_id,
         ARRAY(SELECT m.organization_id FROM membership m
           WHERE m.consortium_id = c.id AND m.is_co_lead AND daterange(m.valid_from, m.valid_to) @> $DATE::date ORDER BY m.organization_id) AS co_lead_organization_ids
    FROM consortium c
    JOIN consortium_period p ON p.consortium_id = c.id AND daterange(p.valid_from, p.valid_to) @> $DATE::date
    LEFT JOIN industry_cluster ic ON ic.id = c.cluster_id`;

interface ConsortiumRow {
  id: string;
  name: string;
  kind: ConsortiumKind;
  district_codes: string[];
  cluster_code: string | null;
  established_on: string;
  status: ConsortiumStatus;
  tier: Tier;
  since: string;
  version: number;
  lead_organization_id: string | null;
  co_lead_organization_ids: string[];
}

const toView = (r: ConsortiumRow): ConsortiumView => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  districtCodes: r.district_codes,
  clusterCode: r.cluster_code,
  establishedOn: r.established_on,
  status: r.status,
  tier: r.tier,
  level: levelOf(r.tier),
  since: r.since,
  leadOrganizationId: r.lead_organization_id,
  coLeadOrganizationIds: r.co_lead_organization_ids,
  version: r.version,
});

/** Reads consortia with their state on a date; `$DATE` is the date parameter's position. */
export async function loadConsortium(manager: EntityManager, id: string, date: string, scope: DistrictScope = {}): Promise<ConsortiumView> {
  const rows: ConsortiumRow[] = await manager.query(
    `${CONSORTIUM_SELECT.replaceAll('$DATE', '$2')} WHERE c.id = $1 ${scope.district ? 'AND c.district_codes @> ARRAY[$3]::text[]' : ''}`,
    scope.district ? [id, date, scope.district] : [id, date],
  );
  if (rows.length === 0) {
    // Before its first period (established later than `date`): report it as not existing yet.
    throw ConsortiumErrors.notFound();
  }
  return toView(rows[0]);
}

const auditState = (c: ConsortiumView) => ({
  name: c.name,
  kind: c.kind,
  districtCodes: c.districtCodes,
  clusterCode: c.clusterCode,
  status: c.status,
  tier: c.tier,
  since: c.since,
});

export interface CreateConsortiumCommand {
  name: string;
  kind: ConsortiumKind;
  tier: Tier;
  districtCodes: string[];
  clusterCode?: string | null;
  establishedOn: string;
}

/** Registers a consortium in preparation (筹建); it enters the official list by a decision. */
@Injectable()
export class CreateConsortiumUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(command: CreateConsortiumCommand): Promise<ConsortiumView> {
    command.districtCodes.forEach((code, i) => {
      if (!districtByCode(code)) throw ConsortiumErrors.unknownDistrict(code, i);
    });
    try {
      return await this.dataSource.transaction(async (manager) => {
        let clusterId: string | null = null;
        if (command.clusterCode) {
          const [cluster] = await manager.query<{ id: string }[]>(`SELECT id FROM industry_cluster WHERE code = $1`, [command.clusterCode]);
          if (!cluster) throw ConsortiumErrors.unknownCluster(command.clusterCode);
          clusterId = cluster.id;
        }
        const entity = await manager.save(
          manager.create(ConsortiumEntity, {
            name: command.name,
            kind: command.kind,
            districtCodes: [...new Set(command.districtCodes)],
            clusterId,
            establishedOn: command.establishedOn,
          }),
        );
        await manager.insert(ConsortiumPeriodEntity, {
          consortiumId: entity.id,
          status: 'PREPARING',
          tier: command.tier,
          validFrom: command.establishedOn,
          validTo: null,
          decisionId: null,
        });
        const view = await loadConsortium(manager, entity.id, command.establishedOn);
        await this.outbox.publish(manager, ConsortiumCreated.of(entity.id, { id: entity.id, ...auditState(view) }, view.districtCodes));
        await this.audit.record(manager, {
          action: 'registry.consortium.create',
          entityType: 'consortium',
          entityId: entity.id,
          before: null,
          after: auditState(view),
        });
        return view;
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'uq_consortium_name') throw ConsortiumErrors.nameTaken(command.name);
      throw error;
    }
  }
}

export interface CorrectConsortiumCommand {
  name?: string;
  districtCodes?: string[];
  /** `null` clears the cluster. */
  clusterCode?: string | null;
  /** Why the record was wrong (kept in the audit log and the event). */
  reason: string;
}

/**
 * Corrects how a consortium was registered — name, districts, leading industry cluster — by the
 * task force, with If-Match; status and tier change only by decision, so they are not touched.
 * The event names the districts before and after, so a district that lost the consortium hears of it.
 */
@Injectable()
export class CorrectConsortiumUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(consortiumId: string, ifMatch: string | undefined, command: CorrectConsortiumCommand): Promise<ConsortiumView> {
    if (command.name === undefined && command.districtCodes === undefined && command.clusterCode === undefined) {
      throw new DomainError('INVALID', 'NOTHING_TO_CORRECT', 'A correction changes the name, the districts or the industry cluster', [
        { field: 'name', code: 'NOTHING_TO_CORRECT', message: 'give name, districtCodes or clusterCode' },
      ]);
    }
    command.districtCodes?.forEach((code, i) => {
      if (!districtByCode(code)) throw ConsortiumErrors.unknownDistrict(code, i);
    });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const entity = await manager.findOne(ConsortiumEntity, { where: { id: consortiumId }, lock: { mode: 'pessimistic_write' } });
        if (!entity) throw ConsortiumErrors.notFound();
        checkIfMatch(ifMatch, entity.version);
        const today = todayInShanghai();
        const on = today < entity.establishedOn ? entity.establishedOn : today;
        const before = await loadConsortium(manager, consortiumId, on);
        const change: Partial<ConsortiumEntity> = {};
        if (command.name !== undefined) change.name = command.name;
        if (command.districtCodes !== undefined) change.districtCodes = [...new Set(command.districtCodes)];
        if (command.clusterCode !== undefined) {
          if (command.clusterCode === null) change.clusterId = null;
          else {
            const [cluster] = await manager.query<{ id: string }[]>(`SELECT id FROM industry_cluster WHERE code = $1`, [command.clusterCode]);
            if (!cluster) throw ConsortiumErrors.unknownCluster(command.clusterCode);
            change.clusterId = cluster.id;
          }
        }
        await manager.update(ConsortiumEntity, { id: consortiumId }, { ...change, version: entity.version + 1, updatedAt: new Date() });
        const after = await loadConsortium(manager, consortiumId, on);
        const districtCodes = [...new Set([...before.districtCodes, ...after.districtCodes])];
        await this.outbox.publish(
          manager,
          ConsortiumCorrected.of(
            consortiumId,
            {
              id: consortiumId,
              name: after.name,
              districtCodes: after.districtCodes,
              clusterCode: after.clusterCode,
              previousDistrictCodes: before.districtCodes,
              reason: command.reason,
              version: after.version,
            },
            districtCodes,
          ),
        );
        await this.audit.record(manager, {
          action: 'registry.consortium.correct',
          entityType: 'consortium',
          entityId: consortiumId,
          before: { name: before.name, districtCodes: before.districtCodes, clusterCode: before.clusterCode },
          after: { name: after.name, districtCodes: after.districtCodes, clusterCode: after.clusterCode, reason: command.reason },
        });
        return after;
      });
    } catch (error) {
      if (violatedConstraint(error) === 'uq_consortium_name' && command.name) throw ConsortiumErrors.nameTaken(command.name);
      throw error;
    }
  }
}

export interface DecisionCommand {
  toStatus?: ConsortiumStatus;
  toTier?: Tier;
  effectiveOn: string;
  reason: string;
  ruleRef?: string;
  roundRef?: string;
  /** The status the decider saw; a different current status means the decision is stale (409). */
  expectedStatus?: ConsortiumStatus;
}

export interface DecisionView {
  id: string;
  consortiumId: string;
  fromStatus: ConsortiumStatus | null;
  toStatus: ConsortiumStatus;
  fromTier: Tier | null;
  toTier: Tier;
  effectiveOn: string;
  reason: string;
  ruleRef: string | null;
  roundRef: string | null;
  decidedBy: string;
  decidedAt: Date;
}

const decisionView = (d: ConsortiumDecisionEntity): DecisionView => ({
  id: d.id,
  consortiumId: d.consortiumId,
  fromStatus: d.fromStatus,
  toStatus: d.toStatus,
  fromTier: d.fromTier,
  toTier: d.toTier,
  effectiveOn: d.effectiveOn,
  reason: d.reason,
  ruleRef: d.ruleRef,
  roundRef: d.roundRef,
  decidedBy: d.decidedBy,
  decidedAt: d.decidedAt,
});

const actorLabel = (actor: Actor) => (actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);

/**
 * The only way a consortium's status or tier changes: a recorded decision (who, when, why, which
 * rule or round), applied in one transaction — the current period closes on the effective date
 * and the next one opens. Decisions on one consortium are serialised by a row lock.
 */
@Injectable()
export class DecideConsortiumUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(consortiumId: string, command: DecisionCommand, actor: Actor): Promise<{ decision: DecisionView; consortium: ConsortiumView }> {
    return this.dataSource.transaction(async (manager) => {
      const { decision, consortium, before } = await this.apply(manager, consortiumId, command, actor);
      await this.audit.record(manager, {
        action: 'registry.consortium.decide',
        entityType: 'consortium',
        entityId: consortiumId,
        before: auditState(before),
        after: { ...auditState(consortium), decisionId: decision.id, reason: decision.reason },
      });
      return { decision, consortium };
    });
  }

  /**
   * The decision inside the caller's transaction, with its outbox event; the caller records the
   * request's audit row (a decision taken on a proposal is audited as that proposal's decision).
   */
  async apply(
    manager: EntityManager,
    consortiumId: string,
    command: DecisionCommand,
    actor: Actor,
  ): Promise<{ decision: DecisionView; consortium: ConsortiumView; before: ConsortiumView }> {
    const locked = await manager.query<unknown[]>(`SELECT id FROM consortium WHERE id = $1 FOR UPDATE`, [consortiumId]);
    if (locked.length === 0) throw ConsortiumErrors.notFound();
    const current = await manager.findOne(ConsortiumPeriodEntity, { where: { consortiumId, validTo: IsNull() } });
    if (!current) throw ConsortiumErrors.notFound();
    if (command.expectedStatus && command.expectedStatus !== current.status) {
      throw new DomainError('CONFLICT', 'STALE_DECISION', `The consortium is ${current.status} now, not ${command.expectedStatus}`, [
        { field: 'expectedStatus', code: 'STALE_DECISION', message: `current status is ${current.status}` },
      ]);
    }
    const problem = decisionProblem({ status: current.status, tier: current.tier, since: current.validFrom }, command);
    if (problem) throw problem;
    const before = await loadConsortium(manager, consortiumId, current.validFrom);

    const decision = await manager.save(
      manager.create(ConsortiumDecisionEntity, {
        consortiumId,
        fromStatus: current.status,
        toStatus: command.toStatus ?? current.status,
        fromTier: current.tier,
        toTier: command.toTier ?? current.tier,
        effectiveOn: command.effectiveOn,
        reason: command.reason,
        ruleRef: command.ruleRef ?? null,
        roundRef: command.roundRef ?? null,
        decidedBy: actorLabel(actor),
      }),
    );
    await manager.update(ConsortiumPeriodEntity, { id: current.id }, { validTo: command.effectiveOn });
    await manager.insert(ConsortiumPeriodEntity, {
      consortiumId,
      status: decision.toStatus,
      tier: decision.toTier,
      validFrom: command.effectiveOn,
      validTo: null,
      decisionId: decision.id,
    });
    // A decision changes the consortium's representation: its ETag moves on.
    await manager.query(`UPDATE consortium SET version = version + 1, updated_at = now() WHERE id = $1`, [consortiumId]);
    const after = await loadConsortium(manager, consortiumId, command.effectiveOn);
    const view = decisionView((await manager.findOne(ConsortiumDecisionEntity, { where: { id: decision.id } }))!);
    await this.outbox.publish(manager, ConsortiumDecided.of(consortiumId, { ...view, decidedAt: view.decidedAt.toISOString() }, after.districtCodes));
    return { decision: view, consortium: after, before };
  }
}

@Injectable()
export class ListDecisionsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(consortiumId: string): Promise<DecisionView[]> {
    await loadConsortiumExists(this.dataSource.manager, consortiumId);
    const rows = await this.dataSource
      .getRepository(ConsortiumDecisionEntity)
      .find({ where: { consortiumId }, order: { effectiveOn: 'ASC', decidedAt: 'ASC' } });
    return rows.map(decisionView);
  }
}

export async function loadConsortiumExists(manager: EntityManager, id: string, scope: DistrictScope = {}): Promise<void> {
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM consortium WHERE id = $1 ${scope.district ? 'AND district_codes @> ARRAY[$2]::text[]' : ''}`,
    scope.district ? [id, scope.district] : [id],
  );
  if (rows.length === 0) throw ConsortiumErrors.notFound();
}

export interface ConsortiumFilter {
  asOf?: string;
  nameContains?: string;
  tier?: Tier;
  status?: ConsortiumStatus;
  kind?: ConsortiumKind;
  districtCode?: string;
  clusterCode?: string;
  after?: string;
  limit: number;
}

/** Consortia with their state on a date (default today), filtered, by name; district systems see their district's. */
@Injectable()
export class ListConsortiaQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: ConsortiumFilter, scope: DistrictScope): Promise<{ items: ConsortiumView[]; nextCursor: string | null }> {
    const params: unknown[] = [filter.asOf ?? todayInShanghai()];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (scope.district) add('c.district_codes @> ARRAY[?]::text[]', scope.district);
    if (filter.districtCode) add('c.district_codes @> ARRAY[?]::text[]', filter.districtCode);
    if (filter.nameContains) {
      const { sql, pattern } = nameContains('c.name', '?', filter.nameContains);
      add(sql, pattern);
    }
    if (filter.tier) add('p.tier = ?', filter.tier);
    if (filter.status) add('p.status = ?', filter.status);
    if (filter.kind) add('c.kind = ?', filter.kind);
    if (filter.clusterCode) add('ic.code = ?', filter.clusterCode);
    if (filter.after) {
      const [name, id] = decodeKeysetCursor(filter.after, 2);
      params.push(name, id);
      where.push(`(c.name, c.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(filter.limit + 1);
    const rows: ConsortiumRow[] = await this.dataSource.query(
      `${CONSORTIUM_SELECT.replaceAll('$DATE', '$1')} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.name, c.id LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, filter.limit).map(toView);
    return { items, nextCursor: rows.length > filter.limit ? encodeKeysetCursor([items[items.length - 1].name, items[items.length - 1].id]) : null };
  }
}

@Injectable()
export class GetConsortiumQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(id: string, asOf: string | undefined, scope: DistrictScope): Promise<ConsortiumView> {
    return loadConsortium(this.dataSource.manager, id, asOf ?? todayInShanghai(), scope);
  }
}

export interface OfficialListEntry {
  consortiumId: string;
  name: string;
  tier: Tier;
  level: Level;
  status: ConsortiumStatus;
  districtCodes: string[];
  since: string;
}

/** 建设名单: the consortia on the list on a date (entered by decision, not delisted), by tier then name. */
@Injectable()
export class OfficialListQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(asOf: string): Promise<OfficialListEntry[]> {
    const rows: { id: string; name: string; tier: Tier; status: ConsortiumStatus; district_codes: string[]; since: string }[] = await this.dataSource.query(
      `SELECT c.id, c.name, p.tier, p.status, c.district_codes, to_char(p.valid_from, 'YYYY-MM-DD') AS since
         FROM consortium_period p JOIN consortium c ON c.id = p.consortium_id
        WHERE daterange(p.valid_from, p.valid_to) @> $1::date AND p.status = ANY($2)
        ORDER BY array_position(ARRAY['NATIONAL','MUNICIPAL','PARK_LED','INDUSTRY_LED','SCHOOL_LED'], p.tier), c.name`,
      [asOf, ON_LIST],
    );
    return rows.map((r) => ({
      consortiumId: r.id,
      name: r.name,
      tier: r.tier,
      level: levelOf(r.tier),
      status: r.status,
      districtCodes: r.district_codes,
      since: r.since,
    }));
  }
}
