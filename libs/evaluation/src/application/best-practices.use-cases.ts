import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, AuditRecorder, checkIfMatch, DomainError, hasRole, OutboxPublisher, PreconditionErrors } from '#platform';
import { ConsortiumLookup, ParticipationRecorder } from '#registry';
import { type BestPracticeStatus, JUDGING_STATUSES, meanScore, selectionProblem, SUBMISSION_STATUSES } from '../domain/best-practice.js';
import type { RoundStatus } from '../domain/round.js';
import { BestPracticeEntity, BestPracticeReviewEntity } from '../persistence/best-practice.entities.js';
import { RoundEntity, SchemeEntity } from '../persistence/evaluation.entities.js';
import { EvaluationErrors } from './schemes-and-rounds.use-cases.js';
import { BEST_PRACTICE_JUDGED_EVENTS, BestPracticeSubmitted } from '../contracts/index.js';

export interface ReviewView {
  reviewer: string;
  score: number;
  comment: string;
  reviewedAt: Date;
  /** The review's ETag is `"v<version>"`: its reviewer sends it back to revise it. */
  version: number;
}

export interface BestPracticeView {
  id: string;
  roundId: string;
  consortiumId: string;
  level: string;
  title: string;
  summary: string;
  dimension: string;
  evidence: string[];
  /** Member units the case names (organization ids). */
  participants: string[];
  status: BestPracticeStatus;
  submittedAt: Date;
  updatedAt: Date;
  shortlistedAt: Date | null;
  selectedAt: Date | null;
  version: number;
  /** Reviewers' scores: for the task force and administrators only. */
  reviews?: ReviewView[];
  meanScore?: number | null;
}

const view = (e: BestPracticeEntity): BestPracticeView => ({
  id: e.id,
  roundId: e.roundId,
  consortiumId: e.consortiumId,
  level: e.level,
  title: e.title,
  summary: e.summary,
  dimension: e.dimension,
  evidence: e.evidence,
  participants: e.participants,
  status: e.status,
  submittedAt: e.submittedAt,
  updatedAt: e.updatedAt,
  shortlistedAt: e.shortlistedAt,
  selectedAt: e.selectedAt,
  version: e.version,
});

const state = (v: BestPracticeView) => ({
  status: v.status,
  level: v.level,
  title: v.title,
  summary: v.summary,
  dimension: v.dimension,
  evidence: v.evidence,
  participants: v.participants,
});
const actorLabel = (actor: Actor) => (actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);

const Errors = {
  notFound: () => new DomainError('NOT_FOUND', 'BEST_PRACTICE_NOT_FOUND', 'No best-practice case of this consortium in this round'),
  windowClosed: (status: RoundStatus) =>
    new DomainError('CONFLICT', 'BEST_PRACTICE_WINDOW_CLOSED', `Cases are taken while the round is OPEN; it is ${status}`, [
      { field: 'status', code: 'BEST_PRACTICE_WINDOW_CLOSED', message: status },
    ]),
  notJudging: (status: RoundStatus) =>
    new DomainError('CONFLICT', 'ROUND_NOT_IN_REVIEW', `Cases are judged after the round closes and before it is published; it is ${status}`, [
      { field: 'status', code: 'ROUND_NOT_IN_REVIEW', message: status },
    ]),
  locked: (status: BestPracticeStatus) =>
    new DomainError('CONFLICT', 'BEST_PRACTICE_LOCKED', `A ${status} case can no longer be changed`, [
      { field: 'status', code: 'BEST_PRACTICE_LOCKED', message: status },
    ]),
  wrongStatus: (status: BestPracticeStatus, action: string) =>
    new DomainError('CONFLICT', 'BEST_PRACTICE_STATUS', `A ${status} case cannot be ${action}`, [
      { field: 'status', code: 'BEST_PRACTICE_STATUS', message: status },
    ]),
  unknownDimension: (code: string, known: string[]) =>
    new DomainError('INVALID', 'UNKNOWN_DIMENSION', `"${code}" is not a dimension of this round's scheme`, [
      { field: 'dimension', code: 'UNKNOWN_DIMENSION', message: `one of ${known.join(', ')}` },
    ]),
  evidenceNotOnSheet: (indexes: number[]) =>
    new DomainError(
      'INVALID',
      'EVIDENCE_NOT_ON_SHEET',
      'Evidence must be a file the consortium attached to its answer sheet in this round',
      indexes.map((i) => ({ field: `evidence[${i}]`, code: 'EVIDENCE_NOT_ON_SHEET', message: 'not attached to this consortium’s answer sheet in this round' })),
    ),
};

/**
 * 最佳实践 ("一个季度一项最佳实践"): while the round is open each consortium's secretariat submits
 * one case (title, summary, the dimension it illustrates, evidence files from its answer sheet)
 * and may rewrite it; once the round has closed the task force shortlists cases, each reviewer
 * scores a shortlisted case (0–100, one score per reviewer, revisable), and one case per level is
 * selected — the one with the highest mean review score. The selected cases are published with
 * the round's ranking (晾晒); after publication nothing changes.
 */
