import { createHash } from 'node:crypto';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { IS_CALENDAR_DATE, IS_DATE_TIME } from '#platform';

/** Generated requests per route (`FUZZ_RUNS`, default 1000) and the base seed (`FUZZ_SEED`). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_260_101);

/** A route's own seed: the base seed mixed with its key, so each route gets its own stream and a run is repeatable. */
export function seedOf(key: string): number {
  return (FUZZ_SEED ^ createHash('sha256').update(key).digest().readInt32LE(0)) | 0;
}

/** One generated request body: a JSON value (sent as JSON text) or raw bytes with their own content type. */
export type FuzzBody = { kind: 'json'; value: unknown } | { kind: 'raw'; payload: Buffer; contentType?: string; label: string };

/**
 * The property names of the DTO each write route's `@Body()` is validated against (class-validator
 * metadata), keyed `METHOD /path`, from `routesOf`; a route whose body is raw bytes or ignored has none.
 */
export function bodyFieldsOf(keys: { key: string; handlerName: string; controller: Function }[]): Map<string, string[]> {
  const storage = getMetadataStorage();
  const out = new Map<string, string[]>();
  for (const { key, handlerName, controller } of keys) {
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {}) as Record<string, { index: number }>;
    const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, handlerName) ?? []) as Function[];
    const fields = new Set<string>();
    for (const [argKey, { index }] of Object.entries(args)) {
      if (Number(argKey.split(':')[0]) !== RouteParamtypes.BODY) continue;
      const type = types[index];
      if (!type || ([Object, String, Buffer, Array] as Function[]).includes(type)) continue;
      for (const m of storage.getTargetValidationMetadatas(type, '', true, false)) fields.add(m.propertyName);
    }
    out.set(key, [...fields].sort());
  }
  return out;
}

export type DateKind = 'date' | 'date-time' | 'date or date-time';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The oracle, written apart from the platform's validator: `YYYY-MM-DD` in the years 1900–9999
 * whose day the month has (Gregorian leap years), or an RFC 3339 date-time on such a day with hours
 * below 24, minutes and seconds below 60 and an offset below 24:00 whose instant stays in those years.
 */
export function isRealDate(value: unknown, kind: DateKind): boolean {
  if (typeof value !== 'string') return false;
  const day = (y: string, m: string, d: string) => {
    const [year, month, date] = [Number(y), Number(m), Number(d)];
    return year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && date >= 1 && date <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
  };
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return kind !== 'date-time' && day(plain[1], plain[2], plain[3]);
  if (kind === 'date') return false;
  const full = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!full || !day(full[1], full[2], full[3])) return false;
  const [h, min, s, oh, om] = [full[4], full[5], full[6] ?? '0', full[7] ?? '0', full[8] ?? '0'].map(Number);
  if (h > 23 || min > 59 || s > 59 || oh > 23 || om > 59) return false;
  const year = new Date(Date.parse(value)).getUTCFullYear();
  return year >= 1900 && year <= 9999;
}

/** The names of the class-validator constraints that make a field a date (`IsCalendarDate`) or an instant (`IsDateTime`). */
const DATE_CONSTRAINTS = new Set<string>([IS_CALENDAR_DATE, IS_DATE_TIME]);

/**
 * The date fields (calendar dates and instants) of the DTOs each route's `@Body()` or `@Query()` is
 * validated against, keyed `METHOD /path`, split by where they travel.
 */
