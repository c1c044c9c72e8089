import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateOpenApiDocument } from './openapi.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

/** Redocly CLI's lint (with the repository's redocly.yaml) over a document. */
async function redoclyLint(document: object): Promise<LintReport> {
  const dir = mkdtempSync(join(tmpdir(), 'cej-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const cli = join(root, 'node_modules/@redocly/cli/bin/cli.js');
    const run = promisify(execFile);
    // lint exits 1 when it finds errors; the JSON report is on stdout either way.
    const { stdout } = await run(process.execPath, [cli, 'lint', file, '--format=json', `--config=${join(root, 'redocly.yaml')}`], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    return JSON.parse(stdout) as LintReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('openapi.json', () => {
  let current: Record<string, any>;
  beforeAll(async () => {
    current = JSON.parse(JSON.stringify(await generateOpenApiDocument()));
  });

  it('matches the document the code produces (run `npm run openapi` after changing the API)', () => {
    const committed = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8'));
    expect(current).toEqual(committed);
  });

  it('passes Redocly’s lint (recommended rules, see redocly.yaml) with no error', async () => {
    const report = await redoclyLint(current);
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 120_000);

  it('gives every operation a success response, and every success with a body its media type and schema', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(current.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const successes = Object.entries(operation.responses as Record<string, any>).filter(([status]) => status.startsWith('2'));
        if (successes.length === 0) missing.push(`${method.toUpperCase()} ${path}: no 2xx response`);
        for (const [status, response] of successes) {
          if (status === '204') continue;
          const media = Object.entries((response.content ?? {}) as Record<string, { schema?: object }>);
          if (media.length === 0) missing.push(`${method.toUpperCase()} ${path} ${status}: no content`);
          for (const [type, content] of media) if (!content.schema) missing.push(`${method.toUpperCase()} ${path} ${status} ${type}: no schema`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('declares Accept-Language on every operation (problem details are Chinese unless the caller prefers English)', () => {
    expect(current.components.parameters.AcceptLanguage).toMatchObject({ name: 'Accept-Language', in: 'header', required: false });
    const without: string[] = [];
    for (const [path, item] of Object.entries(current.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const refs = ((operation.parameters ?? []) as { $ref?: string }[]).filter((p) => p.$ref === '#/components/parameters/AcceptLanguage');
        if (refs.length !== 1) without.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(without).toEqual([]);
  });
});
