import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { makeUscc } from '#registry';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { ifMatchOf } from '../support/conditional.js';

/**
 * One indicator scored against a target of 100 (TARGET, cap 1), weight 1 and β = 0, so a
 * consortium's total is its answer / 100 and its grade is absolute: A ≥ 85, B ≥ 70, C ≥ 60, D below.
 */
const DEFINITION = {
  dimensions: [{ code: 'ENTITY_OPERATION', name: '实体化运行', weight: 1 }],
  indicators: [
    {
      code: 'OPERATION_SCORE',
      name: '实体化运行成效',
      unit: '分',
      dimension: 'ENTITY_OPERATION',
      direction: 'benefit',
      valueType: 'NUMBER',
      normalization: 'TARGET',
      weight: 1,
      required: true,
      evidenceRequired: false,
      range: { min: 0, max: 100 },
      levels: { L1: { target: 100 }, L2: { target: 100 }, L3: { target: 100 } },
    },
  ],
  settings: {
    aggregation: 'WEIGHTED_SUM',
    weighting: 'EXPERT',
    alpha: 0.5,
    beta: 0,
    missingOptional: 'RENORMALIZE',
    cap: 1,
    grades: { method: 'ABSOLUTE', bounds: [85, 70, 60] },
  },
};

const KEYS = ['X', 'Y', 'Z', 'P', 'Q'] as const;
type Key = (typeof KEYS)[number];

interface Proposal {
  id: string;
  rule: number;
  kind: string;
  trigger: string;
  consortiumId: string;
  organizationId: string | null;
  fromStatus: string;
  toStatus: string | null;
  fromTier: string;
  toTier: string | null;
  rectificationDeadline: string | null;
  evidence: Record<string, unknown>;
  status: string;
  ruleSetVersion: number;
}

/**
 * 有进有出、动态调整 over six quarters (2025Q1–2026Q2) and the 2025 annual competition, all over the
 * API with a real worker: five park-led consortia (level L3; bottom 10 % of five = the last rank,
 * top half = ranks 1–2). X sinks ACTIVE → WARNED → PROBATION → DELISTED (its rectification
 * deadline lapses), Y is warned for two D grades and recovers (WARNED → ACTIVE), Z wins the year
 * and is promoted to MUNICIPAL. Each step asserts the exact proposals, the decisions, the list as
 * of the dates around them and the events.
 */