export function dateFieldsOf(
  keys: { key: string; handlerName: string; controller: Function }[],
): Map<string, { body: string[]; query: string[]; kinds: Record<string, DateKind> }> {
  const storage = getMetadataStorage();
  const out = new Map<string, { body: string[]; query: string[]; kinds: Record<string, DateKind> }>();
  for (const { key, handlerName, controller } of keys) {
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {}) as Record<string, { index: number }>;
    const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, handlerName) ?? []) as Function[];
    const fields = { body: new Set<string>(), query: new Set<string>() };
    const kinds: Record<string, DateKind> = {};
    for (const [argKey, { index }] of Object.entries(args)) {
      const kind = Number(argKey.split(':')[0]);
      const where = kind === RouteParamtypes.BODY ? fields.body : kind === RouteParamtypes.QUERY ? fields.query : undefined;
      const type = types[index];
      if (!where || !type || ([Object, String, Buffer, Array] as Function[]).includes(type)) continue;
      for (const m of storage.getTargetValidationMetadatas(type, '', true, false)) {
        if (!m.name || !DATE_CONSTRAINTS.has(m.name)) continue;
        where.add(m.propertyName);
        kinds[m.propertyName] =
          m.name === IS_CALENDAR_DATE ? 'date' : (m.constraints?.[0] as { allowDate?: boolean } | undefined)?.allowDate ? 'date or date-time' : 'date-time';
      }
    }
    out.set(key, { body: [...fields.body].sort(), query: [...fields.query].sort(), kinds });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Values

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** A real calendar day in the accepted years. */
const realDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Year, month and day each anywhere from 0 to past their end: mostly days that do not exist (2026-02-30, 2026-13-01, 0000-01-01). */
const anyDay = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(0, 1899, 1900, 2024, 2025, 2100, 9999)),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
/** 29 February of any year around the accepted range: a real day in leap years only (2024 yes, 2025 and 1900 no). */
const leapDay = fc.integer({ min: 1896, max: 2404 }).map((y) => `${y}-02-29`);
const timeZone = fc.constantFrom(
  'Z',
  'z',
  '+08:00',
  '-05:00',
  '+14:00',
  '-12:00',
  '+05:45',
  '+00:00',
  '-00:00',
  '+24:00',
  '+25:00',
  '+08:60',
  '+0800',
  '+08',
  '',
  ' UTC',
  'GMT+8',
  '[Asia/Shanghai]',
);
const time = fc
  .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('', '.5', '.123456', '.1234567890'))
  .map(([h, m, s, f]) => `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${f}`);
