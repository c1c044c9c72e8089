import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AdjustmentContracts } from '#adjustment/contracts';
import { EvaluationContracts } from '#evaluation/contracts';
import { IdentityContracts } from '#identity/contracts';
import { FEED_EVENTS, IntegrationContracts } from '#integration/contracts';
import { LedgerContracts, SupervisionJob } from '#ledger/contracts';
import { RegistryContracts } from '#registry/contracts';
import { SupplyDemandContracts } from '#supply-demand/contracts';
import { ROOT } from './support/processes.js';

describe('architecture', () => {
  it('follows the import rules of .dependency-cruiser.cjs (who may import whom)', () => {
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        'apps',
        'libs',
        'migrations',
        'seeds',
        'scripts',
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(`${result.stdout}${result.stderr}`.trim()).toMatch(/^✔ no dependency violations found/);
    expect(result.status).toBe(0);
  });
});

/** Production TypeScript (specs excluded: they assert the names district systems see on the wire). */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The code without its comments (which may name events in backticks), lines kept in place. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('contracts', () => {
  const contexts = [
    IdentityContracts,
    RegistryContracts,
    EvaluationContracts,
    AdjustmentContracts,
    IntegrationContracts,
    LedgerContracts,
    SupplyDemandContracts,
  ];
  const names = new Set([...contexts.flatMap((c) => [...c.events, ...c.jobs].map((x) => x.name)), SupervisionJob.scheduler, SupervisionJob.name]);
  const contextOf = (path: string) => /^libs\/([^/]+)\/src\/contracts\//.exec(path)?.[1];
  const files = ['apps', 'libs', 'seeds', 'scripts'].flatMap(sources);

  it('declares every event and job of every context once, named after its context', () => {
    expect(names.size).toBeGreaterThan(60);
    for (const c of contexts) for (const x of [...c.events, ...c.jobs]) expect(x.name.startsWith(`${c.context}.`)).toBe(true);
  });

  it('feeds exactly the events their contexts declare public', () => {
    const declaredPublic = contexts.flatMap((c) => c.events.filter((e) => e.public).map((e) => e.name));
    expect([...FEED_EVENTS.map((e) => e.name)].sort()).toEqual(declaredPublic.sort());
  });

  it('writes no event or job name as a string outside the contracts of the context that owns it', () => {
    const found: string[] = [];
    for (const path of files) {
      const text = withoutComments(readFileSync(join(ROOT, path), 'utf8'));
      // Quoted strings and template literals without substitutions.
      for (const m of text.matchAll(/'([a-z0-9.-]+)'|"([a-z0-9.-]+)"|`([a-z0-9.-]+)`/g)) {
        const literal = m[1] ?? m[2] ?? m[3];
        if (!names.has(literal)) continue;
        if (contextOf(path) === literal.split('.')[0]) continue;
        found.push(`${path}: '${literal}'`);
      }
    }
    expect(found).toEqual([]);
  });

  it('builds no event name at run time from a prefix of declared names (an explicit mapping names each event)', () => {
    const prefixes = [...names].map((n) => n.slice(0, n.lastIndexOf('.') + 1));
    const found: string[] = [];
    for (const path of files) {
      if (contextOf(path)) continue;
      for (const [i, line] of withoutComments(readFileSync(join(ROOT, path), 'utf8'))
        .split('\n')
        .entries()) {
        // Audit actions are not events: `action: \`evaluation.answer-sheet.${action}\`` is allowed.
        if (/\baction:\s*`/.test(line)) continue;
        for (const m of line.matchAll(/`([a-z0-9.-]+\.)\$\{/g)) if (prefixes.includes(m[1])) found.push(`${path}:${i + 1}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
