import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, AuditRecorder, checkIfMatch, DomainError, OutboxPublisher, PreconditionErrors, violatedConstraint } from '#platform';
import { ConsortiumLookup } from '#registry';
import { type PaperItem, resolvePaper } from '../domain/paper.js';
import { quarterOf, type RoundStatus, transitionProblem } from '../domain/round.js';
import { type Level, type SchemeDefinition, schemeProblem } from '../domain/scheme.js';
import { RoundEntity, RoundExtensionEntity, SchemeEntity, TargetOverrideEntity } from '../persistence/evaluation.entities.js';
import { PlatformAnswers } from './platform-answers.js';
import { ROUND_MOVED_EVENTS, RoundCreated, SchemeCreated, SchemeUpdated } from '../contracts/index.js';

/** The event of a move made by hand (`transitionProblem` allows no other). */
const roundMovedEvent = (to: RoundStatus) => {
  if (!(to in ROUND_MOVED_EVENTS)) throw new Error(`no event for a round moved to ${to} by hand`);
  return ROUND_MOVED_EVENTS[to as keyof typeof ROUND_MOVED_EVENTS];
};

export const EvaluationErrors = {
  schemeNotFound: () => new DomainError('NOT_FOUND', 'SCHEME_NOT_FOUND', 'No such scheme'),
  roundNotFound: () => new DomainError('NOT_FOUND', 'ROUND_NOT_FOUND', 'No such round'),
  schemeInUse: (scheme: { code: string; version: number }) =>
    new DomainError('CONFLICT', 'SCHEME_IN_USE', `${scheme.code} version ${scheme.version} is used by a round and frozen: create the next version instead`, [
      { field: 'schemeId', code: 'SCHEME_IN_USE', message: 'a round has opened with this version' },
    ]),
  roundCodeTaken: (code: string) =>
    new DomainError('CONFLICT', 'ROUND_CODE_TAKEN', `Round ${code} exists`, [{ field: 'code', code: 'DUPLICATE', message: `${code} exists` }]),
  invalidRoundCode: () =>
    new DomainError('INVALID', 'INVALID_ROUND_CODE', 'A round code is a quarter, YYYYQn', [
      { field: 'code', code: 'INVALID_ROUND_CODE', message: 'e.g. 2026Q3' },
    ]),
  consortiumNotFound: () => new DomainError('NOT_FOUND', 'CONSORTIUM_NOT_FOUND', 'No such consortium in that quarter'),
  unknownIndicator: (code: string) =>
    new DomainError('INVALID', 'UNKNOWN_INDICATOR', `"${code}" is not an indicator of this round's scheme`, [
      { field: 'indicatorCode', code: 'UNKNOWN_INDICATOR', message: code },
    ]),
  roundNotOpenForChange: (status: RoundStatus) =>
    new DomainError('CONFLICT', 'ROUND_NOT_OPEN', `The round is ${status}: this can only change while it is DRAFT, OPEN or CLOSED`),
  extensionTooEarly: () =>
    new DomainError('INVALID', 'EXTENSION_BEFORE_DEADLINE', 'An extension must end after the round’s deadline', [
      { field: 'until', code: 'EXTENSION_BEFORE_DEADLINE', message: 'after the deadline' },
    ]),
};

const actorLabel = (actor: Actor) => (actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);

export interface SchemeView {
  id: string;
  code: string;
  version: number;
  name: string;
  definition: SchemeDefinition;
  createdBy: string;
  createdAt: Date;
  usedAt: Date | null;
  /** 1, then one more per correction: the ETag is `"v<revision>"` (`version` is the scheme's own numbering). */
  revision: number;
}

export interface RoundView {
  id: string;
  code: string;
  schemeId: string;
  status: RoundStatus;
  periodStart: string;
  periodEnd: string;
  deadline: Date;
}

