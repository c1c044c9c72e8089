import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { makeUscc } from '#registry';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

/**
 * The dashboard of DESIGN §2.1 over a small registry built through the API, every figure counted by
 * hand. Consortia (established 2025-01-01): A national, B municipal, C park-led, E park-led — all
 * listed from 2025-03-01, C delisted from 2026-04-01 — and D school-led, never listed.
 */
describe('dashboard', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let taskforce: string;
  const ids: Record<string, string> = {};
  const http = () => request(api.getHttpServer());
  let serial = 0;

  async function consortium(key: string, tier: string, listed: boolean) {
    const res = await http()
      .post('/api/v1/consortia')
      .set(bearer(taskforce))
      .send({ name: `看板${key}联合体（演示）`, kind: 'CITY', tier, districtCodes: ['500118'], establishedOn: '2025-01-01' })
      .expect(201);
    ids[key] = res.body.id;
    if (listed) await http().post(`/api/v1/consortia/${ids[key]}/decisions`).set(bearer(taskforce)).send({ toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '批准入列' }).expect(201);
  }

  async function organization(key: string, body: object) {
    serial += 1;
    const uscc = makeUscc('9', '1', '500118', `DB${String(serial).padStart(6, '0')}`);
    const res = await http()
      .put(`/api/v1/organizations/by-uscc/${uscc}`)
      .set(bearer(taskforce))
      .send({ name: `${key} 看板单位（演示）`, districtCode: '500118', ...body });
    expect(res.status).toBeLessThan(300);
    ids[key] = res.body.id;
  }

  async function join(consortiumKey: string, organizationKey: string, validFrom: string): Promise<string> {
    const res = await http()
      .post(`/api/v1/consortia/${ids[consortiumKey]}/memberships`)
      .set(bearer(taskforce))
      .send({ organizationId: ids[organizationKey], role: 'MEMBER', validFrom })
      .expect(201);
    return res.body.membership.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    taskforce = (await loginAs(api, 'taskforce')).token;
    await consortium('A', 'NATIONAL', true);
    await consortium('B', 'MUNICIPAL', true);
    await consortium('C', 'PARK_LED', true);
    await consortium('D', 'SCHOOL_LED', false);
    await consortium('E', 'PARK_LED', true);

    await organization('P1', { type: 'PARK', parkLevel: 'NATIONAL', isKeyPark: true });
    await organization('P2', { type: 'PARK', parkLevel: 'MUNICIPAL', isKeyPark: true });
    await organization('P3', { type: 'PARK', parkLevel: 'DISTRICT' });
    await organization('H1', { type: 'SCHOOL', schoolLevel: 'HIGHER_VOCATIONAL' });
    await organization('H2', { type: 'SCHOOL', schoolLevel: 'HIGHER_VOCATIONAL' });
    await organization('H3', { type: 'SCHOOL', schoolLevel: 'HIGHER_VOCATIONAL' });
    await organization('S1', { type: 'SCHOOL', schoolLevel: 'SECONDARY_VOCATIONAL' });
    await organization('F1', { type: 'ENTERPRISE', isAboveScale: true });
    await organization('F2', { type: 'ENTERPRISE', isAboveScale: true });
    await organization('F3', { type: 'ENTERPRISE', isAboveScale: false });

    await join('A', 'P1', '2025-03-01');
    await join('C', 'P2', '2025-03-01');
    await join('A', 'P3', '2025-03-01');
    const h1 = await join('B', 'H1', '2025-03-01');
    await http().post(`/api/v1/consortia/${ids.B}/memberships/${h1}/exit`).set(bearer(taskforce)).send({ effectiveOn: '2026-01-01', reason: 'VOLUNTARY' }).expect(201);
    await join('D', 'H2', '2025-03-01');
    await join('E', 'H3', '2025-03-01');
    await join('A', 'S1', '2025-03-01');
    await join('A', 'F1', '2026-01-01');
    await join('A', 'F3', '2025-03-01');
    // Delisted last: a delisted consortium's membership no longer changes.
    await http().post(`/api/v1/consortia/${ids.C}/decisions`).set(bearer(taskforce)).send({ toStatus: 'DELISTED', effectiveOn: '2026-04-01', reason: '年度考核不合格' }).expect(201);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const named = (...keys: string[]) => keys.map((k) => ({ id: ids[k], name: `${k} 看板单位（演示）` }));

  it('counts the list per tier against the 2027 targets and the coverage on 2025-06-30', async () => {
    const res = await http().get('/api/v1/dashboard').query({ asOf: '2025-06-30' }).set(bearer(taskforce)).expect(200);
    expect(res.body).toEqual({
      asOf: '2025-06-30',
      targetYear: 2027,
      listed: 4,
      tiers: [
        { tier: 'NATIONAL', count: 1, target: 5, gap: 4, met: false },
        { tier: 'MUNICIPAL', count: 1, target: 8, gap: 7, met: false },
        { tier: 'PARK_LED', count: 2, target: 15, gap: 13, met: false },
        { tier: 'INDUSTRY_LED', count: 0, target: 15, gap: 15, met: false },
        { tier: 'SCHOOL_LED', count: 0, target: 30, gap: 30, met: false },
      ],
      coverage: [
        // P1 in A, P2 in C (listed then); P3 is no key park.
        { population: 'KEY_PARKS', covered: 2, total: 2, percent: 100, uncoveredCount: 0, uncovered: [] },
        // H1 in B, H3 in E; H2 only in D, which is not on the list.
        { population: 'HIGHER_VOCATIONAL_COLLEGES', covered: 2, total: 3, percent: 66.7, uncoveredCount: 1, uncovered: named('H2') },
        // F1 joins A only in 2026; F2 is in no consortium; F3 is not above scale.
        { population: 'ABOVE_SCALE_FIRMS', covered: 0, total: 2, percent: 0, uncoveredCount: 2, uncovered: named('F1', 'F2') },
      ],
    });
  });

  it('follows delisting and membership changes: 2026-06-30', async () => {
    const res = await http().get('/api/v1/dashboard').query({ asOf: '2026-06-30' }).set(bearer(taskforce)).expect(200);
    expect(res.body.listed).toBe(3);
    expect(res.body.tiers.map((t: { count: number }) => t.count)).toEqual([1, 1, 1, 0, 0]);
    expect(res.body.coverage).toEqual([
      // C is delisted: P2 is no longer covered.
      { population: 'KEY_PARKS', covered: 1, total: 2, percent: 50, uncoveredCount: 1, uncovered: named('P2') },
      // H1 left B on 2026-01-01.
      { population: 'HIGHER_VOCATIONAL_COLLEGES', covered: 1, total: 3, percent: 33.3, uncoveredCount: 2, uncovered: named('H1', 'H2') },
      { population: 'ABOVE_SCALE_FIRMS', covered: 1, total: 2, percent: 50, uncoveredCount: 1, uncovered: named('F2') },
    ]);
  });

  it('counts nothing before any consortium is listed', async () => {
    const res = await http().get('/api/v1/dashboard').query({ asOf: '2025-02-01' }).set(bearer(taskforce)).expect(200);
    expect(res.body.listed).toBe(0);
    expect(res.body.coverage.map((c: { covered: number; total: number; percent: number }) => [c.covered, c.total, c.percent])).toEqual([
      [0, 2, 0],
      [0, 3, 0],
      [0, 2, 0],
    ]);
  });

  it('is for the task force and administrators only, and checks the date', async () => {
    const admin = await loginAs(api, 'admin');
    await http().get('/api/v1/dashboard').set(bearer(admin.token)).expect(200);
    const secretariat = await loginAs(api, 'secretariat', { consortiumId: ids.A });
    await http().get('/api/v1/dashboard').set(bearer(secretariat.token)).expect(403);
    await http().get('/api/v1/dashboard').expect(401);
    const bad = await http().get('/api/v1/dashboard').query({ asOf: '2026-13-01x' }).set(bearer(taskforce)).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors[0].field).toBe('asOf');
  });
});
