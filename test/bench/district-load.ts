/**
 * The traffic of district systems (区县系统), as one autocannon request whose `setupRequest` picks
 * a kind by weight: published rankings, members of a consortium as of a date, change-feed
 * polling, and organization upserts (creates without If-Match, updates with the ETag of the last
 * answer). Used by `bench:district` and `bench:soak`.
 *
 * Upserts never race each other: an organization is taken out of the idle pool while its update
 * is in flight and put back with the new ETag, so a 412 would be a real error, not the bench's.
 * Each feed poll follows one of 100 district cursors, moving it to the answer's `nextCursor`.
 */
import type { Request as AutocannonRequest } from 'autocannon';
import { makeUscc, USCC_CHARSET } from '#registry';
import { percentile } from './bench-support.js';

export type Kind = 'rankings' | 'members' | 'feed' | 'create' | 'update';

/** The weights of the mix, in percent. */
export const MIX: readonly (readonly [Kind, number])[] = [
  ['rankings', 25],
  ['members', 30],
  ['feed', 25],
  ['create', 5],
  ['update', 15],
];

const body8 = (i: number) =>
  Array.from({ length: 8 }, (_, k) => USCC_CHARSET[Math.floor(i / 31 ** k) % 31])
    .reverse()
    .join('');

interface Organization {
  uscc: string;
  etag: string;
  name: string;
  version: number;
}

interface Context {
  kind?: Kind;
  t0?: number;
  organization?: Organization;
  slot?: number;
}

export interface KindFigures {
  kind: Kind;
  count: number;
  p50: number;
  p99: number;
  non2xx: number;
  statuses: string;
}

export class DistrictMix {
  /** The client-credentials token; the bench renews it before it expires. */
  token = '';
  private readonly idle: Organization[] = [];
  private readonly cursors: string[];
  private serial = 0;
  private latencies = new Map<Kind, number[]>();
  private statuses = new Map<Kind, Map<number, number>>();

  constructor(
    private readonly roundIds: string[],
    private readonly consortiumIds: string[],
    headCursor: number,
    private readonly districtCode = '500118',
  ) {
    // District systems a little behind each other: some polls return events, most are near the head.
    this.cursors = Array.from({ length: 100 }, (_, i) => String(Math.max(0, headCursor - i * 5)));
  }

  /** Figures since the last reset (one round). */
  reset(): void {
    this.latencies = new Map();
    this.statuses = new Map();
  }

  figures(): KindFigures[] {
    return MIX.map(([kind]) => {
      const times = this.latencies.get(kind) ?? [];
      const statuses = [...(this.statuses.get(kind) ?? new Map<number, number>()).entries()].sort((a, b) => a[0] - b[0]);
      return {
        kind,
        count: times.length,
        p50: percentile(times, 50),
        p99: percentile(times, 99),
        non2xx: statuses.filter(([s]) => s < 200 || s >= 300).reduce((n, [, c]) => n + c, 0),
        statuses: statuses.map(([s, c]) => `${s}×${c}`).join(' '),
      };
    });
  }