const dayOrImpossible = fc.oneof(realDay, anyDay, leapDay);
/** Dates and date-times for a date field: real days, impossible days, leap days, year 0, every kind of time zone and odd forms. */
export const dateValues: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: dayOrImpossible },
  { weight: 3, arbitrary: fc.tuple(dayOrImpossible, fc.constantFrom('T', 't', ' '), time, timeZone).map(([d, sep, t, z]) => `${d}${sep}${t}${z}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(dayOrImpossible, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), timeZone)
      .map(([d, h, m, z]) => `${d}T${pad(h, 2)}:${pad(m, 2)}${z}`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      '0000-01-01',
      '0000-01-01T00:00:00Z',
      '2024-02-29',
      '2025-02-29',
      '1900-02-29',
      '2000-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-01',
      '2026-01-00',
      '1899-12-31',
      '1900-01-01',
      '9999-12-31',
      '9999-12-31T23:59:59-14:00',
      '10000-01-01',
      '+002026-01-01',
      '-0001-01-01',
      '2026-1-1',
      '20260101',
      '2026-001',
      '2026-W01-1',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:59:60Z',
      '2026-02-30T00:00:00+08:00',
      'infinity',
      '-infinity',
      'epoch',
      'now',
      'today',
      'allballs',
      '2026年3月1日',
      '２０２６-０３-０１',
      1_700_000_000_000,
      20260101,
      -1,
      0,
    ),
  },
);

const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 40 });
const awkwardStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\ud800',
  'a\udc00b',
  '\udbff\udfff',
  '😀',
  '👨‍👩‍👧‍👦',
  '🇨🇳',
  '\u202egnp.exe',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x1F',
  '１２３',
  '٣',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '2025-02-30',
  '2025-13-01',
  '0000-01-01',
  '9999-12-31',
  '2025-01-01T25:00:00Z',
  '2025Q5',
  '2025Q0',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  "'; DROP TABLE audit_event; --",
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '西部职教基地国家级产教联合体',
  '重庆市永川区',
  '理事会决议〔2025〕1号',
  'é'.normalize('NFD'),
  'ＡＢＣ',
  '\t\r\n',
  '__proto__',
  'constructor',
);
const hugeString = fc.tuple(fc.constantFrom('材', 'a', '😀', '\ud800'), fc.integer({ min: 256, max: 40_000 })).map(([c, n]) => c.repeat(n));
const strings = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 3, arbitrary: cjk },
  { weight: 4, arbitrary: awkwardStrings },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
);
const numbers = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, -0, 0.5, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, 2 ** 31, -(2 ** 31) - 1, 1e-320, 9999, 10000, 100, 101),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Nesting `depth` levels deep, alternating objects and arrays. */
const deep = fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean()).map(([depth, objects]) => {
  let v: unknown = '底';
  for (let i = 0; i < depth; i++) v = objects || i % 2 ? { a: v } : [v];
  return v;
});
const longArray = fc
  .tuple(fc.integer({ min: 1000, max: 10_000 }), fc.constantFrom<unknown>(1, 'x', null, {}, '材'))
  .map(([n, item]) => Array.from({ length: n }, () => item));

/** An object holding own keys that are dangerous when merged (`__proto__`, `constructor`, `prototype`). */
const pollution = fc
  .tuple(
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.constantFrom<unknown>({ polluted: true, isAdmin: true }, { prototype: { polluted: true } }, 'x', null),
  )
  .map(([key, v]) => {
    const o = {};
    Object.defineProperty(o, key, { value: v, enumerable: true, configurable: true, writable: true });
    return o;
  });

/** A wrong or edge value for any field. */
export const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: strings },
  { weight: 3, arbitrary: numbers },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], [''], [{}]) },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: longArray },
  { weight: 1, arbitrary: pollution },
  { weight: 2, arbitrary: fc.array(strings, { maxLength: 5 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

// ---------------------------------------------------------------------------------------------
// Bodies

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(k) : k];
    out.push(path);
    if (prefix.length < 4) pathsOf(v, path, out);
  }
  return out;
}

function setAt(root: unknown, path: Path, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else Object.defineProperty(node, last, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function withKey(obj: unknown, key: string, value: unknown): unknown {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return obj;
  const copy = { ...obj };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/octet-stream',
  'application/pdf',
  'image/png',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/merge-patch+json',
  'Application/JSON',
  'application/json',
];

/**
 * Raw payloads that are malformed on the wire: truncated JSON, wrong content types, invalid UTF-8,
 * latin1 or UTF-16 text, empty bodies and bodies over the limit.
 */
function rawBodies(validText: string, bodyLimit: number): fc.Arbitrary<FuzzBody> {
  const raw = (label: string, payload: Buffer, contentType?: string): FuzzBody => ({ kind: 'raw', label, payload, contentType });
  return fc.oneof(
    fc.nat(Math.max(validText.length - 1, 0)).map((n) => raw('truncated JSON', Buffer.from(validText.slice(0, n)), 'application/json')),
    fc.constantFrom(...CONTENT_TYPES).map((ct) => raw(`valid text as ${ct}`, Buffer.from(validText), ct)),
    fc.constantFrom(...CONTENT_TYPES, undefined).map((ct) => raw(`empty body as ${ct}`, Buffer.alloc(0), ct)),
    fc.uint8Array({ maxLength: 512 }).map((b) => raw('random bytes as JSON', Buffer.from(b), 'application/json')),
    fc
      .tuple(fc.uint8Array({ maxLength: 256 }), fc.constantFrom(...CONTENT_TYPES, undefined))
      .map(([b, ct]) => raw(`random bytes as ${ct}`, Buffer.from(b), ct)),
    fc
      .constantFrom(
        Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]), // {"name":"<invalid UTF-8>"}
        Buffer.from([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d]), // an encoded surrogate as a key
        Buffer.from('{"name":"产教联合体"}', 'latin1'),
        Buffer.from('{"name":"Zürich Café"}', 'latin1'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"name":"产教"}', 'utf16le')]),
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validText)]),
        Buffer.from(validText, 'utf16le'),
        Buffer.from('{"a":1,"a":2,"__proto__":{"x":1}}'),
        Buffer.from('{"constructor":{"prototype":{"polluted":true}}}'),
        Buffer.from('[1e999, -1e999, 1e-999]'),
        Buffer.from('{"n": 123456789012345678901234567890}'),
        Buffer.from('{"a": NaN}'),
        Buffer.from("{'single': 'quotes'}"),
        Buffer.from('{"trailing": 1,}'),
        Buffer.from('null'),
        Buffer.from('"字符串"'),
        Buffer.from('[]'),
        Buffer.from('0'),
        Buffer.from('\u0000'),
        Buffer.from('{}'.padEnd(4096, ' ')),
        Buffer.from(`${'['.repeat(20_000)}${']'.repeat(20_000)}`),
        Buffer.from(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`),
      )
      .map((b) => raw('malformed encoding or JSON', b, 'application/json')),
    fc
      .integer({ min: bodyLimit + 1, max: bodyLimit * 2 })
      .map((n) => raw('over the body limit', Buffer.from(`{"name":"${'材'.repeat(Math.ceil(n / 3))}"}`), 'application/json')),
  );
}

