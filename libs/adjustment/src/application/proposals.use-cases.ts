import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type Actor, AuditRecorder, decodeKeysetCursor, DomainError, encodeKeysetCursor, OutboxPublisher } from '#platform';
import { DecideConsortiumUseCase, SubmitApplicationUseCase } from '#registry';
import { PROPOSAL_KINDS, type ProposalKind, type StoredThresholds, thresholdsOf, thresholdsProblem } from '../domain/rules.js';
import { ProposalEntity, type ProposalStatus, RuleSetEntity } from '../persistence/adjustment.entities.js';
import { PROPOSAL_DECIDED_EVENTS, RuleSetCreated } from '../contracts/index.js';

/** The event of a decided proposal (approved or rejected). */
const decidedEvent = (status: string) => {
  if (!(status in PROPOSAL_DECIDED_EVENTS)) throw new Error(`no event for a proposal ${status}`);
  return PROPOSAL_DECIDED_EVENTS[status as keyof typeof PROPOSAL_DECIDED_EVENTS];
};

export type ProposalDecision =
  { outcome: 'REJECT'; reason: string } | { outcome: 'APPROVE'; reason: string; effectiveOn: string; rectificationDeadline?: string };

const actorLabel = (actor: Actor) => (actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const Errors = {
  cursor: () =>
    new DomainError('MALFORMED', 'INVALID_CURSOR', 'after must be a cursor returned by this list (nextCursor)', [
      { field: 'after', code: 'INVALID_CURSOR', message: 'not a cursor of this list' },
    ]),
  notFound: () => new DomainError('NOT_FOUND', 'PROPOSAL_NOT_FOUND', 'No such proposal'),
  decided: (status: ProposalStatus) =>
    new DomainError('CONFLICT', 'PROPOSAL_ALREADY_DECIDED', `The proposal is ${status} already; a proposal is decided once`, [
      { field: 'status', code: 'PROPOSAL_ALREADY_DECIDED', message: status },
    ]),
  stale: (message: string) =>
    new DomainError('CONFLICT', 'PROPOSAL_STALE', `The proposal no longer fits: ${message}`, [{ field: 'proposalId', code: 'PROPOSAL_STALE', message }]),
  deadline: (effectiveOn: string) =>
    new DomainError('INVALID', 'RECTIFICATION_DEADLINE_INVALID', 'Probation needs a rectification deadline after it takes effect', [
      { field: 'rectificationDeadline', code: 'RECTIFICATION_DEADLINE_INVALID', message: `a date after ${effectiveOn}` },
    ]),
  thresholds: (field: string, message: string) =>
    new DomainError('INVALID', 'INVALID_THRESHOLDS', `thresholds.${field} ${message}`, [{ field: `thresholds.${field}`, code: 'INVALID_THRESHOLDS', message }]),
};

/** A proposal with the consortium's and the member unit's current names beside their ids. */
export type ProposalView = ProposalEntity & { consortiumName: string | null; organizationName: string | null };

/**
 * Proposals read with the names joined in (one query; `where` narrows it). The registry's tables
 * are joined by name, as the registry owns them and this context reads only their names.
 */
async function readProposals(
  manager: EntityManager,
  where: (qb: SelectQueryBuilder<ProposalEntity>) => SelectQueryBuilder<ProposalEntity>,
): Promise<ProposalView[]> {
  const qb = manager
    .getRepository(ProposalEntity)
    .createQueryBuilder('p')
    .leftJoin('consortium', 'c', 'c.id = p.consortium_id')
    .leftJoin('organization', 'o', 'o.id = p.organization_id')
    .addSelect('c.name', 'consortium_name')
    .addSelect('o.name', 'organization_name');
  const { entities, raw } = await where(qb).getRawAndEntities<{ p_id: string; consortium_name: string | null; organization_name: string | null }>();
  const names = new Map(raw.map((r) => [r.p_id, r]));
  return entities.map((e) =>
    Object.assign(e, { consortiumName: names.get(e.id)?.consortium_name ?? null, organizationName: names.get(e.id)?.organization_name ?? null }),
  );
}

/** Registry refusals that mean the world moved on since the proposal was written. */
const STALE_CODES = new Set([
  'STALE_DECISION',
  'NOT_A_MEMBER',
  'CONSORTIUM_DELISTED',
  'STATUS_TRANSITION_NOT_ALLOWED',
  'DECISION_CHANGES_NOTHING',
  'APPLICATION_PENDING',
]);

/**
 * The task force's decisions on proposals, and the rule sets. An approval applies the change in
 * the decision's transaction: a status or tier decision in the registry (checked against the
 * status and tier the proposal was written for: anything else is stale, 409), or, for a member
 * unit's exit, an EXPEL application (reason ADJUSTMENT) filed with the consortium for its
 * secretariat to act on. The proposal row is locked, so of two concurrent decisions one wins and
 * the other finds it decided (409).
 */
@Injectable()
export class ProposalsUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly decisions: DecideConsortiumUseCase,
    private readonly applications: SubmitApplicationUseCase,
  ) {}

  /**
   * A page of proposals, oldest first, filtered by status, consortium and kind, with the number of
   * proposals of each kind under the same status and consortium filter (so 205 member exits show as
   * a count beside the few status changes). The cursor names the last proposal of the page; the
   * page after it is read from the database's own timestamps (a JS Date would round them).
   */
  async list(filter: { status?: ProposalStatus; consortiumId?: string; kind?: ProposalKind; after?: string; limit: number }): Promise<{
    items: ProposalView[];
    nextCursor: string | null;
    total: number;
    byKind: { kind: ProposalKind; count: number }[];
  }> {
    const filtered = <T extends SelectQueryBuilder<ProposalEntity>>(qb: T): T => {
      qb.where('1 = 1');
      if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
      if (filter.consortiumId) qb.andWhere('p.consortium_id = :consortiumId', { consortiumId: filter.consortiumId });
      return qb;
    };
    let lastId: string | undefined;
    if (filter.after) {
      [lastId] = decodeKeysetCursor(filter.after, 1);
      if (!UUID.test(lastId)) throw Errors.cursor();
    }
    const rows = await readProposals(this.dataSource.manager, (qb) => {
      filtered(qb).orderBy('p.created_at', 'ASC').addOrderBy('p.rule', 'ASC').addOrderBy('p.consortium_id', 'ASC').addOrderBy('p.id', 'ASC');
      if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
      if (lastId)
        qb.andWhere(
          '(p.created_at, p.rule, p.consortium_id, p.id) > (SELECT l.created_at, l.rule, l.consortium_id, l.id FROM adjustment_proposal l WHERE l.id = :lastId)',
          { lastId },
        );
      // One row per proposal (the joins are to one consortium and one organization): a plain LIMIT.
      return qb.limit(filter.limit + 1);
    });
    const items = rows.slice(0, filter.limit);
    const counts: { kind: ProposalKind; count: number }[] = await filtered(this.dataSource.getRepository(ProposalEntity).createQueryBuilder('p'))
      .select('p.kind', 'kind')
      .addSelect('count(*)::int', 'count')
      .groupBy('p.kind')
      .orderBy('p.kind')
      .getRawMany();
    const byKind = PROPOSAL_KINDS.map((kind) => ({ kind, count: counts.find((c) => c.kind === kind)?.count ?? 0 }));
    return {
      items,
      nextCursor: rows.length > filter.limit ? encodeKeysetCursor([items[items.length - 1].id]) : null,
      total: filter.kind ? (byKind.find((k) => k.kind === filter.kind)?.count ?? 0) : byKind.reduce((sum, k) => sum + k.count, 0),
      byKind,
    };
  }

  async get(id: string): Promise<ProposalView> {
    const [found] = await readProposals(this.dataSource.manager, (qb) => qb.where('p.id = :id', { id }));
    if (!found) throw Errors.notFound();
    return found;
  }

  decide(id: string, decision: ProposalDecision, actor: Actor): Promise<ProposalView> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager.findOne(ProposalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!proposal) throw Errors.notFound();
      if (proposal.status !== 'PENDING') throw Errors.decided(proposal.status);
      const before = { status: proposal.status };
      const change: Partial<Omit<ProposalEntity, 'evidence' | 'ruleSet'>> = {
        decidedAt: new Date(),
        decidedBy: actorLabel(actor),
        decisionReason: decision.reason,
        version: proposal.version + 1,
      };
      if (decision.outcome === 'REJECT') {
        change.status = 'REJECTED';
      } else {
        change.status = 'APPROVED';
        change.effectiveOn = decision.effectiveOn;
        Object.assign(change, await this.apply(manager, proposal, decision, actor));
      }
      await manager.update(ProposalEntity, { id }, change);
      const [after] = await readProposals(manager, (qb) => qb.where('p.id = :id', { id }));
      if (!after) throw Errors.notFound();
      await this.outbox.publish(
        manager,
        decidedEvent(after.status).of(id, {
          id,
          rule: after.rule,
          kind: after.kind,
          consortiumId: after.consortiumId,
          organizationId: after.organizationId,
          toStatus: after.toStatus,
          toTier: after.toTier,
          effectiveOn: after.effectiveOn,
          decisionId: after.decisionId,
          applicationId: after.applicationId,
        }),
      );
      await this.audit.record(manager, {
        action: 'adjustment.proposal.decide',
        entityType: 'adjustment-proposal',
        entityId: id,
        before,
        after: {
          status: after.status,
          reason: after.decisionReason,
          effectiveOn: after.effectiveOn,
          rectificationDeadline: after.rectificationDeadline,
          decisionId: after.decisionId,
          applicationId: after.applicationId,
        },
      });
      return after;
    });
  }

  private async apply(
    manager: EntityManager,
    proposal: ProposalEntity,
    decision: Extract<ProposalDecision, { outcome: 'APPROVE' }>,
    actor: Actor,
  ): Promise<Partial<Omit<ProposalEntity, 'evidence' | 'ruleSet'>>> {
    try {
      if (proposal.kind === 'MEMBER_EXIT') {
        const application = await this.applications.file(
          manager,
          proposal.consortiumId,
          { organizationId: proposal.organizationId!, kind: 'EXPEL', exitReason: 'ADJUSTMENT', effectiveOn: decision.effectiveOn, statement: decision.reason },
          actor,
        );
        return { applicationId: application.id };
      }
      let rectificationDeadline: string | null = null;
      if (proposal.toStatus === 'PROBATION') {
        rectificationDeadline = decision.rectificationDeadline ?? proposal.rectificationDeadline;
        if (!rectificationDeadline || rectificationDeadline <= decision.effectiveOn) throw Errors.deadline(decision.effectiveOn);
      }
      const { decision: made, before } = await this.decisions.apply(
        manager,
        proposal.consortiumId,
        {
          toStatus: proposal.toStatus ?? undefined,
          toTier: proposal.toTier ?? undefined,
          effectiveOn: decision.effectiveOn,
          reason: decision.reason,
          ruleRef: `rule-set v${proposal.ruleSetVersion}, rule ${proposal.rule}`,
          roundRef: proposal.trigger,
          expectedStatus: proposal.fromStatus,
        },
        actor,
      );
      // Rolled back with everything else if the tier moved since the proposal was written.
      if (before.tier !== proposal.fromTier) throw Errors.stale(`the consortium is ${before.tier} now, not ${proposal.fromTier}`);
      return { decisionId: made.id, rectificationDeadline };
    } catch (error) {
      if (error instanceof DomainError && STALE_CODES.has(error.code)) throw Errors.stale(error.message);
      throw error;
    }
  }

  listRuleSets(): Promise<RuleSetEntity[]> {
    return this.dataSource.getRepository(RuleSetEntity).find({ order: { version: 'DESC' } });
  }

  /** A new version of the rule set; later runs use it, proposals keep the version that wrote them. */
  createRuleSet(command: { thresholds: StoredThresholds; note: string }, actor: Actor): Promise<RuleSetEntity> {
    // A new version is stored complete: a threshold left out takes its default.
    const thresholds = thresholdsOf(command.thresholds);
    const problem = thresholdsProblem(thresholds);
    if (problem) throw Errors.thresholds(problem.field, problem.message);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE adjustment_rule_set IN SHARE ROW EXCLUSIVE MODE`);
      const [{ next }] = await manager.query<{ next: number }[]>(`SELECT coalesce(max(version), 0) + 1 AS next FROM adjustment_rule_set`);
      await manager.insert(RuleSetEntity, { version: next, thresholds, note: command.note, createdBy: actorLabel(actor) });
      const created = (await manager.findOne(RuleSetEntity, { where: { version: next } }))!;
      await this.outbox.publish(manager, RuleSetCreated.of(String(next), { version: next, thresholds }));
      await this.audit.record(manager, {
        action: 'adjustment.rule-set.create',
        entityType: 'adjustment-rule-set',
        entityId: String(next),
        before: null,
        after: { version: next, note: command.note, thresholds },
      });
      return created;
    });
  }
}
