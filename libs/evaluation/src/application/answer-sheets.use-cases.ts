import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, AuditRecorder, checkIfMatch, DomainError, OutboxPublisher, PreconditionErrors } from '#platform';
import { ConsortiumLookup, type Level } from '#registry';
import {
  type AnswerPatch,
  answerProblems,
  type Answers,
  type AnswerWarning,
  applyAnswerPatch,
  removedAnswersWarning,
  type ReviewComment,
  type SheetStatus,
} from '../domain/answer-sheet.js';
import { contentMatchesType, type EvidenceMediaType } from '../domain/evidence.js';
import { platformCodesIn, type PlatformFact } from '../domain/platform-value.js';
import { AnswerSheetEntity, RoundEntity } from '../persistence/evaluation.entities.js';
import { PlatformAnswers } from './platform-answers.js';
import { EvaluationErrors, SchemesAndRoundsUseCases } from './schemes-and-rounds.use-cases.js';
import { SHEET_MOVED_EVENTS } from '../contracts/index.js';

export interface EvidenceView {
  indicatorCode: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface AnswerSheetView {
  id: string;
  roundId: string;
  consortiumId: string;
  status: SheetStatus;
  answers: Answers;
  comments: ReviewComment[];
  late: boolean;
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
  version: number;
  /** The task force's reason when it reopened the sheet for a correction after the round closed. */
  correction: { reason: string; reopenedAt: Date; reopenedBy: string | null } | null;
  evidence?: EvidenceView[];
  /** What a save did that the caller may not have meant (answers a PUT removed). */
  warnings?: AnswerWarning[];
  /** The round's code and the consortium's current name beside their ids (joined in when read). */
  roundCode: string | null;
  consortiumName: string | null;
  /** Where each answer comes from: the platform's facts (PLATFORM), or the secretariat. */
  sources: Record<string, 'PLATFORM' | 'SECRETARIAT'>;
  /** The answers taken from the platform, each with the facts that show it (evidence). */
  platformAnswers: PlatformAnswerView[];
}

export interface PlatformAnswerView {
  indicatorCode: string;
  source: 'PLATFORM';
  metric: string;
  value: number | null;
  from: string;
  to: string;
  computedAt: string;
  facts: PlatformFact[];
}

/** 答卷一览: where one listed consortium's sheet stands in a round, for the task force. */
export type OverviewStatus = 'NOT_STARTED' | SheetStatus;
export const OVERVIEW_STATUSES: readonly OverviewStatus[] = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];

export interface SheetOverviewItem {
  consortiumId: string;
  consortiumName: string;
  level: Level | null;
  sheetStatus: OverviewStatus;
  late: boolean;
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date | null;
  answeredCount: number;
  evidenceCount: number;
  deadline: Date;
  extended: boolean;
}

export interface SheetOverview {
  roundId: string;
  roundCode: string;
  roundStatus: string;
  deadline: Date;
  counts: Record<OverviewStatus, number> & { total: number; late: number };
  items: SheetOverviewItem[];
}

export interface EvidenceDownload {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  content: Buffer;
}

type Names = Pick<AnswerSheetView, 'roundCode' | 'consortiumName'>;

const view = (e: AnswerSheetEntity, names: Names = { roundCode: null, consortiumName: null }): AnswerSheetView => ({
  id: e.id,
  roundId: e.roundId,
  roundCode: names.roundCode,
  consortiumId: e.consortiumId,
  consortiumName: names.consortiumName,
  status: e.status,
  answers: e.answers,
  comments: e.comments,
  late: e.late,
  submittedAt: e.submittedAt,
  decidedAt: e.decidedAt,
  updatedAt: e.updatedAt,
  version: e.version,
  correction: e.correctionReason !== null && e.reopenedAt !== null ? { reason: e.correctionReason, reopenedAt: e.reopenedAt, reopenedBy: e.reopenedBy } : null,
  sources: Object.fromEntries<'PLATFORM' | 'SECRETARIAT'>([
    ...Object.keys(e.answers).map((code) => [code, 'SECRETARIAT'] as const),
    ...Object.keys(e.platform ?? {}).map((code) => [code, 'PLATFORM'] as const),
  ]),
  platformAnswers: Object.entries(e.platform ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([indicatorCode, p]) => ({
      indicatorCode,
      source: 'PLATFORM' as const,
      metric: p.metric,
      value: p.value,
      from: p.from,
      to: p.to,
      computedAt: p.computedAt,
      facts: p.facts,
    })),
});

