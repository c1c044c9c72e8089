import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Environment } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { seedDemoData } from '../../seeds/demo-data.js';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { ifMatchOf } from '../support/conditional.js';

interface ResultItem {
  consortiumId: string;
  consortiumName: string;
  level: string;
  status: string;
  total: number;
  totalRaw: number;
  levelScore: number;
  levelScoreRaw: number;
  improvement: number;
  rank: number;
  grade: string;
  rankInterval: [number, number];
  explanation: {
    weighting: string;
    previous: { roundCode: string; total: number; rank: number; totalChange: number; rankChange: number | null } | null;
    dimensions: { code: string; name: string; score: number }[];
    indicators: { code: string; name: string; dimensionName: string; value: unknown; weightUsed: number; contribution: number; contributionRaw: number }[];
    rankProbabilities: { rank: number; percent: number }[];
  };
}

/** At most two decimals, as a person reads a score. */
const twoDecimals = (x: number) => expect(Math.abs(x * 100 - Math.round(x * 100))).toBeLessThan(1e-6);

/**
 * Scoring of a round in the worker, over the demo data: queued request, results per revision,
 * re-score. With the worker killed mid-job: `test/faults/round-scoring.faults-spec.ts`.
 */
describe('round scoring', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let env: Environment;
  let taskforce: string;
  let secretariat: string;
  const rounds: Record<string, string> = {};
  const http = () => request(api.getHttpServer());

  async function scoreAndWait(roundId: string, expectedRevision: number) {
    const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({}).expect(202);
    expect(res.body).toMatchObject({ roundId, revision: expectedRevision, status: 'QUEUED' });
    let last = '';
    return waitFor(
      async () => {
        const s = await http().get(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).expect(200);
        last = JSON.stringify(s.body);
        return s.body.status === 'DONE' || s.body.status === 'FAILED' ? s.body : undefined;
      },
      { what: () => `the scoring to finish (last: ${last})`, timeoutMs: 30_000 },
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    await seedDemoData(dataSource, { pastRounds: 'CLOSED' });
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
    const [{ id: anyConsortium }] = await dataSource.query(`SELECT id FROM consortium LIMIT 1`);
    secretariat = (await loginAs(api, 'secretariat', { consortiumId: anyConsortium })).token;
    for (const r of await dataSource.query(`SELECT id, code FROM evaluation_round`)) rounds[r.code] = r.id;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('refuses to score an open round, naming the status, and changes nothing', async () => {
    const res = await http().post(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/scoring`).set(bearer(taskforce)).send({}).expect(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'ROUND_NOT_SCORABLE', errors: [{ field: 'status', code: 'ROUND_NOT_SCORABLE' }] });
    const [round] = await dataSource.query(`SELECT status, revision FROM evaluation_round WHERE id = $1`, [rounds['2026Q4']]);
    expect(round).toEqual({ status: 'OPEN', revision: 0 });
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM round_scoring`))[0].n).toBe(0);
  });

  it('scores every listed consortium within its level, with contiguous ranks, grades, intervals and explanations', async () => {
    const scoring = await scoreAndWait(rounds['2026Q2'], 1);
    expect(scoring).toMatchObject({ status: 'DONE', percent: 100, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const results = await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q2']}/results`).set(bearer(taskforce)).expect(200);
    const [{ n: listed }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM consortium_period p JOIN evaluation_round r ON r.code = '2026Q2'
        WHERE daterange(p.valid_from, p.valid_to) @> r.period_end AND p.status IN ('ACTIVE', 'WARNED', 'PROBATION')`,
    );
    const items: ResultItem[] = results.body.items;
    expect(results.body).toMatchObject({ revision: 1, digest: scoring.digest });
    expect(items).toHaveLength(listed);
    for (const level of new Set(items.map((i) => i.level))) {
      const group = items.filter((i) => i.level === level);
      expect(group.map((i) => i.rank)).toEqual(group.map((_, k) => k + 1));
      for (let k = 1; k < group.length; k++) expect(group[k - 1].total).toBeGreaterThanOrEqual(group[k].total);
    }
    const names = new Map<string, string>((await dataSource.query(`SELECT id, name FROM consortium`)).map((c: { id: string; name: string }) => [c.id, c.name]));
    for (const item of items) {
      expect(item.status).toBe('SCORED');
      expect(item.consortiumName).toBe(names.get(item.consortiumId));
      expect(['A', 'B', 'C', 'D']).toContain(item.grade);
      expect(item.rankInterval[0]).toBeLessThanOrEqual(item.rankInterval[1]);
      expect(item.improvement).toBe(0);
      // Scores on 0–100 with two decimals, within half a hundredth of the raw value ×100.
      for (const [shown, raw] of [
        [item.total, item.totalRaw],
        [item.levelScore, item.levelScoreRaw],
      ] as const) {
        twoDecimals(shown);
        expect(Math.abs(shown - raw * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(shown).toBeGreaterThanOrEqual(0);
        expect(shown).toBeLessThanOrEqual(100);
      }
      // The explanation names every indicator and dimension; the weights used add up to 100 %, so do the rank probabilities.
      const e = item.explanation;
      expect(e.previous).toBeNull(); // no earlier round has been scored
      expect(e.indicators.length).toBeGreaterThan(0);
      for (const ind of e.indicators) {
        expect(ind.name).toMatch(/\p{Script=Han}/u);
        expect(ind.dimensionName).toMatch(/\p{Script=Han}/u);
        twoDecimals(ind.contribution);
        expect(Math.abs(ind.contribution - ind.contributionRaw * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
      }
      for (const dim of e.dimensions) expect(dim.name).toMatch(/\p{Script=Han}/u);
      expect(e.indicators.reduce((sum, i) => sum + i.weightUsed, 0)).toBeCloseTo(100, 0);
      expect(e.rankProbabilities.reduce((sum, p) => sum + p.percent, 0)).toBeCloseTo(100, 0);
      for (const p of e.rankProbabilities) expect(p.rank).toBeGreaterThanOrEqual(1);
    }
    const [round] = await dataSource.query(`SELECT status, revision FROM evaluation_round WHERE id = $1`, [rounds['2026Q2']]);
    expect(round).toEqual({ status: 'SCORED', revision: 1 });
    const events = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'evaluation.round.scored' AND aggregate_id = $1`, [rounds['2026Q2']]);
    expect(events.map((e: { payload: { digest: string } }) => e.payload.digest)).toEqual([scoring.digest]);
    const audit = await dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'evaluation.round.score%' ORDER BY occurred_at, id`,
      [rounds['2026Q2']],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['evaluation.round.score', 'evaluation.round.scored']);
  });

  it('answers a repeated request with the running revision and queues nothing more', async () => {
    const [round] = await dataSource.query(`SELECT id FROM evaluation_round WHERE code = '2026Q3'`);
    await worker.close(); // no worker: the first request is surely still queued when the second comes
    const first = await http().post(`/api/v1/evaluation/rounds/${round.id}/scoring`).set(bearer(taskforce)).send({}).expect(202);
    const second = await http().post(`/api/v1/evaluation/rounds/${round.id}/scoring`).set(bearer(taskforce)).send({}).expect(202);
    expect(second.body.revision).toBe(first.body.revision);
    const events = await dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'evaluation.round.scoring-requested' AND aggregate_id = $1`,
      [round.id],
    );
    expect(events[0].n).toBe(1);
    worker = await startWorker(env);
    await waitFor(
      async () => ((await dataSource.query(`SELECT status FROM evaluation_round WHERE id = $1`, [round.id]))[0].status === 'SCORED' ? true : undefined),
      {
        what: () => '2026Q3 to be scored',
        timeoutMs: 30_000,
      },
    );
  });

  it('counts improvement against the previous scored round', async () => {
    const items: ResultItem[] = (await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q3']}/results`).set(bearer(taskforce)).expect(200)).body.items;
    expect(items.some((i) => i.improvement !== 0)).toBe(true);
    // Each explanation compares with 2026Q2: the change is the difference of the shown totals, and ranks move within a level.
    const before = new Map<string, ResultItem>(
      (await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q2']}/results`).set(bearer(taskforce)).expect(200)).body.items.map((i: ResultItem) => [
        i.consortiumId,
        i,
      ]),
    );
    for (const item of items) {
      const then = before.get(item.consortiumId);
      if (!then) {
        expect(item.explanation.previous).toBeNull();
        continue;
      }
      expect(item.explanation.previous).toMatchObject({ roundCode: '2026Q2', total: then.total, rank: then.rank });
      expect(item.explanation.previous!.totalChange).toBeCloseTo(item.total - then.total, 9);
      expect(item.explanation.previous!.rankChange).toBe(then.level === item.level ? then.rank - item.rank : null);
    }
  });

  it('scores again as a new revision, keeping the earlier one; unchanged data gives the same digest', async () => {
    const first = (await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q2']}/results`).set(bearer(taskforce)).expect(200)).body;
    const again = await scoreAndWait(rounds['2026Q2'], 2);
    expect(again.digest).toBe(first.digest);
    const kept = await dataSource.query(`SELECT revision, count(*)::int AS n FROM round_result WHERE round_id = $1 GROUP BY revision ORDER BY revision`, [
      rounds['2026Q2'],
    ]);
    expect(kept).toEqual([
      { revision: 1, n: first.items.length },
      { revision: 2, n: first.items.length },
    ]);
  });

  it('publishes (晾晒): public without login, without explanations; results and the published revision are immutable', async () => {
    const roundId = rounds['2026Q3'];
    await http().get(`/api/v1/evaluation/rankings/${roundId}`).expect(404);
    const published = await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(taskforce)).send({}).expect(200);
    expect(published.body).toMatchObject({ revision: 1, publishedAt: expect.any(String) });
    const again = await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(taskforce)).send({}).expect(409);
    expect(again.body).toMatchObject({ code: 'ROUND_NOT_PUBLISHABLE', errors: [{ field: 'status' }] });

    const list = await http().get('/api/v1/evaluation/rankings').expect(200);
    expect(list.body.items.map((r: { code: string }) => r.code)).toEqual(['2026Q3']);
    const ranking = await http().get(`/api/v1/evaluation/rankings/${roundId}`).expect(200);
    const internal = (await http().get(`/api/v1/evaluation/rounds/${roundId}/results`).set(bearer(taskforce)).expect(200)).body;
    expect(ranking.body).toMatchObject({ code: '2026Q3', revision: 1, digest: internal.digest });
    expect(ranking.body.items.map((i: ResultItem) => [i.consortiumId, i.rank, i.grade])).toEqual(
      internal.items.map((i: ResultItem) => [i.consortiumId, i.rank, i.grade]),
    );
    const totals = new Map(internal.items.map((i: ResultItem) => [i.consortiumId, [i.consortiumName, i.total, i.totalRaw]]));
    for (const item of ranking.body.items) {
      expect(item.consortiumName).toMatch(/\S/);
      expect([item.consortiumName, item.total, item.totalRaw]).toEqual(totals.get(item.consortiumId));
      expect(item).not.toHaveProperty('explanation');
    }
    const csv = await http().get(`/api/v1/evaluation/rankings/${roundId}/export`).query({ format: 'csv', labels: 'codes' }).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('level,rank,consortiumName,consortiumId,status,total,levelScore,improvement,grade,rankLow,rankHigh,bestPractice');
    expect(lines).toHaveLength(ranking.body.items.length + 1);
    expect(lines[1].split(',').slice(0, 2)).toEqual([ranking.body.items[0].level, String(ranking.body.items[0].rank)]);
    // The total is shown on 0–100 with two decimals; full precision stays in the API.
    expect(lines[1].split(',')[5]).toMatch(/^\d{1,3}\.\d{2}$/);
    expect(Math.abs(Number(lines[1].split(',')[5]) - ranking.body.items[0].totalRaw * 100)).toBeLessThanOrEqual(0.005);
    const xlsx = await http()
      .get(`/api/v1/evaluation/rankings/${roundId}/export`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(ranking.body.items.length + 1);
    expect(sheet.getRow(2).getCell(3).value).toBe(ranking.body.items[0].name);
    const bad = await http().get(`/api/v1/evaluation/rankings/${roundId}/export`).query({ format: 'pdf' }).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'format' });
    await expect(dataSource.query(`UPDATE round_result SET total = 100 WHERE round_id = $1`, [roundId])).rejects.toThrow(/immutable/);
    await expect(dataSource.query(`DELETE FROM round_result WHERE round_id = $1`, [roundId])).rejects.toThrow(/immutable/);
    await expect(dataSource.query(`UPDATE round_scoring SET digest = 'x' WHERE round_id = $1 AND revision = 1`, [roundId])).rejects.toThrow(/immutable/);
  });

  it('refuses to publish a round before its quarter has ended (Asia/Shanghai), changing nothing', async () => {
    const roundId = rounds['2026Q4']; // ends 2026-12-31; the clock is the real one
    // As the worker would leave it, scored (the worker is not asked: the quarter's answers are still coming in).
    await dataSource.query(`UPDATE evaluation_round SET status = 'SCORED', revision = 1 WHERE id = $1`, [roundId]);
    await dataSource.query(`INSERT INTO round_scoring (round_id, revision, status, percent, digest, finished_at) VALUES ($1, 1, 'DONE', 100, 'd1', now())`, [
      roundId,
    ]);
    try {
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      if (today > '2026-12-31') return; // the quarter has ended by the time this runs: nothing to refuse
      const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(taskforce)).send({}).expect(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({
        code: 'QUARTER_NOT_ENDED',
        errors: [{ field: 'periodEnd', code: 'QUARTER_NOT_ENDED', message: '2026Q4 于 2026-12-31 结束' }],
      });
      expect((await dataSource.query(`SELECT status, revision FROM evaluation_round WHERE id = $1`, [roundId]))[0]).toEqual({ status: 'SCORED', revision: 1 });
      expect((await dataSource.query(`SELECT published_at FROM round_scoring WHERE round_id = $1`, [roundId]))[0]).toEqual({ published_at: null });
      expect(await dataSource.query(`SELECT 1 FROM outbox_event WHERE type = 'evaluation.round.published' AND aggregate_id = $1`, [roundId])).toEqual([]);
    } finally {
      await dataSource.query(`DELETE FROM round_scoring WHERE round_id = $1`, [roundId]);
      await dataSource.query(`UPDATE evaluation_round SET status = 'OPEN', revision = 0 WHERE id = $1`, [roundId]);
    }
  });

  it('corrects a published round: the task force reopens a sheet with a reason, the secretariat corrects it, a new revision with its reason is published; every revision stays readable', async () => {
    const roundId = rounds['2026Q3'];
    const noReason = await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({}).expect(422);
    expect(noReason.body).toMatchObject({ code: 'REASON_REQUIRED', errors: [{ field: 'reason', code: 'REASON_REQUIRED' }] });
    expect((await dataSource.query(`SELECT status, revision FROM evaluation_round WHERE id = $1`, [roundId]))[0]).toEqual({ status: 'PUBLISHED', revision: 1 });
    const published = (await http().get(`/api/v1/evaluation/rankings/${roundId}`).expect(200)).body;

    // One accepted sheet turns out to be wrong. Its secretariat cannot touch it on its own…
    const [sheet] = await dataSource.query(
      `SELECT id, consortium_id, answers FROM answer_sheet WHERE round_id = $1 AND status = 'ACCEPTED' ORDER BY consortium_id LIMIT 1`,
      [roundId],
    );
    const cid: string = sheet.consortium_id;
    const own = (await loginAs(api, 'secretariat', { consortiumId: cid })).token;
    const corrected = { ...sheet.answers, SKILLS_BASES: sheet.answers.SKILLS_BASES === 0 ? 8 : 0 };
    const locked = await http()
      .put(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}`)
      .set(bearer(own))
      .set(await ifMatchOf(api, `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}`, own))
      .send({ answers: corrected })
      .expect(409);
    expect(locked.body).toMatchObject({ code: 'ROUND_NOT_ACCEPTING_ANSWERS' });
    // …and only the task force reopens it, with its reason.
    await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}/reopen`).set(bearer(own)).send({ reason: '自行更正' }).expect(403);
    const missingReason = await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}/reopen`).set(bearer(taskforce)).send({}).expect(400);
    expect(missingReason.body.errors[0]).toMatchObject({ field: 'reason' });
    const reason = '高技能人才培训基地数量口径有误，按认定文件更正';
    const reopened = await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}/reopen`).set(bearer(taskforce)).send({ reason }).expect(200);
    expect(reopened.body).toMatchObject({
      status: 'RETURNED',
      comments: [{ indicatorCode: null, comment: reason }],
      correction: { reason, reopenedBy: expect.stringMatching(/^user:/) },
    });
    const twice = await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}/reopen`).set(bearer(taskforce)).send({ reason }).expect(409);
    expect(twice.body).toMatchObject({ code: 'ANSWER_SHEET_STATUS' });
    const [event] = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'evaluation.answer-sheet.reopened' AND aggregate_id = $1`, [
      sheet.id,
    ]);
    expect(event.payload).toMatchObject({ consortiumId: cid, status: 'RETURNED', correctionReason: reason });
    const [audit] = await dataSource.query(`SELECT before, after FROM audit_event WHERE action = 'evaluation.answer-sheet.reopen' AND entity_id = $1`, [
      sheet.id,
    ]);
    expect(audit).toMatchObject({ before: { status: 'ACCEPTED', correctionReason: null }, after: { status: 'RETURNED', correctionReason: reason } });

    // Scoring now would count the reopened sheet as not submitted: refused until it is submitted again.
    const pending = await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({ reason }).expect(409);
    expect(pending.body).toMatchObject({ code: 'CORRECTION_PENDING', errors: [{ field: `answerSheets.${cid}`, code: 'CORRECTION_PENDING', message: reason }] });
    expect((await dataSource.query(`SELECT status, revision FROM evaluation_round WHERE id = $1`, [roundId]))[0]).toEqual({ status: 'PUBLISHED', revision: 1 });

    // The secretariat corrects the figure, attaches the evidence the paper asks for, and submits again.
    await http()
      .put(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}`)
      .set(bearer(own))
      .set(await ifMatchOf(api, `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}`, own))
      .send({ answers: corrected })
      .expect(200);
    const paper = (await http().get(`/api/v1/evaluation/rounds/${roundId}/papers/${cid}`).set(bearer(own)).expect(200)).body;
    for (const item of paper.items.filter((i: { evidenceRequired: boolean; code: string }) => i.evidenceRequired && i.code in corrected)) {
      await http()
        .post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}/evidence`)
        .query({ indicatorCode: item.code, fileName: `${item.code}.pdf` })
        .set(bearer(own))
        .set('content-type', 'application/pdf')
        .send(Buffer.from(`%PDF-1.7\n% ${item.code}\n%%EOF\n`))
        .expect(200);
    }
    const resubmitted = await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}/submit`).set(bearer(own)).expect(200);
    expect(resubmitted.body).toMatchObject({ status: 'SUBMITTED', late: false, answers: corrected });
    await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${cid}/accept`).set(bearer(taskforce)).expect(200);
    // Until the correction is published, the public sees revision 1.
    expect((await http().get(`/api/v1/evaluation/rankings/${roundId}`).expect(200)).body).toMatchObject({ revision: 1, digest: published.digest });

    const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({ reason }).expect(202);
    expect(res.body).toMatchObject({ revision: 2, reason });
    const rescored = await waitFor(async () => {
      const s = (await http().get(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).expect(200)).body;
      return s.status === 'DONE' ? s : undefined;
    });
    expect(rescored.digest).not.toBe(published.digest);
    expect((await http().get(`/api/v1/evaluation/rankings/${roundId}`).expect(200)).body).toMatchObject({ revision: 1, digest: published.digest });
    const unpublished = await http().get(`/api/v1/evaluation/rankings/${roundId}`).query({ revision: 2 }).expect(404);
    expect(unpublished.body).toMatchObject({ code: 'REVISION_NOT_PUBLISHED', errors: [{ field: 'revision' }] });

    await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(taskforce)).send({}).expect(200);
    const after = (await http().get(`/api/v1/evaluation/rankings/${roundId}`).expect(200)).body;
    expect(after).toMatchObject({
      revision: 2,
      digest: rescored.digest,
      reason,
      revisions: [
        { revision: 1, digest: published.digest, reason: null },
        { revision: 2, digest: rescored.digest, reason },
      ],
    });
    const totalOf = (ranking: { items: ResultItem[] }) => ranking.items.find((i) => i.consortiumId === cid)!.totalRaw;
    expect(totalOf(after)).not.toBeCloseTo(totalOf(published), 9);

    // Every published revision stays readable (DESIGN §3), in the ranking and in its export.
    const first = (await http().get(`/api/v1/evaluation/rankings/${roundId}`).query({ revision: 1 }).expect(200)).body;
    expect(first).toMatchObject({ revision: 1, digest: published.digest, reason: null });
    expect(first.items).toEqual(published.items);
    expect((await http().get(`/api/v1/evaluation/rankings/${roundId}`).query({ revision: 2 }).expect(200)).body).toMatchObject({
      revision: 2,
      digest: rescored.digest,
    });
    const csv = await http().get(`/api/v1/evaluation/rankings/${roundId}/export`).query({ format: 'csv', revision: 1 }).expect(200);
    expect(csv.headers['content-disposition']).toContain('-r1.csv');
    expect((await http().get(`/api/v1/evaluation/rankings/${roundId}`).query({ revision: 3 }).expect(404)).body).toMatchObject({
      code: 'REVISION_NOT_PUBLISHED',
    });
    for (const bad of ['0', 'two', '1.5']) {
      const refused = await http().get(`/api/v1/evaluation/rankings/${roundId}`).query({ revision: bad }).expect(400);
      expect(refused.body.errors[0]).toMatchObject({ field: 'revision' });
    }
  });

  it('reopens an accepted sheet of an open round, any submitted or accepted one once it is closed, and none of a round in draft', async () => {
    const [{ id: cid }] = await dataSource.query(`SELECT id FROM consortium LIMIT 1`);
    // OPEN: only an accepted sheet is reopened (a submitted one is returned); this consortium has none yet.
    const open = await http()
      .post(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/answer-sheets/${cid}/reopen`)
      .set(bearer(taskforce))
      .send({ reason: '更正' })
      .expect(404);
    expect(open.body).toMatchObject({ code: 'ANSWER_SHEET_NOT_FOUND' });
    const [{ scheme_id: schemeId }] = await dataSource.query(`SELECT scheme_id FROM evaluation_round WHERE id = $1`, [rounds['2026Q4']]);
    const draft = await http()
      .post('/api/v1/evaluation/rounds')
      .set(bearer(taskforce))
      .send({ code: '2027Q1', schemeId, deadline: '2027-04-10T00:00:00+08:00' })
      .expect(201);
    const res = await http()
      .post(`/api/v1/evaluation/rounds/${draft.body.id}/answer-sheets/${cid}/reopen`)
      .set(bearer(taskforce))
      .send({ reason: '更正' })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'ROUND_NOT_CORRECTABLE', errors: [{ field: 'status', message: 'DRAFT' }] });
  });

  it('keeps unpublished results from secretariats', async () => {
    await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q2']}/results`).set(bearer(secretariat)).expect(403);
    await http().post(`/api/v1/evaluation/rounds/${rounds['2026Q3']}/scoring`).set(bearer(secretariat)).send({}).expect(403);
  });

  it('answers ?revision=2 with revision 2 when revision 3 is published too', async () => {
    const roundId = rounds['2026Q2']; // SCORED, revisions 1 and 2 (the re-score above)
    await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(taskforce)).send({}).expect(200);
    await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({ reason: '复核后重新计分' }).expect(202);
    await waitFor(async () =>
      (await http().get(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).expect(200)).body.status === 'DONE' ? true : undefined,
    );
    await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(taskforce)).send({}).expect(200);
    const [two] = await dataSource.query(`SELECT published_at FROM round_scoring WHERE round_id = $1 AND revision = 2`, [roundId]);
    const second = (await http().get(`/api/v1/evaluation/rankings/${roundId}?revision=2`).expect(200)).body;
    expect(second).toMatchObject({ revision: 2, reason: null, publishedAt: two.published_at.toISOString() });
    expect((await http().get(`/api/v1/evaluation/rankings/${roundId}`).expect(200)).body).toMatchObject({ revision: 3, reason: '复核后重新计分' });
    // Revision 1 was scored but never published: not public.
    expect((await http().get(`/api/v1/evaluation/rankings/${roundId}?revision=1`).expect(404)).body).toMatchObject({
      code: 'REVISION_NOT_PUBLISHED',
      errors: [{ field: 'revision' }],
    });
  });
});
