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

/** One indicator against a target of 100, β = 0: a total is its answer / 100; grades absolute: A ≥ 85, B ≥ 70, C ≥ 60, D below. */
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

const CONSORTIA = { N1: 'NATIONAL', N2: 'NATIONAL', M1: 'MUNICIPAL', M2: 'MUNICIPAL', M3: 'MUNICIPAL' } as const;
type Key = keyof typeof CONSORTIA;

/**
 * The adjustment rules in the levels the city really has (L1 of two, L2 of three), over the API with
 * a real worker: positions count only in a level of at least five, so the national runner-up is not
 * "the bottom 10 %"; the round grade still counts. And the rules judge each consortium as it stood at
 * the quarter's end, proposing nothing it has already become by a decision dated later.
 */
describe('adjustment rules in small levels', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let taskforce: string;
  let schemeId: string;
  const ids = {} as Record<Key, string>;
  const secretariats = {} as Record<Key, string>;
  const http = () => request(api.getHttpServer());
  const keyOf = (id: string) => (Object.keys(ids) as Key[]).find((k) => ids[k] === id);

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
    const admin = (await loginAs(api, 'admin')).token;
    // Each consortium with a complete council (park chair and lead unit, school, firm), entered on 2024-06-01,
    // and every member unit taking part in 2024Q4 (so rules 6 and 7 propose nothing here).
    for (const [i, [k, tier]] of Object.entries(CONSORTIA).entries()) {
      const c = await http()
        .post('/api/v1/consortia')
        .set(bearer(admin))
        .send({ name: `小层级测试联合体${k}（演示）`, kind: 'CITY', tier, districtCodes: ['500118'], establishedOn: '2024-01-01' })
        .expect(201);
      ids[k as Key] = c.body.id;
      secretariats[k as Key] = (await loginAs(api, 'secretariat', { consortiumId: c.body.id })).token;
      for (const [j, [type, role]] of (
        [
          ['PARK', 'COUNCIL_CHAIR'],
          ['SCHOOL', 'COUNCIL_MEMBER'],
          ['ENTERPRISE', 'COUNCIL_MEMBER'],
        ] as const
      ).entries()) {
        const org = await http()
          .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', `MA0C${i}${j}00`)}`)
          .set(bearer(admin))
          .send({ name: `小层级测试${k}${type}（演示）`, type, districtCode: '500118' })
          .expect((r) => expect([200, 201]).toContain(r.status));
        await http()
          .post(`/api/v1/consortia/${c.body.id}/memberships`)
          .set(bearer(admin))
          .send({ organizationId: org.body.id, role, isLead: j === 0, validFrom: '2024-01-01' })
          .expect(201);
        await http()
          .post(`/api/v1/consortia/${c.body.id}/participation`)
          .set(bearer(secretariats[k as Key]))
          .send({ organizationId: org.body.id, quarter: '2024Q4', source: 'OTHER', ref: '理事会会议纪要 2024Q4' })
          .expect(201);
      }
      await http()
        .post(`/api/v1/consortia/${c.body.id}/decisions`)
        .set(bearer(taskforce))
        .send({ toStatus: 'ACTIVE', effectiveOn: '2024-06-01', reason: '工作专班审定入册' })
        .expect(201);
    }
    schemeId = (
      await http()
        .post('/api/v1/evaluation/schemes')
        .set(bearer(taskforce))
        .send({ code: 'CQ-SMALL', name: '小层级测试方案', definition: DEFINITION })
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  /** A quarter over the API — answers, acceptance, scoring in the worker, publication — and the rules after it. */
  async function quarter(code: string, answers: Record<Key, number>): Promise<string> {
    const roundId = (
      await http().post('/api/v1/evaluation/rounds').set(bearer(taskforce)).send({ code, schemeId, deadline: '2030-01-01T00:00:00+08:00' }).expect(201)
    ).body.id;
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
    await waitFor(
      async () =>
        (
          await dataSource.query(
            `SELECT 1 FROM outbox_consumption c JOIN outbox_event e ON e.event_id = c.event_id WHERE c.consumer = 'adjustment.rules-after-round' AND e.type = 'evaluation.round.published' AND e.aggregate_id = $1`,
            [roundId],
          )
        ).length > 0 || undefined,
      { what: `the rules after ${code}`, timeoutMs: 60_000, intervalMs: 200 },
    );
    return roundId;
  }

  const proposals = async () =>
    (
      (await http().get('/api/v1/adjustment/proposals').set(bearer(taskforce)).expect(200)).body.items as {
        consortiumId: string;
        rule: number;
        toStatus: string | null;
        evidence: Record<string, unknown>;
      }[]
    )
      .map((p) => ({ key: keyOf(p.consortiumId), rule: p.rule, toStatus: p.toStatus, evidence: p.evidence }))
      .sort((a, b) => String(a.key).localeCompare(String(b.key)));

  it('two quarters: the national runner-up (C, second of two) is not warned; in L2 only the twice-D consortium not already warned is', async () => {
    // N1 0.90 (A) and N2 0.65 (C): N2 is last of two both times, with a passing grade.
    // M1 0.90 (A), M2 and M3 0.30 (D) both times.
    await quarter('2024Q3', { N1: 90, N2: 65, M1: 90, M2: 30, M3: 30 });
    // Before 2024Q4 is published, the task force has already decided M2's warning, effective later.
    await http()
      .post(`/api/v1/consortia/${ids.M2}/decisions`)
      .set(bearer(taskforce))
      .send({ toStatus: 'WARNED', effectiveOn: '2099-01-01', reason: '专班已决定黄牌警示' })
      .expect(201);
    await quarter('2024Q4', { N1: 90, N2: 65, M1: 90, M2: 30, M3: 30 });

    const ranking = (await http().get('/api/v1/evaluation/rankings').expect(200)).body.items[0];
    const published = (await http().get(`/api/v1/evaluation/rankings/${ranking.id}`).expect(200)).body.items as {
      consortiumId: string;
      rank: number;
      grade: string;
    }[];
    expect(published.filter((i) => i.consortiumId === ids.N2).map((i) => [i.rank, i.grade])).toEqual([[2, 'C']]);

    // Only M3: graded D twice in a level of three (the grade counts where positions do not).
    expect(await proposals()).toEqual([
      {
        key: 'M3',
        rule: 1,
        toStatus: 'WARNED',
        evidence: {
          rounds: [
            { round: '2024Q3', rank: 2, of: 3, grade: 'D', status: 'SCORED' },
            { round: '2024Q4', rank: 2, of: 3, grade: 'D', status: 'SCORED' },
          ],
        },
      },
    ]);
  });
});
