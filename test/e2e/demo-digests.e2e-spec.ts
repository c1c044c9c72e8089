import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadRoundScoringInput, RoundEntity, roundSeed, type RoundScoringInput, scoreRound } from '#evaluation';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { ConsortiumLookup } from '#registry';
import { seedDemoData } from '../../seeds/demo-data.js';
import { startApi } from '../support/apps.js';

/**
 * The scoring of the two past demo rounds, pinned: any change to the engine, the group scoring or
 * the round's scoring that moves a digest fails here. A database gives its rows random ids, and
 * the job's digest covers those ids and its Monte Carlo seed comes from the round's id, so the
 * digest stored in one database is not that of another. This test scores exactly what the job
 * reads (`loadRoundScoringInput` over the demo data) with each consortium named by its name, in
 * name order, and each round seeded by its code: the same on every database.
 */
describe('demo round digests', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    dataSource = api.get<DataSource>(getDataSourceToken());
    await seedDemoData(dataSource, { pastRounds: 'CLOSED' });
  }, 180_000); // the whole demo data, on a machine that may be busy with other suites

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('scores 2026Q2 and then 2026Q3 (improvement against 2026Q2) to the pinned digests', async () => {
    const lookup = api.get(ConsortiumLookup);
    const manager = dataSource.manager;
    let previous: RoundScoringInput['previous'] = new Map();
    const digests: Record<string, string> = {};
    const counts: Record<string, Record<string, number>> = {};
    // Every stored field to the last bit (explanations and Monte Carlo probabilities included), beyond the digest's 6 decimals.
    const exact: Record<string, string> = {};
    for (const code of ['2026Q2', '2026Q3']) {
      const round = await manager.findOneByOrFail(RoundEntity, { code });
      const listed = await lookup.listedOn(round.periodEnd, manager);
      const input = await loadRoundScoringInput(manager, round, listed);
      const nameOf = new Map(listed.map((c) => [c.id, c.name]));
      const byName = (id: string) => nameOf.get(id) ?? id;
      const canonical: RoundScoringInput = {
        ...input,
        roundId: code,
        seed: roundSeed(`demo:${code}`),
        listed: listed.map((c) => ({ id: c.name, name: c.name, level: c.level })).sort((a, b) => a.id.localeCompare(b.id)),
        answered: new Map([...input.answered].map(([id, answers]) => [byName(id), answers])),
        overrides: input.overrides.map((o) => ({ ...o, consortiumId: byName(o.consortiumId) })),
        previous,
      };
      const { rows, digest } = scoreRound(canonical, 1);
      digests[code] = digest;
      exact[code] = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
      counts[code] = Object.fromEntries(['SCORED', 'NOT_SUBMITTED'].map((s) => [s, rows.filter((r) => r.status === s).length]));
      previous = new Map(rows.filter((r) => r.status === 'SCORED').map((r) => [r.consortiumId, { level: r.level, levelScore: r.levelScore }]));
    }
    expect(counts).toEqual({ '2026Q2': { SCORED: 39, NOT_SUBMITTED: 0 }, '2026Q3': { SCORED: 39, NOT_SUBMITTED: 0 } });
    expect(digests).toEqual({
      '2026Q2': 'e66c4ab3fecf5c72b8777beab4599ee9b3551943db99cda345f33f6fae539bcb',
      '2026Q3': 'ef9f44cce92e7042fadf75ecba260bdbe76095081c2735959ea2c44665bbff2d',
    });
    expect(exact).toEqual({
      '2026Q2': 'c774b4d6bd0544f8aa51b8b012deb2c274131260db71765da4daf57fd81b7333',
      '2026Q3': '5bc67e4b9bbf2babf3c256daabe88cd15bcaa3c245fbadd22aa70cd29e9b337b',
    });
  });
});
