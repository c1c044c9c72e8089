import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { DEMO_INDICATOR_SOURCES, DEMO_SCHEME } from '../../seeds/demo-scheme.js';
import { demoAnswers, seedDemoData } from '../../seeds/demo-data.js';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

interface Proposal {
  kind: 'STATUS' | 'TIER' | 'MEMBER_EXIT';
  rule: number;
  consortiumId: string;
  organizationId: string | null;
  trigger: string;
}

/**
 * The demo data reads like a real quarter: its scheme is seeds/002's table with targets a task
 * force would set, its answer sheets are plausible, and when the task force scores and publishes
 * the two past quarters the adjustment rules propose a handful of changes — not an exit for every
 * member unit (there are participation facts).
 */
describe('demo quarter', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let taskforce: string;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    await seedDemoData(dataSource, { pastRounds: 'CLOSED' });
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('takes every indicator of seeds/002 with whole-number targets for counts at every level', () => {
    // 34 rows; 双高, 双优 and 本科职业教育 count schools and programmes apart; one demo indicator.
    expect(DEMO_SCHEME.definition.indicators).toHaveLength(38);
    expect(DEMO_INDICATOR_SOURCES.filter((s) => s.target2025 !== null).map((s) => s.name)).toEqual(
      expect.arrayContaining(['科技成果转化项目', '应用型大学', '国际技能学院', '职业教育综合用地面积', '地方政府政策供给增加度', '老年教育示范校（基地）']),
    );
    expect(DEMO_SCHEME.definition.indicators.find((i) => i.code === 'TECH_TRANSFERS')!.levels).toEqual({
      L1: { target: 150 },
      L2: { target: 40 },
      L3: { target: 15 },
    });
    for (const s of DEMO_INDICATOR_SOURCES.filter((x) => x.valueType === 'INTEGER')) {
      for (const target of Object.values(s.targets)) expect(Number.isInteger(target) && target >= 1).toBe(true);
      expect(s.targets.L1).toBe(s.target2025);
    }
  });

  it('answers every indicator of the paper on every demo sheet, some growth rates negative', async () => {
    const sheets: { answers: Record<string, number | boolean>; tier: string }[] = await dataSource.query(
      `SELECT s.answers, p.tier FROM answer_sheet s JOIN consortium_period p ON p.consortium_id = s.consortium_id AND p.valid_to IS NULL`,
    );
    expect(sheets.length).toBeGreaterThan(70);
    for (const { answers, tier } of sheets) {
      const level = tier === 'NATIONAL' ? 'L1' : tier === 'MUNICIPAL' ? 'L2' : 'L3';
      expect(Object.keys(answers).sort()).toEqual(
        DEMO_SCHEME.definition.indicators
          .filter((i) => level in i.levels)
          .map((i) => i.code)
          .sort(),
      );
    }
    const growth = sheets.flatMap(({ answers }) => [answers.TECH_SERVICE_GROWTH, answers.POLICY_SUPPLY_GROWTH] as number[]);
    const negative = growth.filter((g) => g < 0).length;
    expect(negative).toBeGreaterThan(0);
    expect(negative).toBeLessThan(growth.length / 2);
    // Seeded: the same answers on every load.
    expect(demoAnswers('西部职教基地国家级产教联合体', 'NATIONAL', 2)).toEqual(demoAnswers('西部职教基地国家级产教联合体', 'NATIONAL', 2));
  });

  it('proposes a handful of changes when the past quarters are published, each member exit for a unit idle four quarters', async () => {
    const rounds: Record<string, string> = Object.fromEntries(
      (await dataSource.query(`SELECT code, id FROM evaluation_round`)).map((r: { code: string; id: string }) => [r.code, r.id]),
    );
    for (const code of ['2026Q2', '2026Q3']) {
      await http().post(`/api/v1/evaluation/rounds/${rounds[code]}/scoring`).set(bearer(taskforce)).send({}).expect(202);
      await waitFor(
        async () => {
          const s = await http().get(`/api/v1/evaluation/rounds/${rounds[code]}/scoring`).set(bearer(taskforce)).expect(200);
          if (s.body.status === 'FAILED') throw new Error(`scoring of ${code} failed: ${s.body.phase}`);
          return s.body.status === 'DONE' ? s.body : undefined;
        },
        { what: `${code} to be scored`, timeoutMs: 60_000 },
      );
      await http().post(`/api/v1/evaluation/rounds/${rounds[code]}/publication`).set(bearer(taskforce)).send({}).expect(200);
      // The rules run after the publication, in the worker; the event is consumed once.
      await waitFor(
        async () =>
          (
            await dataSource.query(
              `SELECT 1 FROM outbox_consumption c JOIN outbox_event e ON e.event_id = c.event_id WHERE e.type = 'evaluation.round.published' AND e.payload->>'code' = $1 AND c.consumer = 'adjustment.rules-after-round'`,
              [code],
            )
          )[0],
        { what: `the rules to run after ${code}`, timeoutMs: 30_000 },
      );
    }
    const proposals: Proposal[] = (await http().get('/api/v1/adjustment/proposals').set(bearer(taskforce)).expect(200)).body.items;
    const byKind = (kind: Proposal['kind']) => proposals.filter((p) => p.kind === kind);
    const [{ members }] = await dataSource.query(`SELECT count(*)::int AS members FROM membership WHERE valid_to IS NULL`);

    // Measured on the demo data: 6 member exits of 205 member units; 3 warnings, each for a
    // composition broken longer than 90 days (rule 6); no tier change (the annual competition's).
    const exits = byKind('MEMBER_EXIT');
    expect(exits.length).toBeGreaterThanOrEqual(2);
    expect(exits.length).toBeLessThanOrEqual(10);
    expect(exits.length).toBeLessThan(members * 0.05);
    expect(byKind('STATUS').length).toBeLessThanOrEqual(8);
    expect(byKind('TIER')).toEqual([]);

    // Each proposed exit is a unit with no participation in the four quarters up to 2026Q3 (or
    // 2026Q2, when first proposed then), a member throughout; and every such unit is proposed.
    const idle: { consortium_id: string; organization_id: string }[] = await dataSource.query(
      `SELECT m.consortium_id, m.organization_id FROM membership m
        WHERE m.valid_to IS NULL
          AND ((m.valid_from <= '2025-07-01' AND NOT EXISTS (SELECT 1 FROM participation_fact f WHERE f.consortium_id = m.consortium_id AND f.organization_id = m.organization_id AND f.quarter BETWEEN '2025Q3' AND '2026Q2'))
            OR (m.valid_from <= '2025-10-01' AND NOT EXISTS (SELECT 1 FROM participation_fact f WHERE f.consortium_id = m.consortium_id AND f.organization_id = m.organization_id AND f.quarter BETWEEN '2025Q4' AND '2026Q3')))`,
    );
    expect(exits.map((p) => `${p.consortiumId}/${p.organizationId}`).sort()).toEqual(idle.map((m) => `${m.consortium_id}/${m.organization_id}`).sort());
    expect(exits.every((p) => p.rule === 7)).toBe(true);
  }, 180_000);
});
