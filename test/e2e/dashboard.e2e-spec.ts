import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import ExcelJS from 'exceljs';
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
  const usccs: Record<string, string> = {};
  const http = () => request(api.getHttpServer());
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  let serial = 0;

  async function consortium(key: string, tier: string, listed: boolean) {
    const res = await http()
      .post('/api/v1/consortia')
      .set(bearer(taskforce))
      .send({ name: `看板${key}联合体（演示）`, kind: 'CITY', tier, districtCodes: ['500118'], establishedOn: '2025-01-01' })
      .expect(201);
    ids[key] = res.body.id;
    if (listed)
      await http()
        .post(`/api/v1/consortia/${ids[key]}/decisions`)
        .set(bearer(taskforce))
        .send({ toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '批准入列' })
        .expect(201);
  }

  async function organization(key: string, body: object) {
    serial += 1;
    const uscc = makeUscc('9', '1', '500118', `DB${String(serial).padStart(6, '0')}`);
    usccs[key] = uscc;
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
    await http()
      .post(`/api/v1/consortia/${ids.B}/memberships/${h1}/exit`)
      .set(bearer(taskforce))
      .send({ effectiveOn: '2026-01-01', reason: 'VOLUNTARY' })
      .expect(201);
    await join('D', 'H2', '2025-03-01');
    await join('E', 'H3', '2025-03-01');
    await join('A', 'S1', '2025-03-01');
    await join('A', 'F1', '2026-01-01');
    await join('A', 'F3', '2025-03-01');
    // Delisted last: a delisted consortium's membership no longer changes.
    await http()
      .post(`/api/v1/consortia/${ids.C}/decisions`)
      .set(bearer(taskforce))
      .send({ toStatus: 'DELISTED', effectiveOn: '2026-04-01', reason: '年度考核不合格' })
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const named = (...keys: string[]) => keys.map((k) => ({ id: ids[k], name: `${k} 看板单位（演示）`, uscc: usccs[k] }));
  const flags = { basis: 'REGISTRY_FLAGS', directoryYear: null };
  const noStatistic = { indicator: 'HIGH_SKILLED_SHARE', target: 45, year: null, value: null, source: null, reportedOn: null, gap: null, met: false };

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
        { population: 'KEY_PARKS', ...flags, covered: 2, total: 2, percent: 100, uncoveredCount: 0, uncovered: [] },
        // H1 in B, H3 in E; H2 only in D, which is not on the list.
        { population: 'HIGHER_VOCATIONAL_COLLEGES', ...flags, covered: 2, total: 3, percent: 66.7, uncoveredCount: 1, uncovered: named('H2') },
        // F1 joins A only in 2026; F2 is in no consortium; F3 is not above scale.
        { population: 'ABOVE_SCALE_FIRMS', ...flags, covered: 0, total: 2, percent: 0, uncoveredCount: 2, uncovered: named('F1', 'F2') },
      ],
      highSkilledShare: noStatistic,
    });
  });

  it('follows delisting and membership changes: 2026-06-30', async () => {
    const res = await http().get('/api/v1/dashboard').query({ asOf: '2026-06-30' }).set(bearer(taskforce)).expect(200);
    expect(res.body.listed).toBe(3);
    expect(res.body.tiers.map((t: { count: number }) => t.count)).toEqual([1, 1, 1, 0, 0]);
    expect(res.body.coverage).toEqual([
      // C is delisted: P2 is no longer covered.
      { population: 'KEY_PARKS', ...flags, covered: 1, total: 2, percent: 50, uncoveredCount: 1, uncovered: named('P2') },
      // H1 left B on 2026-01-01.
      { population: 'HIGHER_VOCATIONAL_COLLEGES', ...flags, covered: 1, total: 3, percent: 33.3, uncoveredCount: 2, uncovered: named('H1', 'H2') },
      { population: 'ABOVE_SCALE_FIRMS', ...flags, covered: 1, total: 2, percent: 50, uncoveredCount: 1, uncovered: named('F2') },
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

  describe('against the reference directories (名录) and the statistics the task force enters', () => {
    /** A key park in the directory that is not registered at all. */
    const X1 = makeUscc('9', '1', '500118', 'DBX00001');
    const importDirectory = (file: Buffer, query: string, type = XLSX) =>
      http().post(`/api/v1/reference-directories/imports?${query}`).set(bearer(taskforce)).set('content-type', type).send(file);
    const coverageOn = async (asOf: string) =>
      (
        (await http().get('/api/v1/dashboard').query({ asOf }).set(bearer(taskforce)).expect(200)).body.coverage as {
          population: string;
          covered: number;
          total: number;
          percent: number;
          basis: string;
          directoryYear: number | null;
        }[]
      ).map((c) => [c.population, c.basis, c.directoryYear, c.covered, c.total, c.percent]);

    async function directoryWorkbook(rows: string[][]): Promise<Buffer> {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('名录');
      sheet.addRow(['统一社会信用代码', '单位名称', '名录类型', '所在区县']);
      for (const row of rows) sheet.addRow(row);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    }

    it('refuses a bad directory naming each row and column, and changes nothing', async () => {
      const csv = Buffer.from(
        `\uFEFF统一社会信用代码,单位名称,名录类型\n${usccs.P1.slice(0, 17)},甲园区,重点园区\n${usccs.H1},乙学院,本科院校\n${usccs.F1},丙企业,规上企业\n${usccs.F1},丙企业,规上企业\n`,
        'utf8',
      );
      const bad = await importDirectory(csv, 'year=2026', 'text/csv').expect(422);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body.code).toBe('DIRECTORY_INVALID');
      expect(bad.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
        ['rows[1].uscc', 'USCC_LENGTH'],
        ['rows[2].kind', 'UNKNOWN_DIRECTORY_KIND'],
        ['rows[4].uscc', 'DUPLICATE_IN_FILE'],
      ]);
      const noYear = await importDirectory(csv, '', 'text/csv').expect(400);
      expect(noYear.body.errors.map((e: { field: string }) => e.field)).toContain('year');
      const noKind = await importDirectory(Buffer.from('统一社会信用代码,单位名称\n', 'utf8'), 'year=2026', 'text/csv').expect(422);
      expect(noKind.body.errors).toEqual([expect.objectContaining({ field: 'rows[0].kind', code: 'MISSING_COLUMN' })]);
      expect((await http().get('/api/v1/reference-directories').query({ year: 2026 }).set(bearer(taskforce)).expect(200)).body.items).toEqual([]);
    });

    it('counts coverage against the directory of the year, and the figure moves when a directory unit joins a consortium', async () => {
      const file = await directoryWorkbook([
        [usccs.P1, 'P1 看板单位（演示）', '重点园区', ''],
        [usccs.P2, 'P2 看板单位（演示）', '重点园区', ''],
        [X1, 'X1 未登记园区（演示）', '重点园区', '永川区'],
        [usccs.H1, 'H1 看板单位（演示）', '高职院校', '500118'],
        [usccs.H2, 'H2 看板单位（演示）', '高职院校', ''],
        [usccs.H3, 'H3 看板单位（演示）', '高职院校', ''],
        [usccs.F1, 'F1 看板单位（演示）', '规上企业', ''],
        [usccs.F2, 'F2 看板单位（演示）', '规上企业', ''],
        [usccs.F3, 'F3 看板单位（演示）', '规上企业', ''],
      ]);
      const imported = await importDirectory(file, 'year=2026').expect(201);
      expect(imported.body).toEqual({
        year: 2026,
        directories: [
          { kind: 'KEY_PARKS', entries: 3, replaced: 0 },
          { kind: 'HIGHER_VOCATIONAL_COLLEGES', entries: 3, replaced: 0 },
          { kind: 'ABOVE_SCALE_FIRMS', entries: 3, replaced: 0 },
        ],
      });
      const listed = (await http().get('/api/v1/reference-directories').query({ year: 2026, kind: 'KEY_PARKS' }).set(bearer(taskforce)).expect(200)).body.items;
      expect(
        listed.map((e: { name: string; organizationId: string | null; districtCode: string | null }) => [e.name, e.organizationId, e.districtCode]),
      ).toEqual([
        ['P1 看板单位（演示）', ids.P1, null],
        ['P2 看板单位（演示）', ids.P2, null],
        ['X1 未登记园区（演示）', null, '500118'],
      ]);

      // 2025: no directory of 2025 or before — the registry's flags, as before.
      expect(await coverageOn('2025-06-30')).toEqual([
        ['KEY_PARKS', 'REGISTRY_FLAGS', null, 2, 2, 100],
        ['HIGHER_VOCATIONAL_COLLEGES', 'REGISTRY_FLAGS', null, 2, 3, 66.7],
        ['ABOVE_SCALE_FIRMS', 'REGISTRY_FLAGS', null, 0, 2, 0],
      ]);
      // 2026-06-30 against the 2026 directory: parks P1 (A) of P1, P2 (C delisted 2026-04-01), X1
      // (not registered) → 1/3 = 33.3 %; colleges H3 (E) of H1 (left B), H2 (D unlisted), H3 → 1/3;
      // firms F1 (A since 2026-01-01) and F3 (A; in the directory though not flagged) of 3 → 66.7 %.
      expect(await coverageOn('2026-06-30')).toEqual([
        ['KEY_PARKS', 'DIRECTORY', 2026, 1, 3, 33.3],
        ['HIGHER_VOCATIONAL_COLLEGES', 'DIRECTORY', 2026, 1, 3, 33.3],
        ['ABOVE_SCALE_FIRMS', 'DIRECTORY', 2026, 2, 3, 66.7],
      ]);
      const before = (await http().get('/api/v1/dashboard').query({ asOf: '2026-06-30' }).set(bearer(taskforce)).expect(200)).body.coverage[0];
      expect(before.uncovered).toEqual([named('P2')[0], { id: null, name: 'X1 未登记园区（演示）', uscc: X1 }]);

      // F2, a directory firm, joins A on 2026-05-01: firms 3/3 = 100 % from that day, 66.7 % the day before.
      await join('A', 'F2', '2026-05-01');
      expect((await coverageOn('2026-06-30'))[2]).toEqual(['ABOVE_SCALE_FIRMS', 'DIRECTORY', 2026, 3, 3, 100]);
      expect((await coverageOn('2026-04-30'))[2]).toEqual(['ABOVE_SCALE_FIRMS', 'DIRECTORY', 2026, 2, 3, 66.7]);
      // A later year without its own directory counts against the latest one before it.
      expect((await coverageOn('2027-03-31'))[2]).toEqual(['ABOVE_SCALE_FIRMS', 'DIRECTORY', 2026, 3, 3, 100]);
    });

    it('scores membership coverage per district in the scorecard (method 2), and method 1 still as before', async () => {
      // 永川区 on 2026-06-30: 9 directory units (X1 by its 所在区县, the others by their registered
      // district); covered P1, H3, F1, F2, F3 = 5 → 55.6 %. No annual competition, no ledger task,
      // no supply–demand figure: the score is the coverage alone, 55.6. Listed there: A, B, E.
      const card = (await http().get('/api/v1/ledger/district-scorecard').query({ year: 2026, asOf: '2026-06-30' }).set(bearer(taskforce)).expect(200)).body;
      expect(card.methodVersion).toBe(2);
      expect(card.weights).toEqual({ results: 0.4, completion: 0.2, onTime: 0.15, coverage: 0.15, supplyDemand: 0.1 });
      expect(card.rows).toEqual([
        {
          districtCode: '500118',
          districtName: '永川区',
          consortia: 3,
          rankedConsortia: 0,
          results: null,
          tasks: 0,
          completion: null,
          onTime: null,
          directoryUnits: 9,
          coveredUnits: 5,
          coverage: 55.6,
          supplyDemand: null,
          score: 55.6,
          rank: 1,
        },
      ]);
      // Method 1 knows no coverage: nothing to score.
      const v1 = (await http().get('/api/v1/ledger/district-scorecard').query({ year: 2026, asOf: '2026-06-30', method: 1 }).set(bearer(taskforce)).expect(200))
        .body;
      expect([v1.methodVersion, v1.rows[0].coverage, v1.rows[0].score, v1.rows[0].rank]).toEqual([1, 55.6, null, null]);
      const bad = await http().get('/api/v1/ledger/district-scorecard').query({ year: 2026, method: 3 }).set(bearer(taskforce)).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['method']);
    });

    it('takes the high-skilled share per year with its source, against 45 %, and shows each target’s trend towards 2027', async () => {
      const post = (body: object, ifMatch?: string) => {
        const req = http().post('/api/v1/city-statistics').set(bearer(taskforce));
        return (ifMatch ? req.set('if-match', ifMatch) : req).send(body);
      };
      const source = '市人力社保局技能人才统计（演示）';
      const first = await post({ indicator: 'HIGH_SKILLED_SHARE', year: 2025, value: 38.5, source, reportedOn: '2026-02-10' }).expect(201);
      expect(first.headers.etag).toBe('"v1"');
      await post({ indicator: 'HIGH_SKILLED_SHARE', year: 2026, value: 41.2, source, reportedOn: '2026-06-15' }).expect(201);
      expect((await post({ indicator: 'HIGH_SKILLED_SHARE', year: 2026, value: 41.5, source, reportedOn: '2026-06-20' }).expect(428)).body.code).toBe(
        'IF_MATCH_REQUIRED',
      );
      const corrected = await post({ indicator: 'HIGH_SKILLED_SHARE', year: 2026, value: 41.5, source, reportedOn: '2026-06-20' }, '"v1"').expect(201);
      expect(corrected.body).toEqual({ indicator: 'HIGH_SKILLED_SHARE', year: 2026, value: 41.5, source, reportedOn: '2026-06-20', version: 2 });
      for (const [body, field] of [
        [{ indicator: 'HIGH_SKILLED_SHARE', year: 2026, value: 120, source, reportedOn: '2026-06-20' }, 'value'],
        [{ indicator: 'SKILLED', year: 2026, value: 40, source, reportedOn: '2026-06-20' }, 'indicator'],
        [{ indicator: 'HIGH_SKILLED_SHARE', year: 2026, value: 40, source, reportedOn: '2026-02-30' }, 'reportedOn'],
      ] as const) {
        const res = await post(body, '"v2"').expect(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      }
      expect(
        (await http().get('/api/v1/city-statistics').set(bearer(taskforce)).expect(200)).body.items.map((s: { year: number; value: number }) => [
          s.year,
          s.value,
        ]),
      ).toEqual([
        [2025, 38.5],
        [2026, 41.5],
      ]);

      // The dashboard shows the value of asOf's year (or the latest before): 45 − 41.5 = 3.5 to go.
      const now = (await http().get('/api/v1/dashboard').query({ asOf: '2026-06-30' }).set(bearer(taskforce)).expect(200)).body;
      expect(now.highSkilledShare).toEqual({
        indicator: 'HIGH_SKILLED_SHARE',
        target: 45,
        year: 2026,
        value: 41.5,
        source,
        reportedOn: '2026-06-20',
        gap: 3.5,
        met: false,
      });
      expect((await http().get('/api/v1/dashboard').query({ asOf: '2025-06-30' }).set(bearer(taskforce)).expect(200)).body.highSkilledShare).toMatchObject({
        year: 2025,
        value: 38.5,
        gap: 6.5,
      });

      // The trend: 2025 measured on 31 December, 2026 on asOf, 2027 still to come.
      const trend = (await http().get('/api/v1/dashboard/trend').query({ asOf: '2026-06-30', fromYear: 2025 }).set(bearer(taskforce)).expect(200)).body;
      expect(trend.years).toEqual([2025, 2026, 2027]);
      const series = (target: string) => trend.series.find((s: { target: string }) => s.target === target);
      expect(series('HIGH_SKILLED_SHARE')).toEqual({
        target: 'HIGH_SKILLED_SHARE',
        unit: 'PERCENT',
        goal: 45,
        points: [
          { year: 2025, measuredOn: '2025-12-31', value: 38.5, gap: 6.5 },
          { year: 2026, measuredOn: '2026-06-30', value: 41.5, gap: 3.5 },
          { year: 2027, measuredOn: null, value: null, gap: null },
        ],
      });
      // Firms: 2025-12-31 by the flags, F1 (joins 2026) and F2 uncovered → 0 %; 2026-06-30 by the directory, 100 %.
      expect(series('ABOVE_SCALE_FIRMS').points.map((p: { value: number | null; gap: number | null }) => [p.value, p.gap])).toEqual([
        [0, 100],
        [100, 0],
        [null, null],
      ]);
      // Key parks: 2025-12-31 P1 (A) and P2 (C, listed until 2026-04-01) of the 2 flagged → 100 %; 2026 against the directory 33.3 %.
      expect(series('KEY_PARKS').points.map((p: { value: number | null }) => p.value)).toEqual([100, 33.3, null]);
      // National consortia: A alone, 4 short of 5.
      expect(series('NATIONAL')).toMatchObject({
        unit: 'CONSORTIA',
        goal: 5,
        points: [
          { value: 1, gap: 4 },
          { value: 1, gap: 4 },
          { value: null, gap: null },
        ],
      });
      const badYear = await http().get('/api/v1/dashboard/trend').query({ fromYear: 2030 }).set(bearer(taskforce)).expect(400);
      expect(badYear.body.errors.map((e: { field: string }) => e.field)).toEqual(['fromYear']);
    });

    it('replaces only the kinds a new import of the year holds', async () => {
      const file = await directoryWorkbook([
        [usccs.F1, 'F1 看板单位（演示）', '规模以上企业', ''],
        [usccs.F2, 'F2 看板单位（演示）', 'ABOVE_SCALE_FIRMS', ''],
      ]);
      expect((await importDirectory(file, 'year=2026').expect(201)).body.directories).toEqual([{ kind: 'ABOVE_SCALE_FIRMS', entries: 2, replaced: 3 }]);
      expect((await coverageOn('2026-06-30')).map((c) => c[4])).toEqual([3, 3, 2]);
    });
  });
});