/** One sheet with its round's code and its consortium's name, in one query; undefined when there is none. */
async function readSheet(manager: EntityManager, where: { id: string } | { roundId: string; consortiumId: string }): Promise<AnswerSheetView | undefined> {
  const qb = manager
    .getRepository(AnswerSheetEntity)
    .createQueryBuilder('s')
    .innerJoin(RoundEntity, 'r', 'r.id = s.roundId')
    .leftJoin('consortium', 'c', 'c.id = s.consortium_id')
    .addSelect('r.code', 'round_code')
    .addSelect('c.name', 'consortium_name');
  if ('id' in where) qb.where('s.id = :id', { id: where.id });
  else qb.where('s.roundId = :roundId AND s.consortiumId = :consortiumId', where);
  const { entities, raw } = await qb.getRawAndEntities<{ round_code: string; consortium_name: string | null }>();
  return entities[0] && view(entities[0], { roundCode: raw[0].round_code, consortiumName: raw[0].consortium_name ?? null });
}

const state = (s: AnswerSheetView) => ({
  status: s.status,
  answers: s.answers,
  late: s.late,
  comments: s.comments,
  correctionReason: s.correction?.reason ?? null,
});

/** Reopened by the task force for a correction after the round closed, and not yet submitted again. */
const underCorrection = (sheet: AnswerSheetEntity) => sheet.correctionReason !== null && sheet.status === 'RETURNED';

const SheetErrors = {
  notFound: () => new DomainError('NOT_FOUND', 'ANSWER_SHEET_NOT_FOUND', 'No answer sheet for this consortium in this round'),
  evidenceRequired: (codes: string[]) =>
    new DomainError(
      'INVALID',
      'EVIDENCE_REQUIRED',
      `Evidence is required for: ${codes.join(', ')}`,
      codes.map((code) => ({ field: `evidence.${code}`, code: 'EVIDENCE_REQUIRED', message: `${code} needs an evidence file` })),
    ),
  typeMismatch: (mediaType: string) =>
    new DomainError('INVALID', 'EVIDENCE_TYPE_MISMATCH', `The file is not a ${mediaType}`, [
      { field: 'body', code: 'EVIDENCE_TYPE_MISMATCH', message: `content does not look like ${mediaType}` },
    ]),
  invalid: (details: { field?: string; code: string; message: string; zh?: string }[]) =>
    new DomainError(
      'INVALID',
      'INVALID_ANSWERS',
      {
        en: `Invalid answers: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`,
        zh: `答卷有误：${details.map((d) => `${d.field}：${d.zh ?? d.message}`).join('；')}`,
      },
      details,
    ),
  wrongStatus: (status: SheetStatus, action: string) =>
    new DomainError('CONFLICT', 'ANSWER_SHEET_STATUS', `An answer sheet that is ${status} cannot be ${action}`),
  platformValue: (codes: string[]) =>
    new DomainError(
      'INVALID',
      'PLATFORM_VALUE_READ_ONLY',
      { en: `Taken from the platform, not answered: ${codes.join(', ')}`, zh: `以下指标取自平台数据，不能填报或改写：${codes.join('、')}` },
      codes.map((code) => ({ field: `answers.${code}`, code: 'PLATFORM_VALUE_READ_ONLY', message: `${code} 取自平台（来源 PLATFORM），由平台事实更新` })),
    ),
  roundClosed: () =>
    new DomainError('CONFLICT', 'ROUND_NOT_ACCEPTING_ANSWERS', 'The round does not accept answers now (it is not open, and no extension runs)'),
  notCorrectable: (status: string) =>
    new DomainError(
      'CONFLICT',
      'ROUND_NOT_CORRECTABLE',
      `A sheet of a ${status} round cannot be reopened: an accepted one while the round is open, a submitted or accepted one once it is closed, scored or published, and none while it is being scored`,
      [{ field: 'status', code: 'ROUND_NOT_CORRECTABLE', message: status }],
    ),
  evidenceNotFound: () => new DomainError('NOT_FOUND', 'EVIDENCE_NOT_FOUND', 'This answer sheet cites no evidence file with this SHA-256'),
};