@Injectable()
export class BestPracticesUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly consortia: ConsortiumLookup,
    private readonly participation: ParticipationRecorder,
  ) {}

  async submit(
    roundId: string,
    consortiumId: string,
    command: { title: string; summary: string; dimension: string; evidence: string[]; participants: string[] },
    actor: Actor,
    ifMatch: string | undefined,
  ): Promise<BestPracticeView> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_read' } });
      if (!round) throw EvaluationErrors.roundNotFound();
      if (!SUBMISSION_STATUSES.includes(round.status)) throw Errors.windowClosed(round.status);
      const consortium = await this.consortia.stateOn(consortiumId, round.periodEnd);
      if (!consortium) throw EvaluationErrors.consortiumNotFound();
      const scheme = (await manager.findOne(SchemeEntity, { where: { id: round.schemeId } }))!;
      const dimensions = scheme.definition.dimensions.map((d) => d.code);
      if (!dimensions.includes(command.dimension)) throw Errors.unknownDimension(command.dimension, dimensions);
      const evidence = [...new Set(command.evidence)];
      if (evidence.length) {
        const attached: { sha256: string }[] = await manager.query(
          `SELECT DISTINCT e.sha256 FROM answer_sheet_evidence e JOIN answer_sheet s ON s.id = e.answer_sheet_id
            WHERE s.round_id = $1 AND s.consortium_id = $2 AND e.sha256 = ANY($3)`,
          [roundId, consortiumId, evidence],
        );
        const known = new Set(attached.map((a) => a.sha256));
        const missing = command.evidence.flatMap((sha, i) => (known.has(sha) ? [] : [i]));
        if (missing.length) throw Errors.evidenceNotOnSheet(missing);
      }
      const existing = await manager.findOne(BestPracticeEntity, { where: { roundId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      // As organizations do: the first PUT creates the case; rewriting it needs its ETag.
      if (existing) checkIfMatch(ifMatch, existing.version);
      else if (ifMatch !== undefined) throw PreconditionErrors.stale(null);
      if (existing && existing.status !== 'SUBMITTED') throw Errors.locked(existing.status);
      const participants = [...new Set(command.participants)];
      const fields = { level: consortium.level, title: command.title, summary: command.summary, dimension: command.dimension, evidence, participants };
      if (existing) await manager.update(BestPracticeEntity, { id: existing.id }, { ...fields, updatedAt: new Date(), version: existing.version + 1 });
      else {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(BestPracticeEntity)
          .values({ roundId, consortiumId, ...fields })
          .orIgnore()
          .execute();
        // Submitted by a concurrent first PUT since the read above: this caller has not seen it (as organizations).
        if ((inserted.raw as unknown[]).length === 0) throw PreconditionErrors.ifMatchRequired();
      }
      const after = view((await manager.findOne(BestPracticeEntity, { where: { roundId, consortiumId } }))!);
      // Each member unit the case names took part in the round's quarter (the registry checks it was a member then).
      await this.participation.record(
        manager,
        participants.map((organizationId) => ({ consortiumId, organizationId, quarter: round.code, source: 'BEST_PRACTICE' as const, ref: after.id })),
        actorLabel(actor),
        (i) => `participants[${command.participants.indexOf(participants[i])}]`,
      );
      await this.outbox.publish(
        manager,
        BestPracticeSubmitted.of(after.id, {
          id: after.id,
          roundId,
          consortiumId,
          level: after.level,
          title: after.title,
          participants: after.participants,
          version: after.version,
        }),
      );
      await this.audit.record(manager, {
        action: 'evaluation.best-practice.submit',
        entityType: 'best-practice',
        entityId: after.id,
        before: existing ? state(view(existing)) : null,
        after: state(after),
      });
      return after;
    });
  }

  /** One case; reviews are shown to the task force and administrators, not to the secretariat. */
  async get(roundId: string, consortiumId: string, actor: Actor): Promise<BestPracticeView> {
    const found = await this.dataSource.getRepository(BestPracticeEntity).findOne({ where: { roundId, consortiumId } });
    if (!found) throw Errors.notFound();
    return hasRole(actor, 'taskforce', 'admin') ? (await this.withReviews([found]))[0] : view(found);
  }

  /** Every case of a round, by level, with reviews and mean score (task force, administrators). */
  async list(roundId: string): Promise<BestPracticeView[]> {
    if (!(await this.dataSource.getRepository(RoundEntity).exists({ where: { id: roundId } }))) throw EvaluationErrors.roundNotFound();
    const cases = await this.dataSource.getRepository(BestPracticeEntity).find({ where: { roundId }, order: { level: 'ASC', submittedAt: 'ASC' } });
    return this.withReviews(cases);
  }

  shortlist(roundId: string, consortiumId: string): Promise<BestPracticeView> {
    return this.judge(roundId, consortiumId, async (manager, found) => {
      if (found.status !== 'SUBMITTED') throw Errors.wrongStatus(found.status, 'shortlisted');
      await manager.update(
        BestPracticeEntity,
        { id: found.id },
        { status: 'SHORTLISTED', shortlistedAt: new Date(), updatedAt: new Date(), version: found.version + 1 },
      );
      return this.changed(manager, found, 'shortlisted', 'shortlist');
    });
  }

  /**
   * The acting reviewer's score of a shortlisted case; a second call revises it. The first review
   * needs no `ifMatch`; revising it needs the review's ETag (428 without, 412 when stale). Answers
   * the case and the version of the acting reviewer's review (its ETag).
   */
  async review(
    roundId: string,
    consortiumId: string,
    command: { score: number; comment: string },
    actor: Actor,
    ifMatch: string | undefined,
  ): Promise<{ view: BestPracticeView; version: number }> {
    let version = 0;
    const reviewed = await this.judge(roundId, consortiumId, async (manager, found) => {
      if (found.status !== 'SHORTLISTED') throw Errors.wrongStatus(found.status, 'reviewed');
      const reviewer = actorLabel(actor);
      const before = await manager.findOne(BestPracticeReviewEntity, { where: { bestPracticeId: found.id, reviewer }, lock: { mode: 'pessimistic_write' } });
      if (before) checkIfMatch(ifMatch, before.version);
      else if (ifMatch !== undefined) throw PreconditionErrors.stale(null);
      version = (before?.version ?? 0) + 1;
      await manager.upsert(
        BestPracticeReviewEntity,
        { bestPracticeId: found.id, reviewer, score: command.score, comment: command.comment, reviewedAt: new Date(), version },
        ['bestPracticeId', 'reviewer'],
      );
      await this.audit.record(manager, {
        action: 'evaluation.best-practice.review',
        entityType: 'best-practice',
        entityId: found.id,
        before: before ? { reviewer, score: before.score, comment: before.comment } : null,
        after: { reviewer, score: command.score, comment: command.comment },
      });
      return (await this.withReviews([found], manager))[0];
    });
    return { view: reviewed, version };
  }

  /** Selects the level's best practice of the round (see `selectionProblem` for the rule). */
  select(roundId: string, consortiumId: string, actor: Actor): Promise<BestPracticeView> {
    return this.judge(roundId, consortiumId, async (manager, found) => {
      // Cases of the level, locked so two selections in one level cannot both pass the check.
      const level = await manager.find(BestPracticeEntity, { where: { roundId, level: found.level }, lock: { mode: 'pessimistic_write' } });
      const reviewed = await this.withReviews(level, manager);
      const problem = selectionProblem(
        reviewed.map((c) => ({ consortiumId: c.consortiumId, status: c.status, scores: c.reviews!.map((r) => r.score) })),
        consortiumId,
      );
      if (problem) throw problem;
      await manager.update(
        BestPracticeEntity,
        { id: found.id },
        { status: 'SELECTED', selectedAt: new Date(), selectedBy: actorLabel(actor), updatedAt: new Date(), version: found.version + 1 },
      );
      return this.changed(manager, found, 'selected', 'select');
    });
  }

  private judge(
    roundId: string,
    consortiumId: string,
    work: (manager: EntityManager, found: BestPracticeEntity) => Promise<BestPracticeView>,
  ): Promise<BestPracticeView> {
    return this.dataSource.transaction(async (manager) => {
      // A share lock on the round: publication (which takes it for update) waits for judging to end.
      const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_read' } });
      if (!round) throw EvaluationErrors.roundNotFound();
      if (!JUDGING_STATUSES.includes(round.status)) throw Errors.notJudging(round.status);
      const found = await manager.findOne(BestPracticeEntity, { where: { roundId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw Errors.notFound();
      return work(manager, found);
    });
  }

  private async changed(
    manager: EntityManager,
    before: BestPracticeEntity,
    event: keyof typeof BEST_PRACTICE_JUDGED_EVENTS,
    action: string,
  ): Promise<BestPracticeView> {
    const after = view((await manager.findOne(BestPracticeEntity, { where: { id: before.id } }))!);
    await this.outbox.publish(
      manager,
      BEST_PRACTICE_JUDGED_EVENTS[event].of(after.id, {
        id: after.id,
        roundId: after.roundId,
        consortiumId: after.consortiumId,
        level: after.level,
        status: after.status,
      }),
    );
    await this.audit.record(manager, {
      action: `evaluation.best-practice.${action}`,
      entityType: 'best-practice',
      entityId: after.id,
      before: state(view(before)),
      after: state(after),
    });
    return (await this.withReviews([(await manager.findOne(BestPracticeEntity, { where: { id: before.id } }))!], manager))[0];
  }

  private async withReviews(cases: BestPracticeEntity[], manager: EntityManager = this.dataSource.manager): Promise<BestPracticeView[]> {
    const reviews = cases.length
      ? await manager.find(BestPracticeReviewEntity, { where: cases.map((c) => ({ bestPracticeId: c.id })), order: { reviewedAt: 'ASC' } })
      : [];
    return cases.map((c) => {
      const mine = reviews
        .filter((r) => r.bestPracticeId === c.id)
        .map((r) => ({ reviewer: r.reviewer, score: r.score, comment: r.comment, reviewedAt: r.reviewedAt, version: r.version }));
      return { ...view(c), reviews: mine, meanScore: meanScore(mine.map((r) => r.score)) };
    });
  }
}
