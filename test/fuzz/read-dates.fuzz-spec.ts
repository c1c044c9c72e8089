import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fc from 'fast-check';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { makeUscc } from '#registry';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { routesOf } from '../support/routes.js';
import { dateFieldsOf, dateValues, FUZZ_RUNS, FUZZ_SEED, isRealDate, seedOf } from './fuzz-support.js';

/**
 * Every read whose query takes a date (`asOf`, `from`, `to`, …) gets FUZZ_RUNS generated dates —
 * impossible days, leap days, year 0, time zones — as a principal allowed to read it, against real
 * objects. Each answer is a 200 (or a 404) only for a real date and a 400 problem+json naming the field for
 * any other; never a 500, never a day silently rolled over.
 */
describe('fuzzing the date parameters of every read', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let admin: string;
  const ids: Record<string, string> = {};
  const http = () => request(api.getHttpServer());
  let targets: { key: string; path: string; field: string; kind: Parameters<typeof isRealDate>[1] }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url, AUTH_RATE_LIMIT_PER_MINUTE: '1000000', ACCESS_TOKEN_TTL_SECONDS: '86400' }));
    admin = (await loginAs(api, 'admin')).token;
    ids.consortiumId = (
      await http()
        .post('/api/v1/consortia')
        .set(bearer(admin))
        .send({ name: '日期模糊联合体（演示）', kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2024-02-29' })
        .expect(201)
    ).body.id;
    ids.organizationId = (
      await http()
        .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'DF000001')}`)
        .set(bearer(admin))
        .send({ name: '日期模糊企业（演示）', type: 'ENTERPRISE', districtCode: '500118' })
        .expect(201)
    ).body.id;
    await http()
      .post(`/api/v1/consortia/${ids.consortiumId}/memberships`)
      .set(bearer(admin))
      .send({ organizationId: ids.organizationId, role: 'MEMBER', validFrom: '2024-02-29' })
      .expect(201);
    const routes = routesOf(api);
    const dates = dateFieldsOf(routes);
    targets = routes
      .filter((r) => r.method === 'GET')
      .flatMap((r) => {
        const fields = dates.get(r.key);
        const path = r.path.replace(/:(\w+)/g, (_m, name: string) => ids[name] ?? '00000000-0000-4000-8000-000000000000');
        return (fields?.query ?? []).map((field) => ({ key: r.key, path, field, kind: fields!.kinds[field] }));
      });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('finds the date parameters of the reads', () => {
    const keys = targets.map((t) => `${t.key} ${t.field}`);
    for (const expected of [
      'GET /api/v1/official-list asOf',
      'GET /api/v1/dashboard asOf',
      'GET /api/v1/consortia asOf',
      'GET /api/v1/consortia/:consortiumId asOf',
      'GET /api/v1/consortia/:consortiumId/members asOf',
      'GET /api/v1/consortia/:consortiumId/governance asOf',
      'GET /api/v1/organizations/:organizationId/consortia asOf',
      'GET /api/v1/memberships/export asOf',
      'GET /api/v1/audit-events from',
      'GET /api/v1/audit-events to',
    ]) {
      expect(keys).toContain(expected);
    }
  });

  it(
    `answers ${FUZZ_RUNS} generated dates per date parameter with 200 or 404 for a real date and a 400 naming the field otherwise`,
    async () => {
      const failures: string[] = [];
      for (const target of targets) {
        const property = fc.asyncProperty(dateValues, async (value) => {
          const res = await http()
            .get(target.path)
            .query({ [target.field]: String(value) })
            .set(bearer(admin));
          const what = () =>
            `${target.key} ${target.field}=${String(value)} → ${res.status} ${String(res.headers['content-type'])} ${JSON.stringify(res.body).slice(0, 300)}`;
          const real = isRealDate(String(value), target.kind);
          if (res.status >= 500) throw new Error(`answered ${what()}`);
          // A real date is read (a 404 is an answer too: a consortium not yet founded on that day).
          if (real && res.status !== 200 && res.status !== 404) throw new Error(`refused a real date: ${what()}`);
          if (!real) {
            if (res.status !== 400 || !/^application\/problem\+json/.test(String(res.headers['content-type'])))
              throw new Error(`did not refuse with a 400 problem: ${what()}`);
            if (!(res.body.errors as { field: string }[] | undefined)?.some((e) => e.field === target.field))
              throw new Error(`refused without naming ${target.field}: ${what()}`);
          }
        });
        const details = await fc.check(property, {
          numRuns: FUZZ_RUNS,
          seed: seedOf(`${target.key} ${target.field}`),
          endOnFailure: process.env.FUZZ_SHRINK !== '1',
        });
        if (details.failed) {
          const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
          failures.push(`${target.key} ${target.field}: failed after ${details.numRuns} runs (FUZZ_SEED=${FUZZ_SEED}, route seed ${details.seed}): ${error}`);
        }
      }
      expect(failures).toEqual([]);
    },
    120_000 + FUZZ_RUNS * 200,
  );
});
