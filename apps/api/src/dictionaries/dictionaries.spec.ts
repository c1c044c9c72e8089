import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_OF_STATUS, codeOfConstraint, CUSTOM_MESSAGES_ZH } from '#platform';
import { DICTIONARIES, ERROR_LABELS } from './dictionaries.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}
const SOURCES = [...sourceFiles('apps'), ...sourceFiles('libs')].map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));

/** Every `enum` of the contract, with where it is. */
function enumsOf(node: unknown, at: string, out: { at: string; values: unknown[] }[] = []): { at: string; values: unknown[] }[] {
  if (Array.isArray(node)) node.forEach((child, i) => enumsOf(child, `${at}/${i}`, out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === 'enum' && Array.isArray(child)) out.push({ at, values: child });
      else enumsOf(child, `${at}/${key}`, out);
    }
  }
  return out;
}

describe('dictionaries', () => {
  it('label every value of every enum in openapi.json, all values of one enum in one dictionary', () => {
    const contract = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as unknown;
    const enums = enumsOf(contract, '');
    expect(enums.length).toBeGreaterThan(50);
    const unlabelled = enums.flatMap(({ at, values }) => {
      const codes = values.filter((v) => v !== null).map(String);
      const home = DICTIONARIES.find((d) => codes.every((code) => d.values.some((v) => String(v.code) === code)));
      return home ? [] : [`${at}: ${codes.join(', ')}`];
    });
    expect(unlabelled).toEqual([]);
  });

  it('give every value a Chinese and an English label, no code listed twice in a dictionary', () => {
    for (const d of DICTIONARIES) {
      expect(d.label.zh).toMatch(/\p{Script=Han}/u);
      expect(new Set(d.values.map((v) => v.code)).size).toBe(d.values.length);
      for (const { code, label } of d.values) {
        expect({ dictionary: d.name, code, zh: /\p{Script=Han}/u.test(label.zh), en: label.en.trim().length > 0 }).toEqual({
          dictionary: d.name,
          code,
          zh: true,
          en: true,
        });
      }
    }
    expect(new Set(DICTIONARIES.map((d) => d.name)).size).toBe(DICTIONARIES.length);
  });

  it('label every error code the code base throws or reports', () => {
    const codes = new Set<string>(Object.values(CODE_OF_STATUS));
    const patterns = [
      // new DomainError('KIND', 'CODE', …) and OAuth2Error, also the two codes of a ternary
      /new (?:DomainError|OAuth2Error)\(\s*'[A-Z_]+',\s*(?:[^,'"]+\?\s*)?'([A-Z][A-Z0-9_]+)'(?:\s*:\s*'([A-Z][A-Z0-9_]+)')?/g,
      // a field-level error or row report: { field…, code: 'CODE', message… }
      /code: '([A-Z][A-Z0-9_]+)',\s*message/g,
      // problems built at the HTTP edge and by the fastify table
      /(?:problem|localized)\(\s*\d{3},\s*'([A-Z][A-Z0-9_]+)'/g,
      /status: \d{3}, code: '([A-Z][A-Z0-9_]+)'/g,
      // helpers that build a coded error: fail('CODE', …), new FileProblem('CODE', …)
      /\bfail\('([A-Z][A-Z0-9_]+)'/g,
      /new FileProblem\('([A-Z][A-Z0-9_]+)'/g,
    ];
    for (const { text } of SOURCES) {
      for (const pattern of patterns) for (const m of text.matchAll(pattern)) for (const code of m.slice(1)) if (code) codes.add(code);
      // a code chosen by an expression: { code: cond ? 'A' : 'B', message … }
      for (const m of text.matchAll(/code: ([^,\n]*\?[^,\n]*), message/g)) for (const literal of m[1].matchAll(/'([A-Z][A-Z0-9_]+)'/g)) codes.add(literal[1]);
      // every class-validator constraint a DTO uses reports its own code
      for (const m of text.matchAll(/@(Is[A-Z]\w*|Min|Max|Length|MinLength|MaxLength|Matches|ArrayMinSize|ArrayMaxSize|ArrayUnique|ValidateNested)\(/g)) {
        if (m[1] === 'IsOptional' || m[1] === 'IsName') continue;
        codes.add(m[1] === 'ValidateNested' ? 'INVALID_NESTED' : codeOfConstraint(m[1][0].toLowerCase() + m[1].slice(1)));
      }
    }
    expect(codes.size).toBeGreaterThan(150);
    expect([...codes].filter((code) => !ERROR_LABELS[code]).sort()).toEqual([]);
  });

  it('have the Chinese of every message a DTO writes for its own constraint', () => {
    const messages = SOURCES.filter(({ path }) => path.endsWith('.dto.ts')).flatMap(({ text }) => [...text.matchAll(/message: '([^']+)'/g)].map((m) => m[1]));
    expect(messages.length).toBeGreaterThan(10);
    expect(messages.filter((m) => !CUSTOM_MESSAGES_ZH[m])).toEqual([]);
  });
});