/**
 * Bodies for one route: the valid body with fields replaced, removed or added; records over the
 * DTO's field names with wrong values; arbitrary JSON; and raw malformed payloads.
 */
export function bodiesFor(fields: string[], valid: unknown, bodyLimit: number, dateFields: string[] = []): fc.Arbitrary<FuzzBody> {
  const json = (value: unknown): FuzzBody => ({ kind: 'json', value });
  const base = valid === undefined || Buffer.isBuffer(valid) ? {} : valid;
  const paths = pathsOf(base);
  const names = fields.length > 0 ? fields : ['name'];
  const edits =
    paths.length > 0
      ? fc.array(fc.tuple(fc.constantFrom(...paths), nasty, fc.nat(9)), { minLength: 1, maxLength: 3 }).map((list) =>
          list.reduce<unknown>((b, [path, v, roll]) => {
            try {
              return setAt(b, path, v, roll < 3);
            } catch {
              return b;
            }
          }, base),
        )
      : fc.constant(base);
  const extraKey = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'status', 'version', 'createdAt', 'actorId', '成员'),
    fc.string({ maxLength: 12 }),
  );
  const validText = Buffer.isBuffer(valid) ? valid.toString('latin1') : JSON.stringify(valid ?? {});
  // Each date field, in the otherwise valid body, set to generated dates (most of them impossible).
  const dated =
    dateFields.length > 0 && valid !== undefined && !Buffer.isBuffer(valid) && typeof valid === 'object'
      ? [{ weight: 5, arbitrary: fc.tuple(fc.constantFrom(...dateFields), dateValues).map(([field, value]) => json(withKey(base, field, value))) }]
      : [];
  return fc.oneof(
    ...dated,
    { weight: 5, arbitrary: edits.map(json) },
    { weight: 2, arbitrary: fc.tuple(edits, extraKey, nasty).map(([b, k, v]) => json(withKey(b, k, v))) },
    { weight: 4, arbitrary: fc.record(Object.fromEntries(names.map((f) => [f, nasty])), { requiredKeys: [] }).map(json) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.record(Object.fromEntries(names.map((f) => [f, nasty])), { requiredKeys: [] }), extraKey, nasty)
        .map(([b, k, v]) => json(withKey(b, k, v))),
    },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue(), deep, longArray, pollution, hugeString).map(json) },
    { weight: 3, arbitrary: rawBodies(validText, bodyLimit) },
  );
}

/** A short description of a generated body for failure messages (the bodies can be megabytes). */
export function describeBody(body: FuzzBody): string {
  const text =
    body.kind === 'json'
      ? (JSON.stringify(body.value) ?? 'undefined')
      : `${body.label} (${body.contentType ?? 'no content-type'}): ${body.payload.toString('latin1')}`;
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}