  /** Creates `n` organizations before the load, so that updates have something to update from the start. */
  async prime(base: string, n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const o = this.newOrganization();
      const res = await fetch(`${base}/api/v1/organizations/by-uscc/${o.uscc}`, { method: 'PUT', headers: this.headers(true), body: this.bodyOf(o) });
      if (res.status !== 201) throw new Error(`prime: HTTP ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      this.idle.push({ ...o, etag: res.headers.get('etag')! });
    }
  }

  /**
   * Median latency of each kind with one request at a time (`n` each, after the mix's state is
   * primed): what a request costs the server alone, to read the loaded figures against.
   */
  async serviceTimes(base: string, n: number): Promise<Map<Kind, number>> {
    const out = new Map<Kind, number>();
    for (const [kind] of MIX) {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const context: Context = {};
        const req = this.next({}, context, kind);
        const start = performance.now();
        const res = await fetch(`${base}${req.path}`, {
          method: req.method,
          headers: req.headers as Record<string, string>,
          body: req.body as string | undefined,
        });
        const body = await res.text();
        times.push(performance.now() - start);
        const headers: Record<string, string> = {};
        res.headers.forEach((v, k) => (headers[k] = v));
        this.answered(res.status, body, context, headers);
      }
      out.set(kind, percentile(times, 50));
    }
    this.reset();
    return out;
  }

  /** The autocannon request: every call of `setupRequest` picks the next kind. */
  request(): AutocannonRequest {
    return {
      setupRequest: (req, context) => this.next(req, context),
      onResponse: (status, body, context, headers) => this.answered(status, body, context, headers as Record<string, string | string[]>),
    };
  }

  private pick(): Kind {
    let r = Math.random() * 100;
    for (const [kind, weight] of MIX) {
      if ((r -= weight) < 0) return kind;
    }
    return MIX[0][0];
  }

  private headers(json = false): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, ...(json ? { 'content-type': 'application/json' } : {}) };
  }

  private newOrganization(): Organization {
    const n = ++this.serial;
    const uscc = makeUscc('9', '1', this.districtCode, body8(31 ** 7 + process.pid * 100_000 + n));
    return { uscc, etag: '', name: `区县同步基准企业${n}`, version: 1 };
  }

  private bodyOf(o: Organization): string {
    return JSON.stringify({ name: o.version > 1 ? `${o.name}（第${o.version}版）` : o.name, type: 'ENTERPRISE', districtCode: this.districtCode });
  }

  private next(req: AutocannonRequest, context: Context, forced?: Kind): AutocannonRequest {
    let kind = forced ?? this.pick();
    if (kind === 'update' && !this.idle.length) kind = 'create';
    context.kind = kind;
    context.organization = undefined;
    context.t0 = performance.now();
    const any = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
    switch (kind) {
      case 'rankings':
        return { ...req, method: 'GET', path: `/api/v1/evaluation/rankings/${any(this.roundIds)}`, headers: this.headers(), body: undefined };
      case 'members': {
        const asOf = new Date(Date.UTC(2023, 6, 1) + Math.random() * 900 * 86_400_000).toISOString().slice(0, 10);
        return { ...req, method: 'GET', path: `/api/v1/consortia/${any(this.consortiumIds)}/members?asOf=${asOf}`, headers: this.headers(), body: undefined };
      }
      case 'feed': {
        context.slot = Math.floor(Math.random() * this.cursors.length);
        return { ...req, method: 'GET', path: `/api/v1/changes?after=${this.cursors[context.slot]}&limit=100`, headers: this.headers(), body: undefined };
      }
      case 'create': {
        const o = this.newOrganization();
        context.organization = o;
        return { ...req, method: 'PUT', path: `/api/v1/organizations/by-uscc/${o.uscc}`, headers: this.headers(true), body: this.bodyOf(o) };
      }
      case 'update': {
        const o = this.idle.splice(Math.floor(Math.random() * this.idle.length), 1)[0];
        const changed = { ...o, version: o.version + 1 };
        context.organization = changed;
        return {
          ...req,
          method: 'PUT',
          path: `/api/v1/organizations/by-uscc/${o.uscc}`,
          headers: { ...this.headers(true), 'if-match': o.etag },
          body: this.bodyOf(changed),
        };
      }
    }
  }

  private answered(status: number, body: string, context: Context, headers: Record<string, string | string[]>): void {
    const kind = context.kind;
    if (!kind || context.t0 === undefined) return;
    (this.latencies.get(kind) ?? this.latencies.set(kind, []).get(kind)!).push(performance.now() - context.t0);
    const counts = this.statuses.get(kind) ?? this.statuses.set(kind, new Map()).get(kind)!;
    counts.set(status, (counts.get(status) ?? 0) + 1);
    const etag = headers.etag ?? headers.ETag;
    if (context.organization && (status === 200 || status === 201) && typeof etag === 'string') this.idle.push({ ...context.organization, etag });
    if (kind === 'feed' && status === 200 && context.slot !== undefined) {
      const cursor = /"nextCursor":"?(\d+)/.exec(body)?.[1];
      if (cursor) this.cursors[context.slot] = cursor;
    }
    context.t0 = undefined;
  }
}
