import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'cej-score-'));

/** The compiled scoring command (DESIGN §3.1), as an analyst runs it: a JSON file in, JSON out. */
function run(input: unknown): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, `input-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof input === 'string' ? input : JSON.stringify(input));
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/scripts/score.js'), file], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const base = {
  alternatives: ['永川', '江津', '璧山'],
  criteria: [
    { id: '双师型教师占比', type: 'benefit', weight: 0.6, target: 60 },
    { id: '生师比', type: 'cost', weight: 0.4, target: 18 },
  ],
  matrix: [
    [62, 17],
    [55, 20],
    [48, 16],
  ],
  normalization: 'min-max',
  weighting: 'given',
  aggregation: 'weighted-sum',
};

describe('npm run -s score', () => {
  it('prints weights, normalized matrix, scores and ranks', () => {
    const out = run(base);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(Object.keys(result).sort()).toEqual(['normalized', 'ranks', 'scores', 'weights']);
    expect(result.weights).toEqual([0.6, 0.4]);
    // 永川: 0.6·1 + 0.4·0.75 = 0.9; 江津: 0.6·0.5 + 0.4·0 = 0.3; 璧山: 0.6·0 + 0.4·1 = 0.4
    expect(result.scores.map((s: number) => Number(s.toFixed(12)))).toEqual([0.9, 0.3, 0.4]);
    expect(result.ranks).toEqual([1, 3, 2]);
  });

  it('adds seeded Monte Carlo rank stability, identical on a rerun', () => {
    const input = { ...base, mc: { draws: 200, noise: 0.2, seed: 42 } };
    const first = run(input);
    const second = run(input);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const { mc } = JSON.parse(first.stdout);
    expect(mc.draws).toBe(200);
    expect(mc.medianRank).toHaveLength(3);
    expect(mc.rankInterval).toHaveLength(3);
    for (const p of mc.rankProbabilities) expect(p.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it.each([
    [{ ...base, normalization: 'z-score' }, 'normalization'],
    [{ ...base, criteria: [base.criteria[0], { ...base.criteria[1], weight: -1 }] }, 'weight'],
    [
      {
        ...base,
        matrix: [
          [62, 'x'],
          [55, 20],
          [48, 16],
        ],
      },
      'matrix',
    ],
    [
      {
        ...base,
        weighting: 'entropy',
        matrix: [
          [62, -1],
          [55, 20],
          [48, 16],
        ],
      },
      'matrix',
    ],
  ])('refuses bad input with exit code 2 and a message naming the field (%#)', (input, field) => {
    const out = run(input);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(field);
  });

  it('refuses a file that is not JSON', () => {
    const out = run('{ not json');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^input: /);
  });
});
