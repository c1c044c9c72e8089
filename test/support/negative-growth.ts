import type { DataSource } from 'typeorm';
import { DEMO_SCHEME } from '../../seeds/demo-scheme.js';

export const GROWTH = 'TECH_SERVICE_GROWTH';
export const GROWTH_NAME = '技术服务产值年增长率';

/**
 * The demo scheme with COMBINED weighting (α = 0.5), defined over the API as a task force would,
 * and made the scheme of the two closed demo rounds (2026Q2, 2026Q3: accepted sheets for every
 * listed consortium). Its 技术服务产值年增长率 is declared −100 … 1000 %.
 */
export async function combinedDemoRounds(
  post: (path: string, body: unknown) => Promise<{ status: number; body: { id: string } }>,
  dataSource: DataSource,
): Promise<Record<string, string>> {
  const definition = { ...DEMO_SCHEME.definition, settings: { ...DEMO_SCHEME.definition.settings, weighting: 'COMBINED', alpha: 0.5 } };
  const created = await post('/api/v1/evaluation/schemes', { code: 'CQ-COMBINED', name: '赛马比拼考核方案（组合赋权）', definition });
  if (created.status !== 201) throw new Error(`scheme not created: ${created.status} ${JSON.stringify(created.body)}`);
  await dataSource.query(`UPDATE evaluation_round SET scheme_id = $1 WHERE code IN ('2026Q2', '2026Q3')`, [created.body.id]);
  const rounds: Record<string, string> = {};
  for (const r of await dataSource.query(`SELECT id, code FROM evaluation_round`)) rounds[r.code] = r.id;
  return rounds;
}

/** The first consortium (by name) with an accepted sheet in the round, and a level group of several. */
export async function aConsortiumOf(dataSource: DataSource, roundId: string): Promise<{ id: string; name: string }> {
  const [row] = await dataSource.query(
    `SELECT c.id, c.name FROM answer_sheet s JOIN consortium c ON c.id = s.consortium_id WHERE s.round_id = $1 AND s.status = 'ACCEPTED' ORDER BY c.name LIMIT 1`,
    [roundId],
  );
  return row;
}

/**
 * Sets the consortium's growth rate on its accepted sheet. The sheet of a closed round cannot be
 * changed over the API, so this is the data as it stands in the database (a value below the
 * declared minimum cannot be entered at all; here it stands for data that reached the database anyway).
 */
export async function setGrowth(dataSource: DataSource, roundId: string, consortiumId: string, value: number): Promise<void> {
  await dataSource.query(`UPDATE answer_sheet SET answers = jsonb_set(answers, $3, to_jsonb($4::numeric)) WHERE round_id = $1 AND consortium_id = $2`, [
    roundId,
    consortiumId,
    `{${GROWTH}}`,
    value,
  ]);
}
