import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { ifMatchOf } from '../support/conditional.js';

interface IndicatorExplanation {
  code: string;
  name: string;
  dimensionName: string;
  value: number | null;
  target: number | null;
  achievementPercent: number | null;
  shortOfTarget: number | null;
  normalized: number | null;
  weightUsed: number | null;
  weightDeclared: number | null;
  contribution: number;
  contributionRaw: number;
  gap: number | null;
}

interface ResultItem {
  consortiumId: string;
  consortiumName: string;
  level: string;
  status: string;
  levelScore: number;
  levelScoreRaw: number;
  improvement: number;
  improvementRaw: number;
  total: number;
  totalRaw: number;
  rank: number;
  grade: string;
  medianRank: number;
  rankInterval: [number, number];
  explanation: {
    weighting: string | null;
    previous: { roundCode: string; total: number; rank: number; totalChange: number; rankChange: number | null } | null;
    dimensions: { code: string; name: string; score: number; scoreRaw: number }[];
    indicators: IndicatorExplanation[];
    largestGaps: { code: string; name: string; gap: number; gapRaw: number }[];
    rankProbabilities: { rank: number; percent: number }[] | null;
  };
}

/**
 * Expert weights are dimension × indicator (DESIGN §3): TALENT 0.6 × (0.5, 0.5) and INDUSTRY 0.4 × 1,
 * so DUAL_QUALIFIED_RATIO 0.3, STUDENT_TEACHER_RATIO 0.3, TECH_SERVICE_GROWTH 0.4 (summing to 1).
 */
const DEFINITION = {
  dimensions: [
    { code: 'TALENT_CULTIVATION', name: '多元共育人才培养', weight: 0.6 },
    { code: 'INDUSTRY_SERVICE', name: '教产互促服务发展', weight: 0.4 },
  ],
  indicators: [
    {
      code: 'DUAL_QUALIFIED_RATIO',
      name: '双师型教师占比',
      unit: '%',
      dimension: 'TALENT_CULTIVATION',
      direction: 'benefit',
      valueType: 'PERCENT',
      normalization: 'TARGET',
      weight: 0.5,
      required: true,
      evidenceRequired: true,
      range: { min: 0, max: 100 },
      levels: { L1: { target: 65 }, L2: { target: 60 }, L3: { target: 50 } },
    },
    {
      code: 'STUDENT_TEACHER_RATIO',
      name: '生师比',
      unit: ':1',
      dimension: 'TALENT_CULTIVATION',
      direction: 'cost',
      valueType: 'NUMBER',
      normalization: 'MIN_MAX',
      weight: 0.5,
      required: true,
      evidenceRequired: false,
      range: { min: 1, max: 50 },
      levels: { L1: { target: null }, L2: { target: null }, L3: { target: null } },
    },
    {
      code: 'TECH_SERVICE_GROWTH',
      name: '技术服务产值增长率',
      unit: '%',
      dimension: 'INDUSTRY_SERVICE',
      direction: 'benefit',
      valueType: 'PERCENT',
      normalization: 'MAX',
      weight: 1,
      required: true,
      evidenceRequired: false,
      range: { min: -100, max: 1000 },
      levels: { L1: { target: null }, L2: { target: null }, L3: { target: null } },
    },
  ],
  settings: {
    aggregation: 'WEIGHTED_SUM',
    weighting: 'EXPERT',
    alpha: 0.5,
    beta: 0,
    missingOptional: 'RENORMALIZE',
    cap: 1,
    grades: { method: 'PERCENTILE', bounds: [85, 70, 60] },
  },
};

const DAY = 24 * 3600 * 1000;
const PDF = Buffer.from('%PDF-1.7\n% 双师型教师认定名单（演示）\n%%EOF\n');

/**
 * A whole 赛马比拼 over the API: five park-led consortia (level L3) answer the 2025Q3 round (two with
 * an extension, two late, one returned and corrected, one never submitting), the round is closed,
 * scored by the worker through the queue, published and read back; then 2025Q4 under the next
 * scheme version with improvement (β = 0.5), where the one that improved most overtakes the ones
 * that stood still. Every figure is worked out by hand in the comments.
 */