describe('有进有出、动态调整: six quarters of proposals and decisions', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let taskforce: string;
  let schemeId: string;
  const ids = {} as Record<Key, string>;
  const secretariats = {} as Record<Key, string>;
  /** Member units: `P-ENTERPRISE` → organization id. */
  const units: Record<string, string> = {};
  const http = () => request(api.getHttpServer());
  const keyOf = (id: string) => KEYS.find((k) => ids[k] === id);

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
    const admin = (await loginAs(api, 'admin')).token;
    // Fixtures over the registry API: each consortium in preparation, a park chairing the council
    // (lead unit), a school and a firm on it (composition complete), entered by decision on 2024-06-01.
    for (const [i, k] of KEYS.entries()) {
      const c = await http()
        .post('/api/v1/consortia')
        .set(bearer(admin))
        .send({ name: `调整测试联合体${k}（演示）`, kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2024-01-01' })
        .expect(201);
      ids[k] = c.body.id;
      for (const [j, [type, role]] of (
        [
          ['PARK', 'COUNCIL_CHAIR'],
          ['SCHOOL', 'COUNCIL_MEMBER'],
          ['ENTERPRISE', 'COUNCIL_MEMBER'],
        ] as const
      ).entries()) {
        const org = await http()
          .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', `MA0A${i}${j}00`)}`)
          .set(bearer(admin))
          .send({ name: `调整测试${k}${type}（演示）`, type, districtCode: '500118' })
          .expect((r) => expect([200, 201]).toContain(r.status));
        await http()
          .post(`/api/v1/consortia/${ids[k]}/memberships`)
          .set(bearer(admin))
          .send({ organizationId: org.body.id, role, isLead: j === 0, validFrom: '2024-01-01' })
          .expect(201);
        units[`${k}-${type}`] = org.body.id;
      }
      await http()
        .post(`/api/v1/consortia/${ids[k]}/decisions`)
        .set(bearer(taskforce))
        .send({ toStatus: 'ACTIVE', effectiveOn: '2024-06-01', reason: '工作专班审定入册' })
        .expect(201);
      secretariats[k] = (await loginAs(api, 'secretariat', { consortiumId: ids[k] })).token;
    }
    // Participation (rule 7): every member unit took part in 2024Q4 and 2025Q3, except P's firm, never.
    for (const [unit, organizationId] of Object.entries(units)) {
      if (unit === 'P-ENTERPRISE') continue;
      const k = unit.slice(0, 1) as Key;
      for (const quarter of ['2024Q4', '2025Q3']) {
        await http()
          .post(`/api/v1/consortia/${ids[k]}/participation`)
          .set(bearer(secretariats[k]))
          .send({ organizationId, quarter, source: 'OTHER', ref: `理事会会议纪要 ${quarter}` })
          .expect(201);
      }
    }
    schemeId = (
      await http()
        .post('/api/v1/evaluation/schemes')
        .set(bearer(taskforce))
        .send({ code: 'CQ-ADJUST', name: '动态调整测试方案', definition: DEFINITION })
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  /** Waits until the worker has run the rules for an event of `type` about `aggregateId`. */
  async function rulesRan(consumer: string, type: string, aggregateId: string) {
    await waitFor(
      async () =>
        (
          await dataSource.query(
            `SELECT 1 FROM outbox_consumption c JOIN outbox_event e ON e.event_id = c.event_id WHERE c.consumer = $1 AND e.type = $2 AND e.aggregate_id = $3`,
            [consumer, type, aggregateId],
          )
        ).length > 0 || undefined,
      { what: `${consumer} after ${type} ${aggregateId}`, timeoutMs: 60_000, intervalMs: 200 },
    );
  }

  /** A quarter over the API: round, answers, acceptance, close, scoring in the worker, publication, and the rules after it. */
  async function quarter(code: string, answers: Partial<Record<Key, number>>): Promise<string> {
    const round = await http()
      .post('/api/v1/evaluation/rounds')
      .set(bearer(taskforce))
      .send({ code, schemeId, deadline: '2030-01-01T00:00:00+08:00' })
      .expect(201);
    const roundId = round.body.id;
    await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(taskforce)).send({ to: 'OPEN' }).expect(200);
    for (const [k, value] of Object.entries(answers) as [Key, number][]) {
      const sheet = `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${ids[k]}`;
      await http()
        .put(sheet)
        .set(bearer(secretariats[k]))
        .set(await ifMatchOf(api, sheet, secretariats[k]))
        .send({ answers: { OPERATION_SCORE: value } })
        .expect(200);
      await http().post(`${sheet}/submit`).set(bearer(secretariats[k])).expect(200);
      await http().post(`${sheet}/accept`).set(bearer(taskforce)).expect(200);
    }
    await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(taskforce)).send({ to: 'CLOSED' }).expect(200);
    await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({}).expect(202);
    await waitFor(
      async () => ((await http().get(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce))).body.status === 'DONE' ? true : undefined),
      {
        what: `${code} scored`,
        timeoutMs: 60_000,
        intervalMs: 200,
      },
    );
    await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(taskforce)).send({}).expect(200);
    await rulesRan('adjustment.rules-after-round', 'evaluation.round.published', roundId);
    return roundId;
  }

  const pending = async (): Promise<Proposal[]> =>
    (await http().get('/api/v1/adjustment/proposals').query({ status: 'PENDING' }).set(bearer(taskforce)).expect(200)).body.items;
  const unitOf = (id: string | null) => Object.entries(units).find(([, v]) => v === id)?.[0];
  const summary = (ps: Proposal[]) =>
    ps
      .map((p) =>
        p.kind === 'MEMBER_EXIT'
          ? `${keyOf(p.consortiumId)} r${p.rule} exit ${unitOf(p.organizationId)}`
          : `${keyOf(p.consortiumId)} r${p.rule} ${p.fromStatus}→${p.toStatus ?? p.toTier}`,
      )
      .sort();
  const decide = (id: string, body: Record<string, unknown>) => http().post(`/api/v1/adjustment/proposals/${id}/decision`).set(bearer(taskforce)).send(body);

  /** The official list on a date: key → status/tier. */
  async function listOn(asOf: string): Promise<Record<string, string>> {
    const res = await http().get('/api/v1/official-list').query({ asOf }).expect(200);
    return Object.fromEntries(
      (res.body.items as { consortiumId: string; status: string; tier: string }[])
        .filter((c) => keyOf(c.consortiumId))
        .map((c) => [keyOf(c.consortiumId)!, `${c.status}/${c.tier}`]),
    );
  }

  const proposalsById = new Map<string, Proposal>();

  it('2025Q1: one bad quarter is not enough; a member unit idle for four quarters is proposed to leave (rule 7)', async () => {
    // Totals X 0.10 (D, last), Y 0.50 (D), Z 0.95, P 0.80, Q 0.75.
    await quarter('2025Q1', { X: 10, Y: 50, Z: 95, P: 80, Q: 75 });
    const [exit] = await pending();
    expect(summary(await pending())).toEqual(['P r7 exit P-ENTERPRISE']);
    // A member since 2024-01-01 with nothing recorded in 2024Q2–2025Q1.
    expect(exit).toMatchObject({
      kind: 'MEMBER_EXIT',
      consortiumName: '调整测试联合体P（演示）',
      organizationName: '调整测试PENTERPRISE（演示）',
      trigger: 'idle:member-since-2024-01-01',
      fromStatus: 'ACTIVE',
      toStatus: null,
      evidence: { quarters: ['2024Q2', '2024Q3', '2024Q4', '2025Q1'], lastParticipation: null, memberSince: '2024-01-01' },
    });
    // Approved: an EXPEL application (reason ADJUSTMENT) waits for P's secretariat; the membership itself is untouched.
    const approved = await decide(exit.id, { outcome: 'APPROVE', reason: '连续四个季度无参与记录，建议退出', effectiveOn: '2025-06-30' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', consortiumName: '调整测试联合体P（演示）', organizationName: '调整测试PENTERPRISE（演示）' });
    expect((await http().get(`/api/v1/adjustment/proposals/${exit.id}`).set(bearer(taskforce)).expect(200)).body).toMatchObject({
      consortiumName: '调整测试联合体P（演示）',
      organizationName: '调整测试PENTERPRISE（演示）',
    });
    const applications = await http().get(`/api/v1/consortia/${ids.P}/applications`).set(bearer(secretariats.P)).expect(200);
    expect(applications.body.items).toEqual([
      expect.objectContaining({
        id: approved.body.applicationId,
        organizationId: units['P-ENTERPRISE'],
        kind: 'EXPEL',
        exitReason: 'ADJUSTMENT',
        status: 'SUBMITTED',
        effectiveOn: '2025-06-30',
      }),
    ]);
  });

  it('2025Q2: rule 1 proposes warnings for the last place twice (X) and a D grade twice (Y)', async () => {
    const roundId = await quarter('2025Q2', { X: 10, Y: 55, Z: 96, P: 80, Q: 75 });
    const proposals = await pending();
    expect(summary(proposals)).toEqual(['X r1 ACTIVE→WARNED', 'Y r1 ACTIVE→WARNED']);
    const x = proposals.find((p) => p.consortiumId === ids.X)!;
    expect(x).toMatchObject({
      kind: 'STATUS',
      trigger: 'round:2025Q2',
      ruleSetVersion: 1,
      fromTier: 'PARK_LED',
      toTier: null,
      consortiumName: '调整测试联合体X（演示）',
      organizationName: null,
    });
    expect(x.evidence).toEqual({
      rounds: [
        { round: '2025Q1', rank: 5, of: 5, grade: 'D', status: 'SCORED' },
        { round: '2025Q2', rank: 5, of: 5, grade: 'D', status: 'SCORED' },
      ],
    });
    expect(proposals.find((p) => p.consortiumId === ids.Y)!.evidence).toEqual({
      rounds: [
        { round: '2025Q1', rank: 4, of: 5, grade: 'D', status: 'SCORED' },
        { round: '2025Q2', rank: 4, of: 5, grade: 'D', status: 'SCORED' },
      ],
    });
    const events = await dataSource.query(`SELECT payload->>'consortiumId' AS c FROM outbox_event WHERE type = 'adjustment.proposal.created'`);
    expect(events.map((e: { c: string }) => keyOf(e.c)).sort()).toEqual(['P', 'X', 'Y']);

    // The rules run again for the same round (a redelivered event under another id): nothing new.
    await dataSource.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload, tx_id) SELECT type, aggregate_type, aggregate_id, payload, txid_current() FROM outbox_event WHERE type = 'evaluation.round.published' AND aggregate_id = $1`,
      [roundId],
    );
    await waitFor(
      async () =>
        Number((await dataSource.query(`SELECT count(*) AS n FROM outbox_consumption WHERE consumer = 'adjustment.rules-after-round'`))[0].n) === 3 ||
        undefined,
      { what: 'the second run for 2025Q2', timeoutMs: 60_000 },
    );
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM adjustment_proposal`))[0].n).toBe(3);
    for (const p of proposals) proposalsById.set(p.id, p);
  });

  it('decides once: two concurrent approvals give one decision and one 409; a second decision is 409; a stale one is 409; nothing changes', async () => {
    const [x, y] = [...proposalsById.values()].sort((a, b) => (keyOf(a.consortiumId)! < keyOf(b.consortiumId)! ? -1 : 1));
    const missing = await decide(x.id, { outcome: 'APPROVE', reason: '缺少生效日期' }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['effectiveOn']);

    const body = { outcome: 'APPROVE', reason: '连续两个季度位列本层级末位，给予黄牌警示', effectiveOn: '2025-07-15' };
    const [a, b] = await Promise.all([decide(x.id, body), decide(x.id, body)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const lost = a.status === 409 ? a : b;
    expect(lost.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(lost.body.code).toBe('PROPOSAL_ALREADY_DECIDED');
    const won = (a.status === 200 ? a : b).body;
    expect(won).toMatchObject({ status: 'APPROVED', effectiveOn: '2025-07-15', decisionId: expect.any(String) });
    const decisions = await http().get(`/api/v1/consortia/${ids.X}/decisions`).set(bearer(taskforce)).expect(200);
    expect(
      decisions.body.items.map((d: { toStatus: string; effectiveOn: string; ruleRef: string | null; roundRef: string | null }) => [
        d.toStatus,
        d.effectiveOn,
        d.ruleRef,
        d.roundRef,
      ]),
    ).toEqual([
      ['ACTIVE', '2024-06-01', null, null],
      ['WARNED', '2025-07-15', 'rule-set v1, rule 1', 'round:2025Q2'],
    ]);

    const counts = async () =>
      (
        await dataSource.query(
          `SELECT (SELECT count(*) FROM consortium_decision)::int AS d, (SELECT count(*) FROM outbox_event)::int AS e, (SELECT count(*) FROM audit_event)::int AS a`,
        )
      )[0];
    const before = await counts();
    expect((await decide(x.id, { outcome: 'REJECT', reason: '再议' }).expect(409)).body.code).toBe('PROPOSAL_ALREADY_DECIDED');

    // The task force warned Y by hand meanwhile: the proposal for Y is stale.
    await http()
      .post(`/api/v1/consortia/${ids.Y}/decisions`)
      .set(bearer(taskforce))
      .send({ toStatus: 'WARNED', effectiveOn: '2025-07-15', reason: '两个季度均为 D 等，直接警示' })
      .expect(201);
    const afterHand = await counts();
    const stale = await decide(y.id, body).expect(409);
    expect(stale.body).toMatchObject({ code: 'PROPOSAL_STALE', errors: [{ field: 'proposalId', code: 'PROPOSAL_STALE' }] });
    expect(await counts()).toEqual(afterHand);
    expect(afterHand.d).toBe(before.d + 1);
    expect((await http().get(`/api/v1/adjustment/proposals/${y.id}`).set(bearer(taskforce)).expect(200)).body.status).toBe('PENDING');
    // It stays on record, rejected with its reason.
    await decide(y.id, { outcome: 'REJECT', reason: '已直接作出警示决定' }).expect(200);
  });

  it('2025Q3: rule 2 puts X (warned and last again) on probation with a deadline; Y is in the top half once', async () => {
    // Totals X 0.10 (last), Y 0.90 (2nd), Z 0.97, P 0.80, Q 0.75.
    await quarter('2025Q3', { X: 10, Y: 90, Z: 97, P: 80, Q: 75 });
    const [x] = await pending();
    expect(summary(await pending())).toEqual(['X r2 WARNED→PROBATION']);
    expect(x).toMatchObject({
      trigger: 'round:2025Q3',
      rectificationDeadline: '2026-03-29',
      evidence: { rounds: [{ round: '2025Q3', rank: 5, of: 5, grade: 'D', status: 'SCORED' }], warnedSince: '2025-07-15' },
    });
    const early = await decide(x.id, { outcome: 'APPROVE', reason: '限期整改', effectiveOn: '2025-10-15', rectificationDeadline: '2025-10-01' }).expect(422);
    expect(early.body).toMatchObject({ code: 'RECTIFICATION_DEADLINE_INVALID', errors: [{ field: 'rectificationDeadline' }] });
    const approved = await decide(x.id, {
      outcome: 'APPROVE',
      reason: '警示后仍居末位，限期整改',
      effectiveOn: '2025-10-15',
      rectificationDeadline: '2026-01-31',
    }).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', rectificationDeadline: '2026-01-31' });
  });

  it('2025Q4: X’s lapsed deadline proposes delisting (rule 3); Y in the top half twice is lifted (rule 4)', async () => {
    await quarter('2025Q4', { X: 10, Y: 91, Z: 98, P: 80, Q: 75 });
    const proposals = await pending();
    expect(summary(proposals)).toEqual(['X r3 PROBATION→DELISTED', 'Y r4 WARNED→ACTIVE']);
    const x = proposals.find((p) => p.consortiumId === ids.X)!;
    expect(x).toMatchObject({ trigger: 'probation-deadline:2026-01-31', evidence: { rectificationDeadline: '2026-01-31', probationSince: '2025-10-15' } });
    expect(proposals.find((p) => p.consortiumId === ids.Y)!.evidence).toEqual({
      rounds: [
        { round: '2025Q3', rank: 2, of: 5, grade: 'A', status: 'SCORED' },
        { round: '2025Q4', rank: 2, of: 5, grade: 'A', status: 'SCORED' },
      ],
    });
    await decide(x.id, { outcome: 'APPROVE', reason: '整改期满未达标，退出建设名单', effectiveOn: '2026-02-01' }).expect(200);
    await decide(proposals.find((p) => p.consortiumId === ids.Y)!.id, {
      outcome: 'APPROVE',
      reason: '连续两个季度位居前列，撤销警示',
      effectiveOn: '2026-01-15',
    }).expect(200);
  });

  it('2025 annual competition: Z, first of L3 with 优秀, is proposed for promotion (rule 5)', async () => {
    await http().post('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce)).send({}).expect(202);
    await waitFor(async () => ((await http().get('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce))).body.status === 'DONE' ? true : undefined), {
      what: '2025 scored',
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    await http().post('/api/v1/evaluation/years/2025/publication').set(bearer(taskforce)).send({}).expect(200);
    await rulesRan('adjustment.rules-after-year', 'evaluation.annual.published', '2025');
    const [z] = await pending();
    expect(summary(await pending())).toEqual(['Z r5 ACTIVE→MUNICIPAL']);
    // Z's annual total (0.95 + 0.96 + 0.97 + 0.98) / 4 = 0.965 ranks first of the five.
    expect(z).toMatchObject({
      kind: 'TIER',
      trigger: 'annual:2025',
      fromTier: 'PARK_LED',
      toTier: 'MUNICIPAL',
      toStatus: null,
      evidence: { year: 2025, level: 'L3', rank: 1, of: 5, grade: '优秀' },
    });
    await decide(z.id, { outcome: 'APPROVE', reason: '年度比拼 L3 第一，晋升市级', effectiveOn: '2026-01-10' }).expect(200);
  });

  it('2026Q1 and 2026Q2: X is off the list, Z ranks in L2, the others propose nothing', async () => {
    await quarter('2026Q1', { Y: 92, Z: 99, P: 80, Q: 75 });
    await quarter('2026Q2', { Y: 93, Z: 99, P: 70, Q: 75 });
    expect(await pending()).toEqual([]);
    const results = await dataSource.query(
      `SELECT r.code, x.consortium_id, x.level, x.rank FROM round_result x JOIN evaluation_round r ON r.id = x.round_id WHERE r.code LIKE '2026%' ORDER BY r.code, x.level, x.rank`,
    );
    expect(
      results.map((r: { code: string; consortium_id: string; level: string; rank: number }) => `${r.code} ${r.level} ${keyOf(r.consortium_id)}${r.rank}`),
    ).toEqual(['2026Q1 L2 Z1', '2026Q1 L3 Y1', '2026Q1 L3 P2', '2026Q1 L3 Q3', '2026Q2 L2 Z1', '2026Q2 L3 Y1', '2026Q2 L3 Q2', '2026Q2 L3 P3']);
  });

  it('answers the official list exactly as of every date of the story, between decisions too', async () => {
    const all = (s: string) => Object.fromEntries(KEYS.map((k) => [k, s]));
    expect(await listOn('2024-05-31')).toEqual({});
    expect(await listOn('2024-06-01')).toEqual(all('ACTIVE/PARK_LED'));
    expect(await listOn('2025-07-14')).toEqual(all('ACTIVE/PARK_LED'));
    expect(await listOn('2025-07-15')).toEqual({ ...all('ACTIVE/PARK_LED'), X: 'WARNED/PARK_LED', Y: 'WARNED/PARK_LED' });
    expect(await listOn('2025-10-14')).toEqual({ ...all('ACTIVE/PARK_LED'), X: 'WARNED/PARK_LED', Y: 'WARNED/PARK_LED' });
    expect(await listOn('2025-10-15')).toEqual({ ...all('ACTIVE/PARK_LED'), X: 'PROBATION/PARK_LED', Y: 'WARNED/PARK_LED' });
    expect(await listOn('2026-01-09')).toEqual({ ...all('ACTIVE/PARK_LED'), X: 'PROBATION/PARK_LED', Y: 'WARNED/PARK_LED' });
    expect(await listOn('2026-01-10')).toEqual({ ...all('ACTIVE/PARK_LED'), X: 'PROBATION/PARK_LED', Y: 'WARNED/PARK_LED', Z: 'ACTIVE/MUNICIPAL' });
    expect(await listOn('2026-01-15')).toEqual({ ...all('ACTIVE/PARK_LED'), X: 'PROBATION/PARK_LED', Z: 'ACTIVE/MUNICIPAL' });
    expect(await listOn('2026-01-31')).toEqual({ ...all('ACTIVE/PARK_LED'), X: 'PROBATION/PARK_LED', Z: 'ACTIVE/MUNICIPAL' });
    const rest: Record<string, string> = { ...all('ACTIVE/PARK_LED'), Z: 'ACTIVE/MUNICIPAL' };
    delete rest.X;
    expect(await listOn('2026-02-01')).toEqual(rest);
    expect(await listOn('2026-06-30')).toEqual(rest);
  });

  it('snapshots the list with every published round, as of its quarter end', async () => {
    const snapshots = await http().get('/api/v1/official-list/snapshots').expect(200);
    expect(snapshots.body.items.map((i: { roundCode: string; revision: number }) => `${i.roundCode}/r${i.revision}`).sort()).toEqual(
      ['2025Q1', '2025Q2', '2025Q3', '2025Q4', '2026Q1', '2026Q2'].map((c) => `${c}/r1`),
    );
    const asKeys = (items: { consortiumId: string; status: string; tier: string }[]) =>
      Object.fromEntries(items.filter((c) => keyOf(c.consortiumId)).map((c) => [keyOf(c.consortiumId)!, `${c.status}/${c.tier}`]));
    for (const [code, asOf] of [
      ['2025Q2', '2025-06-30'],
      ['2025Q3', '2025-09-30'],
      ['2025Q4', '2025-12-31'],
      ['2026Q1', '2026-03-31'],
    ]) {
      const snapshot = await http().get(`/api/v1/official-list/snapshots/${code}`).expect(200);
      expect(asKeys(snapshot.body.items)).toEqual(await listOn(asOf));
    }
    expect(asKeys((await http().get('/api/v1/official-list/snapshots/2025Q3').expect(200)).body.items)).toEqual({
      X: 'WARNED/PARK_LED',
      Y: 'WARNED/PARK_LED',
      Z: 'ACTIVE/PARK_LED',
      P: 'ACTIVE/PARK_LED',
      Q: 'ACTIVE/PARK_LED',
    });
    expect(Object.keys(asKeys((await http().get('/api/v1/official-list/snapshots/2026Q1').expect(200)).body.items)).sort()).toEqual(['P', 'Q', 'Y', 'Z']);
  });

  it('keeps every proposal on record with its decision, and one event per change', async () => {
    const all: Proposal[] = (await http().get('/api/v1/adjustment/proposals').set(bearer(taskforce)).expect(200)).body.items;
    // Oldest first (proposals of one run share their time: by rule, then consortium).
    expect(all.map((p) => `${p.trigger} r${p.rule}`)).toEqual([
      'idle:member-since-2024-01-01 r7',
      'round:2025Q2 r1',
      'round:2025Q2 r1',
      'round:2025Q3 r2',
      'probation-deadline:2026-01-31 r3',
      'round:2025Q4 r4',
      'annual:2025 r5',
    ]);
    expect(all.map((p) => `${keyOf(p.consortiumId)} r${p.rule} ${p.status}`).sort()).toEqual([
      'P r7 APPROVED',
      'X r1 APPROVED',
      'X r2 APPROVED',
      'X r3 APPROVED',
      'Y r1 REJECTED',
      'Y r4 APPROVED',
      'Z r5 APPROVED',
    ]);
    const events: { type: string; n: number }[] = await dataSource.query(
      `SELECT type, count(*)::int AS n FROM outbox_event WHERE type LIKE 'adjustment.%' OR type = 'registry.consortium.decided' GROUP BY type ORDER BY type`,
    );
    expect(events).toEqual([
      { type: 'adjustment.proposal.approved', n: 6 },
      { type: 'adjustment.proposal.created', n: 7 },
      { type: 'adjustment.proposal.rejected', n: 1 },
      // 5 entries (2024-06-01), 5 approvals, Y warned by hand.
      { type: 'registry.consortium.decided', n: 11 },
    ]);
  });
});