const schemeView = (s: SchemeEntity): SchemeView => ({
  id: s.id,
  code: s.code,
  version: s.version,
  name: s.name,
  definition: s.definition,
  createdBy: s.createdBy,
  createdAt: s.createdAt,
  usedAt: s.usedAt,
  revision: s.revision,
});
const roundView = (r: RoundEntity): RoundView => ({
  id: r.id,
  code: r.code,
  schemeId: r.schemeId,
  status: r.status,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  deadline: r.deadline,
});
const EDITABLE: RoundStatus[] = ['DRAFT', 'OPEN', 'CLOSED'];

/**
 * Schemes (考核方案) and rounds of the 赛马比拼. A scheme is never edited: a change is a new version
 * of the same code, and a version is frozen once a round opens with it.
 */
@Injectable()
export class SchemesAndRoundsUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly consortia: ConsortiumLookup,
    private readonly platform: PlatformAnswers,
  ) {}

  async createScheme(command: { code: string; name: string; definition: SchemeDefinition }, actor: Actor): Promise<SchemeView> {
    const problem = schemeProblem(command.definition);
    if (problem) throw problem;
    this.platform.assertKnownMetrics(command.definition);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('evaluation_scheme:' || $1))`, [command.code]);
      const [{ next }] = await manager.query<{ next: number }[]>(`SELECT coalesce(max(version), 0) + 1 AS next FROM evaluation_scheme WHERE code = $1`, [
        command.code,
      ]);
      const scheme = await manager.save(manager.create(SchemeEntity, { ...command, version: next, createdBy: actorLabel(actor) }));
      const view = schemeView((await manager.findOne(SchemeEntity, { where: { id: scheme.id } }))!);
      await this.outbox.publish(manager, SchemeCreated.of(view.id, { id: view.id, code: view.code, version: view.version }));
      await this.audit.record(manager, {
        action: 'evaluation.scheme.create',
        entityType: 'scheme',
        entityId: view.id,
        before: null,
        after: { code: view.code, version: view.version, name: view.name, indicators: view.definition.indicators.length },
      });
      return view;
    });
  }

  /**
   * Corrects a version that no round has used. Once a round has opened with it, it is frozen
   * (409 SCHEME_IN_USE; the database refuses the change too): a change is the next version.
   */
  /** `ifMatch`: the ETag (`"v<revision>"`) of the caller's last read — 428 without, 412 when the scheme was corrected since. */
  async updateScheme(id: string, command: { name: string; definition: SchemeDefinition }, ifMatch: string | undefined): Promise<SchemeView> {
    const problem = schemeProblem(command.definition);
    if (problem) throw problem;
    this.platform.assertKnownMetrics(command.definition);
    return this.dataSource.transaction(async (manager) => {
      const scheme = await manager.findOne(SchemeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!scheme) throw EvaluationErrors.schemeNotFound();
      checkIfMatch(ifMatch, scheme.revision);
      if (scheme.usedAt) throw EvaluationErrors.schemeInUse(scheme);
      const before = schemeView(scheme);
      await manager.update(SchemeEntity, { id }, { name: command.name, definition: command.definition, revision: scheme.revision + 1 });
      const view = schemeView((await manager.findOne(SchemeEntity, { where: { id } }))!);
      await this.outbox.publish(manager, SchemeUpdated.of(id, { id, code: view.code, version: view.version }));
      await this.audit.record(manager, {
        action: 'evaluation.scheme.update',
        entityType: 'scheme',
        entityId: id,
        before: { name: before.name, definition: before.definition },
        after: { name: view.name, definition: view.definition },
      });
      return view;
    });
  }

  async listSchemes(): Promise<SchemeView[]> {
    return (await this.dataSource.getRepository(SchemeEntity).find({ order: { code: 'ASC', version: 'DESC' } })).map(schemeView);
  }

  async getScheme(id: string): Promise<SchemeView> {
    const scheme = await this.dataSource.getRepository(SchemeEntity).findOne({ where: { id } });
    if (!scheme) throw EvaluationErrors.schemeNotFound();
    return schemeView(scheme);
  }

  async createRound(command: { code: string; schemeId: string; deadline: Date }): Promise<RoundView> {
    const quarter = quarterOf(command.code);
    if (!quarter) throw EvaluationErrors.invalidRoundCode();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const scheme = await manager.findOne(SchemeEntity, { where: { id: command.schemeId } });
        if (!scheme) throw EvaluationErrors.schemeNotFound();
        const round = await manager.save(
          manager.create(RoundEntity, {
            code: command.code,
            schemeId: scheme.id,
            periodStart: quarter.start,
            periodEnd: quarter.end,
            deadline: command.deadline,
          }),
        );
        const view = roundView((await manager.findOne(RoundEntity, { where: { id: round.id } }))!);
        await this.outbox.publish(manager, RoundCreated.of(view.id, { id: view.id, code: view.code, schemeId: view.schemeId }));
        await this.audit.record(manager, {
          action: 'evaluation.round.create',
          entityType: 'round',
          entityId: view.id,
          before: null,
          after: { ...view, deadline: view.deadline.toISOString() },
        });
        return view;
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'uq_evaluation_round_code') throw EvaluationErrors.roundCodeTaken(command.code);
      throw error;
    }
  }

  /** DRAFT → OPEN (freezes the scheme version), OPEN → CLOSED, CLOSED → OPEN. */
  transitionRound(id: string, to: RoundStatus): Promise<RoundView> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(RoundEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw EvaluationErrors.roundNotFound();
      const problem = transitionProblem(round.status, to);
      if (problem) throw problem;
      const before = roundView(round);
      await manager.update(RoundEntity, { id }, { status: to, updatedAt: new Date() });
      if (to === 'OPEN') await manager.query(`UPDATE evaluation_scheme SET used_at = coalesce(used_at, now()) WHERE id = $1`, [round.schemeId]);
      // Values from the platform are taken a last time as the round closes; after that they stand.
      if (to === 'CLOSED') await this.platform.refreshRound(manager, round);
      const after = roundView((await manager.findOne(RoundEntity, { where: { id } }))!);
      await this.outbox.publish(manager, roundMovedEvent(to).of(id, { id, code: after.code, status: to }));
      await this.audit.record(manager, {
        action: 'evaluation.round.transition',
        entityType: 'round',
        entityId: id,
        before: { status: before.status },
        after: { status: after.status },
      });
      return after;
    });
  }

  async listRounds(): Promise<RoundView[]> {
    return (await this.dataSource.getRepository(RoundEntity).find({ order: { periodStart: 'DESC' } })).map(roundView);
  }

  async getRound(id: string): Promise<RoundView> {
    const round = await this.dataSource.getRepository(RoundEntity).findOne({ where: { id } });
    if (!round) throw EvaluationErrors.roundNotFound();
    return roundView(round);
  }

  /** A later deadline for one consortium (with the reason), while the round is not being scored. */
  /**
   * One consortium's later deadline. As organizations do: the first extension needs no `ifMatch`;
   * changing one needs its ETag (428 without, 412 when stale); `ifMatch` with none yet is 412.
   */
  grantExtension(roundId: string, command: { consortiumId: string; until: Date; reason: string }, actor: Actor, ifMatch: string | undefined) {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw EvaluationErrors.roundNotFound();
      if (!EDITABLE.includes(round.status)) throw EvaluationErrors.roundNotOpenForChange(round.status);
      if (!(await this.consortia.stateOn(command.consortiumId, round.periodEnd))) throw EvaluationErrors.consortiumNotFound();
      if (command.until <= round.deadline) throw EvaluationErrors.extensionTooEarly();
      // The round's row lock (above) serialises every write of its extensions.
      const before = await manager.findOne(RoundExtensionEntity, { where: { roundId, consortiumId: command.consortiumId } });
      if (before) checkIfMatch(ifMatch, before.version);
      else if (ifMatch !== undefined) throw PreconditionErrors.stale(null);
      const version = (before?.version ?? 0) + 1;
      await manager.upsert(RoundExtensionEntity, { roundId, ...command, grantedBy: actorLabel(actor), grantedAt: new Date(), version }, [
        'roundId',
        'consortiumId',
      ]);
      const after = { consortiumId: command.consortiumId, until: command.until.toISOString(), reason: command.reason };
      await this.audit.record(manager, {
        action: 'evaluation.round.extend',
        entityType: 'round',
        entityId: roundId,
        before: before ? { consortiumId: before.consortiumId, until: before.until.toISOString(), reason: before.reason } : null,
        after,
      });
      return { ...after, version };
    });
  }

  /** Overrides one indicator's target on one consortium's paper (the task force may, DESIGN §3). */
  setTargetOverride(
    roundId: string,
    command: { consortiumId: string; indicatorCode: string; target: number; reason: string },
    actor: Actor,
    ifMatch: string | undefined,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw EvaluationErrors.roundNotFound();
      if (!EDITABLE.includes(round.status)) throw EvaluationErrors.roundNotOpenForChange(round.status);
      const scheme = (await manager.findOne(SchemeEntity, { where: { id: round.schemeId } }))!;
      if (!scheme.definition.indicators.some((i) => i.code === command.indicatorCode)) throw EvaluationErrors.unknownIndicator(command.indicatorCode);
      if (!(await this.consortia.stateOn(command.consortiumId, round.periodEnd))) throw EvaluationErrors.consortiumNotFound();
      // As for extensions: the first override needs no If-Match, a change needs its ETag.
      const before = await manager.findOne(TargetOverrideEntity, {
        where: { roundId, consortiumId: command.consortiumId, indicatorCode: command.indicatorCode },
      });
      if (before) checkIfMatch(ifMatch, before.version);
      else if (ifMatch !== undefined) throw PreconditionErrors.stale(null);
      const version = (before?.version ?? 0) + 1;
      await manager.upsert(TargetOverrideEntity, { roundId, ...command, setBy: actorLabel(actor), setAt: new Date(), version }, [
        'roundId',
        'consortiumId',
        'indicatorCode',
      ]);
      await this.audit.record(manager, {
        action: 'evaluation.target.override',
        entityType: 'round',
        entityId: roundId,
        before: before ? { consortiumId: before.consortiumId, indicatorCode: before.indicatorCode, target: before.target } : null,
        after: { consortiumId: command.consortiumId, indicatorCode: command.indicatorCode, target: command.target, reason: command.reason },
      });
      return { consortiumId: command.consortiumId, indicatorCode: command.indicatorCode, target: command.target, reason: command.reason, version };
    });
  }

  /** 考卷: the consortium's paper for the round — its level at the quarter's end, targets resolved, its deadline. */
  async paper(
    roundId: string,
    consortiumId: string,
  ): Promise<{
    roundId: string;
    consortiumId: string;
    level: Level;
    deadline: Date;
    extended: boolean;
    extensionVersion: number | null;
    targetOverrideVersions: Record<string, number>;
    items: PaperItem[];
  }> {
    const round = await this.dataSource.getRepository(RoundEntity).findOne({ where: { id: roundId } });
    if (!round) throw EvaluationErrors.roundNotFound();
    const state = await this.consortia.stateOn(consortiumId, round.periodEnd);
    if (!state) throw EvaluationErrors.consortiumNotFound();
    const scheme = (await this.dataSource.getRepository(SchemeEntity).findOne({ where: { id: round.schemeId } }))!;
    const overrides = await this.dataSource.getRepository(TargetOverrideEntity).find({ where: { roundId, consortiumId } });
    const extension = await this.dataSource.getRepository(RoundExtensionEntity).findOne({ where: { roundId, consortiumId } });
    return {
      roundId,
      consortiumId,
      level: state.level,
      deadline: extension?.until ?? round.deadline,
      extended: Boolean(extension),
      // The ETags ("v<version>") a change of the extension or of an override must send in If-Match.
      extensionVersion: extension?.version ?? null,
      targetOverrideVersions: Object.fromEntries(overrides.map((o) => [o.indicatorCode, o.version])),
      items: resolvePaper(scheme.definition, state.level, new Map(overrides.map((o) => [o.indicatorCode, o.target]))),
    };
  }
}
