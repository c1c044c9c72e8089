import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './support/processes.js';

describe('architecture', () => {
  it('follows the import rules of .dependency-cruiser.cjs (who may import whom)', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'apps', 'libs', 'migrations', 'seeds', 'scripts', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(`${result.stdout}${result.stderr}`.trim()).toMatch(/^✔ no dependency violations found/);
    expect(result.status).toBe(0);
  });
});