describe('a quarter of the 赛马比拼, end to end', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let taskforce: string;
  const ids: Record<string, string> = {};
  const secretariats: Record<string, string> = {};
  const name = (k: string) => `赛马测试联合体${k}（演示）`;
  const http = () => request(api.getHttpServer());
  const evaluation = (path: string) => `/api/v1/evaluation${path}`;
  const sheetOf = (roundId: string, k: string) => evaluation(`/rounds/${roundId}/answer-sheets/${ids[k]}`);

  async function transition(roundId: string, to: string) {
    return (
      await http()
        .post(evaluation(`/rounds/${roundId}/transitions`))
        .set(bearer(taskforce))
        .send({ to })
        .expect(200)
    ).body;
  }

  /** The secretariat saves its answers with the evidence file of DUAL_QUALIFIED_RATIO. */
  async function fillIn(roundId: string, k: string, answers: Record<string, number>) {
    await http()
      .put(sheetOf(roundId, k))
      .set(bearer(secretariats[k]))
      .set(await ifMatchOf(api, sheetOf(roundId, k), secretariats[k]))
      .send({ answers })
      .expect(200);
    await http()
      .post(`${sheetOf(roundId, k)}/evidence`)
      .query({ indicatorCode: 'DUAL_QUALIFIED_RATIO', fileName: '认定名单.pdf' })
      .set(bearer(secretariats[k]))
      .set('content-type', 'application/pdf')
      .send(PDF)
      .expect(200);
  }

  async function submit(roundId: string, k: string) {
    return (
      await http()
        .post(`${sheetOf(roundId, k)}/submit`)
        .set(bearer(secretariats[k]))
        .expect(200)
    ).body;
  }

  /** Close, request scoring (202, queued), wait for the worker, publish; returns the task force's results. */
  async function closeScoreAndPublish(roundId: string): Promise<{ digest: string; items: ResultItem[] }> {
    await transition(roundId, 'CLOSED');
    return scoreAndPublish(roundId);
  }

  async function scoreAndPublish(roundId: string): Promise<{ digest: string; items: ResultItem[] }> {
    const requested = await http()
      .post(evaluation(`/rounds/${roundId}/scoring`))
      .set(bearer(taskforce))
      .send({})
      .expect(202);
    expect(requested.body).toMatchObject({ roundId, revision: 1, status: 'QUEUED' });
    let last = '';
    const done = await waitFor(
      async () => {
        const s = await http()
          .get(evaluation(`/rounds/${roundId}/scoring`))
          .set(bearer(taskforce))
          .expect(200);
        last = JSON.stringify(s.body);
        return s.body.status === 'DONE' || s.body.status === 'FAILED' ? s.body : undefined;
      },
      { what: () => `the scoring of ${roundId} (last: ${last})`, timeoutMs: 60_000, intervalMs: 200 },
    );
    expect(done).toMatchObject({ status: 'DONE', percent: 100 });
    expect(
      (
        await http()
          .get(evaluation(`/rounds/${roundId}`))
          .set(bearer(taskforce))
          .expect(200)
      ).body.status,
    ).toBe('SCORED');
    const results = (
      await http()
        .get(evaluation(`/rounds/${roundId}/results`))
        .set(bearer(taskforce))
        .expect(200)
    ).body;
    expect(results).toMatchObject({ revision: 1, digest: done.digest });
    const published = await http()
      .post(evaluation(`/rounds/${roundId}/publication`))
      .set(bearer(taskforce))
      .send({})
      .expect(200);
    expect(published.body).toMatchObject({ revision: 1, digest: done.digest, publishedAt: expect.any(String) });
    return results;
  }

  const byKey = (items: ResultItem[]) => Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, items.find((i) => i.consortiumId === id)!]));
  const keyOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)![0];

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
    // Fixtures: five park-led consortia on the official list since 2025-03-01, one secretariat each.
    for (const k of ['A', 'B', 'C', 'D', 'E']) {
      const created = await http()
        .post('/api/v1/consortia')
        .set(bearer(taskforce))
        .send({ name: name(k), kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
        .expect(201);
      ids[k] = created.body.id;
      await http()
        .post(`/api/v1/consortia/${ids[k]}/decisions`)
        .set(bearer(taskforce))
        .send({ toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '工作专班审定入册' })
        .expect(201);
      secretariats[k] = (await loginAs(api, 'secretariat', { consortiumId: ids[k] })).token;
    }
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  let q3: string;
  let schemeV1: { id: string; definition: unknown };

  it('2025Q3: answers with extensions, late ones, a correction and a missing one; scored through the queue, published, explained', async () => {
    schemeV1 = (
      await http().post(evaluation('/schemes')).set(bearer(taskforce)).send({ code: 'CQ-QUARTER', name: '季度赛马方案', definition: DEFINITION }).expect(201)
    ).body;
    expect(schemeV1).toMatchObject({ version: 1, usedAt: null });
    // The deadline has passed: whoever answers now without an extension is late.
    const round = await http()
      .post(evaluation('/rounds'))
      .set(bearer(taskforce))
      .send({ code: '2025Q3', schemeId: schemeV1.id, deadline: '2025-10-15T23:59:59+08:00' })
      .expect(201);
    q3 = round.body.id;
    expect(round.body).toMatchObject({ status: 'DRAFT', periodStart: '2025-07-01', periodEnd: '2025-09-30' });
    expect(await transition(q3, 'OPEN')).toMatchObject({ status: 'OPEN' });
    expect(
      (
        await http()
          .get(evaluation(`/schemes/${schemeV1.id}`))
          .set(bearer(taskforce))
          .expect(200)
      ).body.usedAt,
    ).not.toBeNull();

    const until = new Date(Date.now() + 30 * DAY).toISOString();
    for (const k of ['A', 'B']) {
      await http()
        .put(evaluation(`/rounds/${q3}/extensions`))
        .set(bearer(taskforce))
        .send({ consortiumId: ids[k], until, reason: '汛期停电，材料报送延期' })
        .expect(200);
    }
    const paperA = (
      await http()
        .get(evaluation(`/rounds/${q3}/papers/${ids.A}`))
        .set(bearer(secretariats.A))
        .expect(200)
    ).body;
    expect(paperA).toMatchObject({ level: 'L3', extended: true, deadline: until });
    expect(paperA.items.map((i: { code: string; target: number | null }) => [i.code, i.target])).toEqual([
      ['DUAL_QUALIFIED_RATIO', 50],
      ['STUDENT_TEACHER_RATIO', null],
      ['TECH_SERVICE_GROWTH', null],
    ]);
    const paperC = (
      await http()
        .get(evaluation(`/rounds/${q3}/papers/${ids.C}`))
        .set(bearer(secretariats.C))
        .expect(200)
    ).body;
    expect(paperC).toMatchObject({ extended: false, deadline: '2025-10-15T15:59:59.000Z' });

    // B (extended) submits with a slip, TECH_SERVICE_GROWTH 100 instead of 10; the task force returns it.
    await fillIn(q3, 'B', { DUAL_QUALIFIED_RATIO: 40, STUDENT_TEACHER_RATIO: 15, TECH_SERVICE_GROWTH: 100 });
    expect(await submit(q3, 'B')).toMatchObject({ status: 'SUBMITTED', late: false });
    const returned = await http()
      .post(`${sheetOf(q3, 'B')}/return`)
      .set(bearer(taskforce))
      .send({ comments: [{ indicatorCode: 'TECH_SERVICE_GROWTH', comment: '增长率与台账不符，请核实' }] })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'RETURNED', comments: [{ indicatorCode: 'TECH_SERVICE_GROWTH', comment: '增长率与台账不符，请核实' }] });
    const seen = (await http().get(sheetOf(q3, 'B')).set(bearer(secretariats.B)).expect(200)).body;
    expect(seen).toMatchObject({
      roundCode: '2025Q3',
      consortiumId: ids.B,
      consortiumName: name('B'),
      status: 'RETURNED',
      comments: [{ indicatorCode: 'TECH_SERVICE_GROWTH' }],
      evidence: [expect.objectContaining({ indicatorCode: 'DUAL_QUALIFIED_RATIO' })],
    });
    await http()
      .put(sheetOf(q3, 'B'))
      .set(bearer(secretariats.B))
      .set(await ifMatchOf(api, sheetOf(q3, 'B'), secretariats.B))
      .send({ answers: { DUAL_QUALIFIED_RATIO: 40, STUDENT_TEACHER_RATIO: 15, TECH_SERVICE_GROWTH: 10 } })
      .expect(200);
    expect(await submit(q3, 'B')).toMatchObject({ status: 'SUBMITTED', late: false });
    const accepted = (
      await http()
        .post(`${sheetOf(q3, 'B')}/accept`)
        .set(bearer(taskforce))
        .expect(200)
    ).body;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', answers: { TECH_SERVICE_GROWTH: 10 }, roundCode: '2025Q3', consortiumName: name('B') });

    // C and D answer after the deadline without an extension: taken, and flagged late.
    await fillIn(q3, 'C', { DUAL_QUALIFIED_RATIO: 30, STUDENT_TEACHER_RATIO: 20, TECH_SERVICE_GROWTH: 5 });
    expect(await submit(q3, 'C')).toMatchObject({ status: 'SUBMITTED', late: true });
    await fillIn(q3, 'D', { DUAL_QUALIFIED_RATIO: 45, STUDENT_TEACHER_RATIO: 12.5, TECH_SERVICE_GROWTH: 15 });
    expect(await submit(q3, 'D')).toMatchObject({ status: 'SUBMITTED', late: true });
    // E saves a draft and never submits it.
    await http()
      .put(sheetOf(q3, 'E'))
      .set(bearer(secretariats.E))
      .set(await ifMatchOf(api, sheetOf(q3, 'E'), secretariats.E))
      .send({ answers: { DUAL_QUALIFIED_RATIO: 60 } })
      .expect(200);

    // The round closes; A's extension still runs, so A answers after the close and is not late.
    expect(await transition(q3, 'CLOSED')).toMatchObject({ status: 'CLOSED' });
    await fillIn(q3, 'A', { DUAL_QUALIFIED_RATIO: 50, STUDENT_TEACHER_RATIO: 10, TECH_SERVICE_GROWTH: 20 });
    expect(await submit(q3, 'A')).toMatchObject({ status: 'SUBMITTED', late: false });
    const e = (await http().get(sheetOf(q3, 'E')).set(bearer(taskforce)).expect(200)).body;
    expect(e).toMatchObject({ status: 'DRAFT', submittedAt: null });

    const results = await scoreAndPublish(q3);
    // Normalized values (L3 group of the four submitters A–D; E takes no part):
    //   DUAL_QUALIFIED_RATIO, TARGET 50:      A 50→1,   B 40→0.8, C 30→0.6, D 45→0.9
    //   STUDENT_TEACHER_RATIO, MIN_MAX cost:  min 10, max 20: A 1, B 0.5, C 0, D 0.75
    //   TECH_SERVICE_GROWTH, MAX (B's corrected 10, not 100): max 20: A 1, B 0.5, C 0.25, D 0.75
    // Level score = 0.3·n1 + 0.3·n2 + 0.4·n3:
    //   A 0.3 + 0.3 + 0.4 = 1;  D 0.27 + 0.225 + 0.3 = 0.795;  B 0.24 + 0.15 + 0.2 = 0.59;  C 0.18 + 0 + 0.1 = 0.28
    // First round: nobody has a previous score, so β = 0 and total = level score.
    // Grades by percentile (share of totals ≤ own): A 100 → A, D 75 → B, B 50 → D, C 25 → D; E NOT_SUBMITTED → D.
    // A dominates D, D dominates B, B dominates C on every indicator, so no weighting changes the order:
    // every Monte Carlo draw gives the same ranks, and each rank interval is one rank wide.
    const q3Items = results.items;
    expect(q3Items.map((i) => keyOf(i.consortiumId))).toEqual(['A', 'D', 'B', 'C', 'E']);
    const r = byKey(q3Items);
    // [status, total on 0–1, total shown on 0–100, rank, grade]
    const expected: Record<string, [string, number, number, number, string]> = {
      A: ['SCORED', 1, 100, 1, 'A'],
      D: ['SCORED', 0.795, 79.5, 2, 'B'],
      B: ['SCORED', 0.59, 59, 3, 'D'],
      C: ['SCORED', 0.28, 28, 4, 'D'],
      E: ['NOT_SUBMITTED', 0, 0, 5, 'D'],
    };
    for (const [k, [status, total, shown, rank, grade]] of Object.entries(expected)) {
      expect({ k, status: r[k].status, rank: r[k].rank, grade: r[k].grade, level: r[k].level, interval: r[k].rankInterval, median: r[k].medianRank }).toEqual({
        k,
        status,
        rank,
        grade,
        level: 'L3',
        interval: [rank, rank],
        median: rank,
      });
      // Shown on 0–100 with two decimals; the raw 0–1 value beside it.
      expect({ k, total: r[k].total, levelScore: r[k].levelScore, improvement: r[k].improvement }).toEqual({
        k,
        total: shown,
        levelScore: shown,
        improvement: 0,
      });
      expect(r[k].totalRaw).toBeCloseTo(total, 9);
      expect(r[k].levelScoreRaw).toBeCloseTo(total, 9);
      expect(r[k].improvementRaw).toBe(0);
      expect(r[k].consortiumName).toBe(name(k));
      expect(r[k].explanation.previous).toBeNull(); // the first round
      // Every draw gave the same ranks: all of each one's probability is on its own rank.
      expect(r[k].explanation.rankProbabilities).toEqual([{ rank, percent: 100 }]);
    }

    // B's explanation, in points on 0–100: contributions w·n, dimension scores Σw·n/Σw, the gap
    // w·(best − own) of every indicator, each value against its target, the weights used.
    const b = r.B.explanation;
    expect(b.weighting).toBe('EXPERT');
    expect(b.dimensions).toEqual([
      { code: 'TALENT_CULTIVATION', name: '多元共育人才培养', score: 65, scoreRaw: expect.closeTo(0.65, 9) }, // (0.24 + 0.15) / 0.6
      { code: 'INDUSTRY_SERVICE', name: '教产互促服务发展', score: 50, scoreRaw: expect.closeTo(0.5, 9) }, // 0.2 / 0.4
    ]);
    const row = (i: IndicatorExplanation) => [
      i.code,
      i.name,
      i.dimensionName,
      i.value,
      i.target,
      i.achievementPercent,
      i.shortOfTarget,
      i.normalized,
      i.weightUsed,
      i.weightDeclared,
      i.contribution,
      i.gap,
    ];
    expect(b.indicators.map(row)).toEqual([
      // 40 of a target of 50: 80 %, 10 short; n 0.8; weight 0.3 (expert: used = declared); 0.3·0.8 = 24 points, 0.3·(1 − 0.8) = 6 lost to A
      ['DUAL_QUALIFIED_RATIO', '双师型教师占比', '多元共育人才培养', 40, 50, 80, 10, 80, 30, 30, 24, 6],
      // no target; n (20 − 15)/10 = 0.5: 0.3·0.5 = 15 points, 15 lost to A's 1
      ['STUDENT_TEACHER_RATIO', '生师比', '多元共育人才培养', 15, null, null, null, 50, 30, 30, 15, 15],
      // the corrected 10, not 100: n 10/20 = 0.5: 0.4·0.5 = 20 points, 20 lost
      ['TECH_SERVICE_GROWTH', '技术服务产值增长率', '教产互促服务发展', 10, null, null, null, 50, 40, 40, 20, 20],
    ]);
    expect(b.indicators[0].contributionRaw).toBeCloseTo(0.24, 9);
    expect(b.largestGaps.map((g) => [g.code, g.name, g.gap])).toEqual([
      ['TECH_SERVICE_GROWTH', '技术服务产值增长率', 20],
      ['STUDENT_TEACHER_RATIO', '生师比', 15],
      ['DUAL_QUALIFIED_RATIO', '双师型教师占比', 6],
    ]);
    // A is the best everywhere: nothing lost; 50 of 50 is 100 % of the target, nothing short.
    expect(r.A.explanation.largestGaps).toEqual([]);
    expect(r.A.explanation.indicators.map((i) => i.gap)).toEqual([0, 0, 0]);
    expect(r.A.explanation.indicators[0]).toMatchObject({ value: 50, target: 50, achievementPercent: 100, shortOfTarget: 0 });
    // E did not submit: no value, no contribution, no gap measured, last with certainty.
    expect(r.E.explanation).toMatchObject({ dimensions: [], largestGaps: [], rankProbabilities: [{ rank: 5, percent: 100 }] });
    expect(r.E.explanation.indicators.map((i) => [i.code, i.value, i.target, i.contribution, i.gap])).toEqual([
      ['DUAL_QUALIFIED_RATIO', null, 50, 0, null],
      ['STUDENT_TEACHER_RATIO', null, null, 0, null],
      ['TECH_SERVICE_GROWTH', null, null, 0, null],
    ]);

    // 晾晒: the public ranking, without login and without explanations.
    const ranking = (
      await http()
        .get(evaluation(`/rankings/${q3}`))
        .expect(200)
    ).body;
    expect(ranking).toMatchObject({ code: '2025Q3', revision: 1, digest: results.digest });
    expect(
      ranking.items.map((i: { consortiumName: string; rank: number; status: string; grade: string; total: number }) => [
        i.consortiumName,
        i.rank,
        i.status,
        i.grade,
        i.total,
      ]),
    ).toEqual([
      [name('A'), 1, 'SCORED', 'A', 100],
      [name('D'), 2, 'SCORED', 'B', 79.5],
      [name('B'), 3, 'SCORED', 'D', 59],
      [name('C'), 4, 'SCORED', 'D', 28],
      [name('E'), 5, 'NOT_SUBMITTED', 'D', 0],
    ]);
    expect(ranking.items[1].totalRaw).toBeCloseTo(0.795, 9);
    for (const item of ranking.items) expect(item).not.toHaveProperty('explanation');
    expect((await http().get(evaluation('/rankings')).expect(200)).body.items.map((i: { code: string }) => i.code)).toEqual(['2025Q3']);
  }, 180_000);

  it('2025Q4, scheme version 2 with improvement (β = 0.5): the one that improved most overtakes those that stood still', async () => {
    const v2 = (
      await http()
        .post(evaluation('/schemes'))
        .set(bearer(taskforce))
        .send({ code: 'CQ-QUARTER', name: '季度赛马方案（计进步）', definition: { ...DEFINITION, settings: { ...DEFINITION.settings, beta: 0.5 } } })
        .expect(201)
    ).body;
    expect(v2).toMatchObject({ code: 'CQ-QUARTER', version: 2, usedAt: null });
    // Version 1, used by 2025Q3, is as it was.
    expect(
      (
        await http()
          .get(evaluation(`/schemes/${schemeV1.id}`))
          .set(bearer(taskforce))
          .expect(200)
      ).body,
    ).toMatchObject({ version: 1, definition: schemeV1.definition, usedAt: expect.any(String) });

    const deadline = new Date(Date.now() + 30 * DAY).toISOString();
    const q4 = (await http().post(evaluation('/rounds')).set(bearer(taskforce)).send({ code: '2025Q4', schemeId: v2.id, deadline }).expect(201)).body.id;
    await transition(q4, 'OPEN');
    // A, C and D answer as in 2025Q3; B raises every figure; E again never submits.
    const answers: Record<string, Record<string, number>> = {
      A: { DUAL_QUALIFIED_RATIO: 50, STUDENT_TEACHER_RATIO: 10, TECH_SERVICE_GROWTH: 20 },
      B: { DUAL_QUALIFIED_RATIO: 50, STUDENT_TEACHER_RATIO: 11, TECH_SERVICE_GROWTH: 18 },
      C: { DUAL_QUALIFIED_RATIO: 30, STUDENT_TEACHER_RATIO: 20, TECH_SERVICE_GROWTH: 5 },
      D: { DUAL_QUALIFIED_RATIO: 45, STUDENT_TEACHER_RATIO: 12.5, TECH_SERVICE_GROWTH: 15 },
    };
    for (const [k, a] of Object.entries(answers)) {
      await fillIn(q4, k, a);
      expect(await submit(q4, k)).toMatchObject({ status: 'SUBMITTED', late: false });
    }

    const results = await closeScoreAndPublish(q4);
    // Level scores: A, C, D as before (same values, same min/max/best): 1, 0.28, 0.795.
    //   B: n1 50/50 = 1, n2 (20 − 11)/10 = 0.9, n3 18/20 = 0.9 → 0.3 + 0.27 + 0.36 = 0.93.
    // Change against 2025Q3: A 0, B 0.93 − 0.59 = 0.34, C 0, D 0 (E had no score, so no improvement).
    // Four with a change are fewer than MIN_RELATIVE_GROUP (5), so improvement is on the absolute
    // scale (1 + change)/2, not min-max over four: B 0.67, A 0.5, C 0.5, D 0.5.
    // Total = 0.5·level + 0.5·improvement: B 0.465 + 0.335 = 0.8, A 0.5 + 0.25 = 0.75, D 0.3975 + 0.25 = 0.6475,
    // C 0.14 + 0.25 = 0.39; E last.
    // Grades by percentile: B 100 → A, A 75 → B, D 50 → D, C 25 → D.
    const r = byKey(results.items);
    expect(results.items.map((i) => keyOf(i.consortiumId))).toEqual(['B', 'A', 'D', 'C', 'E']);
    // [level, improvement, total] on 0–1, the same shown on 0–100, rank, grade
    const expected: Record<string, [number, number, number, [number, number, number], number, string]> = {
      B: [0.93, 0.67, 0.8, [93, 67, 80], 1, 'A'],
      A: [1, 0.5, 0.75, [100, 50, 75], 2, 'B'],
      D: [0.795, 0.5, 0.6475, [79.5, 50, 64.75], 3, 'D'],
      C: [0.28, 0.5, 0.39, [28, 50, 39], 4, 'D'],
      E: [0, 0, 0, [0, 0, 0], 5, 'D'],
    };
    for (const [k, [level, improvement, total, shown, rank, grade]] of Object.entries(expected)) {
      expect({ k, rank: r[k].rank, grade: r[k].grade }).toEqual({ k, rank, grade });
      expect({ k, levelScore: r[k].levelScore, improvement: r[k].improvement, total: r[k].total }).toEqual({
        k,
        levelScore: shown[0],
        improvement: shown[1],
        total: shown[2],
      });
      expect(r[k].levelScoreRaw).toBeCloseTo(level, 9);
      expect(r[k].improvementRaw).toBeCloseTo(improvement, 9);
      expect(r[k].totalRaw).toBeCloseTo(total, 9);
    }
    expect(r.E.status).toBe('NOT_SUBMITTED');
    // B's lead rests on its improvement: its level score alone (0.93) is below A's (1).
    expect(r.B.levelScore).toBeLessThan(r.A.levelScore);
    // B improves most under any weighting: its level score stays ≥ 0.9, so its total ≥ 0.5·0.9 + 0.335 = 0.785, above A's 0.75.
    expect(r.B.rankInterval).toEqual([1, 1]);
    expect(r.E.rankInterval).toEqual([5, 5]);
    expect(r.B.explanation.indicators.find((i) => i.code === 'STUDENT_TEACHER_RATIO')!.contribution).toBe(27); // 0.3 · 0.9
    // Against 2025Q3: B from 59 (3rd) to 80 (1st), two places up; A from 100 (1st) to 75 (2nd), one down.
    expect(r.B.explanation.previous).toMatchObject({ roundCode: '2025Q3', total: 59, rank: 3, totalChange: 21, rankChange: 2 });
    expect(r.A.explanation.previous).toMatchObject({ roundCode: '2025Q3', total: 100, rank: 1, totalChange: -25, rankChange: -1 });
    expect(r.E.explanation.previous).toMatchObject({ roundCode: '2025Q3', total: 0, rank: 5, totalChange: 0, rankChange: 0 });

    // The public board shows both quarters; in the later one B stands above A and D.
    const board = (await http().get(evaluation('/rankings')).expect(200)).body.items.map((i: { code: string }) => i.code);
    expect(board).toEqual(['2025Q4', '2025Q3']);
    const order = async (roundId: string) =>
      (
        await http()
          .get(evaluation(`/rankings/${roundId}`))
          .expect(200)
      ).body.items.map((i: { consortiumName: string }) => i.consortiumName);
    expect(await order(q3)).toEqual(['A', 'D', 'B', 'C', 'E'].map(name));
    expect(await order(q4)).toEqual(['B', 'A', 'D', 'C', 'E'].map(name));
  }, 180_000);
});
