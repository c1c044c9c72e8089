import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { SCHEME_DEFINITION } from '../fixtures/scheme.js';
import { bearer } from './identity.js';

/** A quarter's published result of one consortium: its total, or null for NOT_SUBMITTED. */
export type Quarter = number | null | 'absent';

/**
 * The year 2025 of the annual-competition tests, set up in SQL: consortia on the list with their
 * tiers (L2 A…E and P, L1 N1 and N2), four rounds with published results (Q2 corrected), Q4
 * scored but not yet published. Returns the consortium ids by name and the round ids by code.
 */
export async function seedYear2025(
  dataSource: DataSource,
  api: NestFastifyApplication,
  taskforce: string,
): Promise<{ ids: Record<string, string>; rounds: Record<string, string> }> {
  const ids: Record<string, string> = {};
  const rounds: Record<string, string> = {};
  const http = () => request(api.getHttpServer());

  async function consortium(name: string, tier: string, periods: [string, string | null, string][]) {
    const [{ id }] = await dataSource.query(
      `INSERT INTO consortium (name, kind, district_codes, established_on) VALUES ($1, 'CITY', ARRAY['500118'], '2024-01-01') RETURNING id`,
      [`${name}联合体（年度测试）`],
    );
    for (const [from, to, status] of periods) {
      await dataSource.query(`INSERT INTO consortium_period (consortium_id, status, tier, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        status,
        tier,
        from,
        to,
      ]);
    }
    ids[name] = id;
  }

  /** One revision of a quarter's results, written as the round scoring leaves them; published or not. */
  async function revision(code: string, rev: number, published: boolean, totals: Record<string, Quarter>) {
    await dataSource.query(
      `INSERT INTO round_scoring (round_id, revision, status, percent, digest, finished_at, published_at, published_by)
       VALUES ($1, $2, 'DONE', 100, $3, now(), $4, $5)`,
      [rounds[code], rev, `digest-${code}-${rev}`, published ? new Date() : null, published ? 'test' : null],
    );
    const entries = Object.entries(totals).filter(([, t]) => t !== 'absent');
    for (const [name, total] of entries) {
      const level = name.startsWith('N') ? 'L1' : 'L2';
      await dataSource.query(
        `INSERT INTO round_result (round_id, revision, consortium_id, level, status, level_score, improvement, total, rank, grade, median_rank, rank_low, rank_high, explanation)
         VALUES ($1, $2, $3, $4, $5, $6, 0, $6, 1, 'B', 1, 1, 1, '{}')`,
        [rounds[code], rev, ids[name], level, total === null ? 'NOT_SUBMITTED' : 'SCORED', total ?? 0],
      );
    }
  }

  // L2 (市级): A…E; E joins in July; P is delisted on 1 October. L1 (国家级): N1, N2.
  for (const name of ['A', 'B', 'C', 'D']) await consortium(name, 'MUNICIPAL', [['2025-01-01', null, 'ACTIVE']]);
  await consortium('E', 'MUNICIPAL', [['2025-07-01', null, 'ACTIVE']]);
  await consortium('P', 'MUNICIPAL', [
    ['2025-01-01', '2025-10-01', 'ACTIVE'],
    ['2025-10-01', null, 'DELISTED'],
  ]);
  await consortium('N1', 'NATIONAL', [['2025-01-01', null, 'ACTIVE']]);
  await consortium('N2', 'NATIONAL', [['2025-01-01', null, 'WARNED']]);

  const scheme = await http()
    .post('/api/v1/evaluation/schemes')
    .set(bearer(taskforce))
    .send({ code: 'ANNUAL-2025', name: '年度测试方案', definition: SCHEME_DEFINITION })
    .expect(201);
  for (const [q, start, end] of [
    ['Q1', '01-01', '03-31'],
    ['Q2', '04-01', '06-30'],
    ['Q3', '07-01', '09-30'],
    ['Q4', '10-01', '12-31'],
  ]) {
    const code = `2025${q}`;
    const [{ id }] = await dataSource.query(
      `INSERT INTO evaluation_round (code, scheme_id, status, period_start, period_end, deadline, revision) VALUES ($1, $2, 'PUBLISHED', $3, $4, $4::date, 1) RETURNING id`,
      [code, scheme.body.id, `2025-${start}`, `2025-${end}`],
    );
    rounds[code] = id;
  }
  await revision('2025Q1', 1, true, { A: 0.75, B: 1, C: 0.5, D: null, E: 'absent', P: 1, N1: 0.875, N2: 0.625 });
  // Q2 was corrected: revision 2 is the published one that counts; revision 3 is scored but not published.
  await revision('2025Q2', 1, true, { A: 0.25, B: 1, C: 0.5, D: null, E: 'absent', P: 1, N1: 0.875, N2: 0.625 });
  await revision('2025Q2', 2, true, { A: 0.75, B: null, C: 0.5, D: null, E: 'absent', P: 1, N1: 0.875, N2: 0.625 });
  await revision('2025Q2', 3, false, { A: 0, B: 0, C: 0, D: 0, E: 'absent', P: 1, N1: 0, N2: 0 });
  await dataSource.query(`UPDATE evaluation_round SET revision = 3 WHERE code = '2025Q2'`);
  await revision('2025Q3', 1, true, { A: 0.5, B: 1, C: 0.5, D: 1, E: 0.25, P: 1, N1: 0.875, N2: 0.625 });
  // Q4 is scored, not yet published.
  await dataSource.query(`UPDATE evaluation_round SET status = 'SCORED' WHERE code = '2025Q4'`);
  await revision('2025Q4', 1, false, { A: 1, B: 1, C: 0.5, D: 1, E: 0.25, N1: 0.875, N2: 0.625 });

  return { ids, rounds };
}