/** Rounds whose sheets the task force may reopen for a correction (before that, returning a submitted sheet is the way). */
const CORRECTABLE_ROUNDS = ['CLOSED', 'SCORED', 'PUBLISHED'];
const actorLabel = (actor: Actor) => (actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);

/**
 * 答卷: the secretariat fills in and submits its consortium's answers while the round is open (or
 * its extension runs); answers are checked against the paper; a submission after the deadline is
 * accepted and flagged late; the task force returns a sheet for correction with comments, or
 * accepts it.
 */
@Injectable()
export class AnswerSheetsUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: SchemesAndRoundsUseCases,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly consortia: ConsortiumLookup,
    private readonly platform: PlatformAnswers,
  ) {}

  async get(roundId: string, consortiumId: string): Promise<AnswerSheetView> {
    await this.followPlatform(roundId, consortiumId);
    const sheet = await readSheet(this.dataSource.manager, { roundId, consortiumId });
    if (!sheet) throw SheetErrors.notFound();
    return { ...sheet, evidence: await this.evidenceOf(this.dataSource.manager, sheet.id) };
  }

  /** While the round is open, a sheet's platform values follow the facts (a corrected fact shows at the next read). */
  private async followPlatform(roundId: string, consortiumId: string): Promise<void> {
    const round = await this.dataSource.getRepository(RoundEntity).findOne({ where: { id: roundId } });
    if (round?.status !== 'OPEN') return;
    if (!(await this.platform.platformItems(this.dataSource.manager, round, consortiumId)).size) return;
    await this.dataSource.transaction(async (manager) => {
      const sheet = await manager.findOne(AnswerSheetEntity, { where: { roundId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      if (sheet) await this.platform.refresh(manager, round, sheet);
    });
  }

  private async evidenceOf(manager: EntityManager, sheetId: string): Promise<EvidenceView[]> {
    const rows: { indicator_code: string; sha256: string; file_name: string; media_type: string; size_bytes: number }[] = await manager.query(
      `SELECT e.indicator_code, e.sha256, e.file_name, f.media_type, f.size_bytes
         FROM answer_sheet_evidence e JOIN evidence_file f ON f.sha256 = e.sha256
        WHERE e.answer_sheet_id = $1 ORDER BY e.indicator_code, e.attached_at`,
      [sheetId],
    );
    return rows.map((r) => ({ indicatorCode: r.indicator_code, sha256: r.sha256, fileName: r.file_name, mediaType: r.media_type, sizeBytes: r.size_bytes }));
  }

  /**
   * Attaches an evidence file to one indicator of a sheet being filled in. The file is stored once
   * by its SHA-256 (the same file cited twice is one row) and must really be of its declared type.
   */
  async attachEvidence(
    roundId: string,
    consortiumId: string,
    command: { indicatorCode: string; fileName: string; mediaType: EvidenceMediaType; content: Buffer },
    actor: Actor,
  ): Promise<AnswerSheetView> {
    if (!contentMatchesType(command.content, command.mediaType)) throw SheetErrors.typeMismatch(command.mediaType);
    const paper = await this.rounds.paper(roundId, consortiumId);
    if (!paper.items.some((i) => i.code === command.indicatorCode)) {
      throw SheetErrors.invalid([{ field: 'indicatorCode', code: 'NOT_ON_PAPER', message: `${command.indicatorCode} is not on this consortium's paper` }]);
    }
    const sha256 = createHash('sha256').update(command.content).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const sheet = await manager.findOne(AnswerSheetEntity, { where: { roundId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      await this.assertAccepting(manager, roundId, paper.deadline, paper.extended, sheet);
      if (!sheet) throw SheetErrors.notFound();
      if (!['DRAFT', 'RETURNED'].includes(sheet.status)) throw SheetErrors.wrongStatus(sheet.status, 'edited');
      await manager.query(
        `INSERT INTO evidence_file (sha256, media_type, size_bytes, content, uploaded_by) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING`,
        [sha256, command.mediaType, command.content.length, command.content, actorLabel(actor)],
      );
      await manager.query(
        `INSERT INTO answer_sheet_evidence (answer_sheet_id, indicator_code, sha256, file_name) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [sheet.id, command.indicatorCode, sha256, command.fileName],
      );
      await this.audit.record(manager, {
        action: 'evaluation.answer-sheet.attach-evidence',
        entityType: 'answer-sheet',
        entityId: sheet.id,
        before: null,
        after: { indicatorCode: command.indicatorCode, sha256, fileName: command.fileName, mediaType: command.mediaType, sizeBytes: command.content.length },
      });
      return { ...(await readSheet(manager, { id: sheet.id }))!, evidence: await this.evidenceOf(manager, sheet.id) };
    });
  }

  /**
   * Saves answers (a draft, or corrections of a returned sheet); values are checked, completeness is
   * not. As organizations do: the first save creates the sheet without `ifMatch`; every later one
   * needs the sheet's ETag (428 without, 412 when stale); `ifMatch` and no sheet yet is 412.
   * `replace` (PUT) states the whole set: answers left out are removed, and the answer says so in a
   * warning (`ANSWERS_REMOVED`). `merge` (PATCH) changes only the codes it names, `null` removing one.
   */
  async save(
    roundId: string,
    consortiumId: string,
    input: { mode: 'replace'; answers: Answers } | { mode: 'merge'; patch: AnswerPatch },
    ifMatch: string | undefined,
  ): Promise<AnswerSheetView> {
    const paper = await this.rounds.paper(roundId, consortiumId);
    const given = input.mode === 'replace' ? input.answers : (Object.fromEntries(Object.entries(input.patch).filter(([, v]) => v !== null)) as Answers);
    const platformCodes = new Set(paper.items.filter((i) => i.platformSource).map((i) => i.code));
    const overwritten = platformCodesIn(input.mode === 'replace' ? input.answers : input.patch, platformCodes);
    if (overwritten.length) throw SheetErrors.platformValue(overwritten);
    const problems = answerProblems(paper.items, given, false);
    if (problems.length) throw SheetErrors.invalid(problems);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(AnswerSheetEntity, { where: { roundId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      if (existing) checkIfMatch(ifMatch, existing.version);
      else if (ifMatch !== undefined) throw PreconditionErrors.stale(null);
      await this.assertAccepting(manager, roundId, paper.deadline, paper.extended, existing);
      if (existing && !['DRAFT', 'RETURNED'].includes(existing.status)) throw SheetErrors.wrongStatus(existing.status, 'edited');
      const kept = Object.fromEntries(Object.entries(existing?.answers ?? {}).filter(([code]) => platformCodes.has(code)));
      const answers = input.mode === 'replace' ? { ...input.answers, ...kept } : applyAnswerPatch(existing?.answers ?? {}, input.patch);
      const removed = input.mode === 'replace' && existing ? Object.keys(existing.answers).filter((code) => !(code in answers)) : [];
      const before = existing ? state(view(existing)) : null;
      if (existing) await manager.update(AnswerSheetEntity, { id: existing.id }, { answers, updatedAt: new Date(), version: existing.version + 1 });
      else {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(AnswerSheetEntity)
          .values({ roundId, consortiumId, answers, comments: [] })
          .orIgnore()
          .execute();
        // Created by a concurrent first save since the read above: this caller has not seen it (as organizations).
        if ((inserted.raw as unknown[]).length === 0) throw PreconditionErrors.ifMatchRequired();
      }
      if (platformCodes.size) {
        const round = (await manager.findOne(RoundEntity, { where: { id: roundId } }))!;
        const saved = (await manager.findOne(AnswerSheetEntity, { where: { roundId, consortiumId } }))!;
        await this.platform.refresh(manager, round, saved);
      }
      const after = (await readSheet(manager, { roundId, consortiumId }))!;
      await this.audit.record(manager, { action: 'evaluation.answer-sheet.save', entityType: 'answer-sheet', entityId: after.id, before, after: state(after) });
      const names = new Map(paper.items.map((i) => [i.code, i.name]));
      return { ...after, warnings: removed.length ? [removedAnswersWarning(removed.sort(), names)] : [] };
    });
  }

  /**
   * 答卷一览: every consortium on the official list at the round's period end (those the scoring
   * ranks), and any other that has a sheet, with the state of its sheet; by level, then name.
   */
  async overview(roundId: string, filter: { status?: OverviewStatus; late?: boolean } = {}): Promise<SheetOverview> {
    const round = await this.dataSource.getRepository(RoundEntity).findOne({ where: { id: roundId } });
    if (!round) throw EvaluationErrors.roundNotFound();
    const [listed, sheets, extensions] = await Promise.all([
      this.consortia.listedOn(round.periodEnd),
      this.dataSource.query<
        {
          consortium_id: string;
          status: SheetStatus;
          late: boolean;
          submitted_at: Date | null;
          decided_at: Date | null;
          updated_at: Date;
          answered: number;
          evidence: number;
        }[]
      >(
        `SELECT s.consortium_id, s.status, s.late, s.submitted_at, s.decided_at, s.updated_at,
                (SELECT count(*) FROM jsonb_object_keys(s.answers))::int AS answered,
                (SELECT count(*) FROM answer_sheet_evidence e WHERE e.answer_sheet_id = s.id)::int AS evidence
           FROM answer_sheet s WHERE s.round_id = $1`,
        [roundId],
      ),
      this.dataSource.query<{ consortium_id: string; until: Date }[]>(`SELECT consortium_id, until FROM round_extension WHERE round_id = $1`, [roundId]),
    ]);
    const byId = new Map<string, { name: string; level: Level | null }>(listed.map((c) => [c.id, { name: c.name, level: c.level }]));
    const unlisted = sheets.map((s) => s.consortium_id).filter((id) => !byId.has(id));
    for (const id of unlisted) {
      const state = await this.consortia.stateOn(id, round.periodEnd);
      byId.set(id, { name: state?.name ?? (await this.consortia.namesOf([id])).get(id) ?? id, level: state?.level ?? null });
    }
    const sheetOf = new Map(sheets.map((s) => [s.consortium_id, s]));
    const extensionOf = new Map(extensions.map((e) => [e.consortium_id, e.until]));
    const all: SheetOverviewItem[] = [...byId.entries()].map(([id, c]) => {
      const s = sheetOf.get(id);
      const until = extensionOf.get(id);
      return {
        consortiumId: id,
        consortiumName: c.name,
        level: c.level,
        sheetStatus: s?.status ?? 'NOT_STARTED',
        late: s?.late ?? false,
        submittedAt: s?.submitted_at ?? null,
        decidedAt: s?.decided_at ?? null,
        updatedAt: s?.updated_at ?? null,
        answeredCount: s?.answered ?? 0,
        evidenceCount: s?.evidence ?? 0,
        deadline: until && until > round.deadline ? until : round.deadline,
        extended: until !== undefined && until > round.deadline,
      };
    });
    all.sort(
      (a, b) =>
        (a.level ?? 'L9').localeCompare(b.level ?? 'L9') ||
        a.consortiumName.localeCompare(b.consortiumName, 'zh-Hans-CN') ||
        a.consortiumId.localeCompare(b.consortiumId),
    );
    const counts = {
      total: all.length,
      late: all.filter((i) => i.late).length,
      ...Object.fromEntries(OVERVIEW_STATUSES.map((st) => [st, all.filter((i) => i.sheetStatus === st).length])),
    } as SheetOverview['counts'];
    const items = all.filter((i) => (filter.status === undefined || i.sheetStatus === filter.status) && (filter.late === undefined || i.late === filter.late));
    return { roundId, roundCode: round.code, roundStatus: round.status, deadline: round.deadline, counts, items };
  }

  /** An evidence file this consortium's sheet cites, with the name it was attached under (the first, if cited twice). */
  async evidenceFile(roundId: string, consortiumId: string, sha256: string): Promise<EvidenceDownload> {
    const rows: { file_name: string; media_type: string; size_bytes: number; content: Buffer }[] = await this.dataSource.query(
      `SELECT e.file_name, f.media_type, f.size_bytes, f.content
         FROM answer_sheet s JOIN answer_sheet_evidence e ON e.answer_sheet_id = s.id JOIN evidence_file f ON f.sha256 = e.sha256
        WHERE s.round_id = $1 AND s.consortium_id = $2 AND e.sha256 = $3
        ORDER BY e.attached_at, e.indicator_code LIMIT 1`,
      [roundId, consortiumId, sha256],
    );
    if (!rows[0]) throw SheetErrors.evidenceNotFound();
    return { fileName: rows[0].file_name, mediaType: rows[0].media_type, sizeBytes: rows[0].size_bytes, content: rows[0].content };
  }

  async submit(roundId: string, consortiumId: string): Promise<AnswerSheetView> {
    const paper = await this.rounds.paper(roundId, consortiumId);
    return this.dataSource.transaction(async (manager) => {
      const sheet = await manager.findOne(AnswerSheetEntity, { where: { roundId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      await this.assertAccepting(manager, roundId, paper.deadline, paper.extended, sheet);
      if (!sheet) throw SheetErrors.notFound();
      if (!['DRAFT', 'RETURNED'].includes(sheet.status)) throw SheetErrors.wrongStatus(sheet.status, 'submitted');
      const round = (await manager.findOne(RoundEntity, { where: { id: roundId } }))!;
      await this.platform.refresh(manager, round, sheet);
      // The platform's values are the platform's to supply: one it has none for does not hold the sheet back.
      const answered = paper.items.filter((i) => !i.platformSource);
      const problems = answerProblems(
        answered,
        Object.fromEntries(Object.entries(sheet.answers).filter(([code]) => answered.some((i) => i.code === code))),
        true,
      );
      if (problems.length) throw SheetErrors.invalid(problems);
      const evidenced = new Set((await this.evidenceOf(manager, sheet.id)).map((e) => e.indicatorCode));
      const missing = paper.items.filter((i) => i.evidenceRequired && i.code in sheet.answers && !evidenced.has(i.code)).map((i) => i.code);
      if (missing.length) throw SheetErrors.evidenceRequired(missing);
      const now = new Date();
      // A correction asked for by the task force is not late: the lateness of the first submission stands.
      const late = underCorrection(sheet) ? sheet.late : now > paper.deadline;
      return this.transition(manager, sheet, 'submit', { status: 'SUBMITTED', submittedAt: now, late });
    });
  }

  returnForCorrection(roundId: string, consortiumId: string, comments: ReviewComment[]): Promise<AnswerSheetView> {
    return this.decide(roundId, consortiumId, 'return', { status: 'RETURNED', comments, decidedAt: new Date() });
  }

  accept(roundId: string, consortiumId: string): Promise<AnswerSheetView> {
    return this.decide(roundId, consortiumId, 'accept', { status: 'ACCEPTED', decidedAt: new Date() });
  }

  /**
   * While the round is open, the task force may reopen a sheet it has accepted (a submitted one it
   * returns instead); the lateness of the first submission stands, as for a correction.
   * A correction after the round has closed: the task force reopens a submitted or accepted sheet
   * with its reason (RETURNED, the reason as the first comment); the secretariat corrects and
   * submits it again, the task force accepts it, and a new scoring — a new revision, with its own
   * reason once the round is published — takes it in. The published revision stays public until
   * the new one is published.
   */
  reopen(roundId: string, consortiumId: string, command: { reason: string; comments: ReviewComment[] }, actor: Actor): Promise<AnswerSheetView> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_read' } });
      if (!round) throw EvaluationErrors.roundNotFound();
      if (round.status !== 'OPEN' && !CORRECTABLE_ROUNDS.includes(round.status)) throw SheetErrors.notCorrectable(round.status);
      const sheet = await manager.findOne(AnswerSheetEntity, { where: { roundId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      if (!sheet) throw SheetErrors.notFound();
      const reopenable = round.status === 'OPEN' ? ['ACCEPTED'] : ['ACCEPTED', 'SUBMITTED'];
      if (!reopenable.includes(sheet.status)) throw SheetErrors.wrongStatus(sheet.status, 'reopened');
      const now = new Date();
      return this.transition(manager, sheet, 'reopen', {
        status: 'RETURNED',
        comments: [{ indicatorCode: null, comment: command.reason }, ...command.comments],
        decidedAt: now,
        correctionReason: command.reason,
        reopenedAt: now,
        reopenedBy: actorLabel(actor),
      });
    });
  }

  private decide(roundId: string, consortiumId: string, action: 'return' | 'accept', change: Partial<AnswerSheetEntity>): Promise<AnswerSheetView> {
    return this.dataSource.transaction(async (manager) => {
      const sheet = await manager.findOne(AnswerSheetEntity, { where: { roundId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      if (!sheet) throw SheetErrors.notFound();
      if (sheet.status !== 'SUBMITTED') throw SheetErrors.wrongStatus(sheet.status, action === 'return' ? 'returned' : 'accepted');
      return this.transition(manager, sheet, action, change);
    });
  }

  private async transition(
    manager: EntityManager,
    sheet: AnswerSheetEntity,
    action: keyof typeof SHEET_MOVED_EVENTS,
    change: Partial<AnswerSheetEntity>,
  ): Promise<AnswerSheetView> {
    const before = state(view(sheet));
    await manager.update(AnswerSheetEntity, { id: sheet.id }, { ...change, updatedAt: new Date(), version: sheet.version + 1 });
    const after = (await readSheet(manager, { id: sheet.id }))!;
    await this.outbox.publish(
      manager,
      SHEET_MOVED_EVENTS[action].of(after.id, {
        id: after.id,
        roundId: after.roundId,
        consortiumId: after.consortiumId,
        status: after.status,
        late: after.late,
        ...(action === 'reopen' ? { correctionReason: after.correction?.reason ?? null } : {}),
      }),
    );
    await this.audit.record(manager, {
      action: `evaluation.answer-sheet.${action}`,
      entityType: 'answer-sheet',
      entityId: after.id,
      before,
      after: state(after),
    });
    return after;
  }

  /**
   * Answers are taken while the round is open, while this consortium's extension runs, or — for a
   * sheet the task force reopened for a correction — while the round is closed, scored or
   * published (not while it is being scored: the job reads the sheets).
   */
  private async assertAccepting(manager: EntityManager, roundId: string, deadline: Date, extended: boolean, sheet: AnswerSheetEntity | null): Promise<void> {
    const round = await manager.findOne(RoundEntity, { where: { id: roundId } });
    if (!round) throw EvaluationErrors.roundNotFound();
    if (round.status === 'OPEN') return;
    if (round.status === 'CLOSED' && extended && new Date() <= deadline) return;
    if (sheet && underCorrection(sheet) && CORRECTABLE_ROUNDS.includes(round.status)) return;
    throw SheetErrors.roundClosed();
  }
}
