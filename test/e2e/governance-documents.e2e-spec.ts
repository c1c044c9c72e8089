import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { districtSystem } from '../support/district.js';
import { bearer, loginAs } from '../support/identity.js';

/**
 * 章程 and operating rules as versioned, effective-dated governance documents: the secretariat records
 * versions (If-Match on the document), everyone in scope reads the version in force on a date and the
 * history, the task force sees city-wide which consortia have a charter in force and since when.
 */
describe('governance documents (章程, 运行管理制度)', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let taskforce: string;
  const http = () => request(api.getHttpServer());
  const ids: Record<string, string> = {};

  const consortium = async (key: string, districtCodes: string[]) => {
    const res = await http()
      .post('/api/v1/consortia')
      .set(bearer(taskforce))
      .send({ name: `章程${key}联合体（演示）`, kind: 'CITY', tier: 'MUNICIPAL', districtCodes, establishedOn: '2025-01-01' })
      .expect(201);
    ids[key] = res.body.id;
    await http()
      .post(`/api/v1/consortia/${ids[key]}/decisions`)
      .set(bearer(taskforce))
      .send({ toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '批准入列' })
      .expect(201);
  };
  const record = (consortiumId: string, token: string, body: object, ifMatch?: string) => {
    const req = http().post(`/api/v1/consortia/${consortiumId}/governance-documents`).set(bearer(token));
    return (ifMatch ? req.set('if-match', ifMatch) : req).send(body);
  };
  const current = async (consortiumId: string, asOf: string) =>
    (await http().get(`/api/v1/consortia/${consortiumId}/governance-documents`).query({ asOf }).set(bearer(taskforce)).expect(200)).body;

  const CHARTER_V1 = {
    kind: 'CHARTER',
    versionLabel: '2025 年版',
    title: '章程甲联合体章程（演示）',
    adoptedOn: '2025-03-15',
    effectiveOn: '2025-04-01',
    text: '第一条 本联合体……（演示）',
  };
  const CHARTER_V2 = {
    kind: 'CHARTER',
    versionLabel: '2026 年修订版',
    title: '章程甲联合体章程（2026 年修订）（演示）',
    adoptedOn: '2026-01-10',
    effectiveOn: '2026-02-01',
    evidence: { name: '章程（2026 年修订）.pdf', url: 'https://example.gov.cn/files/charter-2026.pdf' },
    changeSummary: '增设监事会，调整理事会表决规则',
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    taskforce = (await loginAs(api, 'taskforce')).token;
    await consortium('甲', ['500118']);
    await consortium('乙', ['500101']);
    await consortium('丙', ['500118']);
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
    await db?.drop();
  });

  it('records versions by the secretariat, each later version with the document’s ETag, and publishes each for the consortium’s districts', async () => {
    const secretariat = (await loginAs(api, 'secretariat', { consortiumId: ids['甲'] })).token;
    const resolution = await http()
      .post(`/api/v1/consortia/${ids['甲']}/resolutions`)
      .set(bearer(secretariat))
      .send({
        number: '理事会决议〔2025〕1号',
        adoptedOn: '2025-03-15',
        title: '关于通过联合体章程的决议',
        text: '通过章程',
        votesFor: 9,
        votesAgainst: 0,
        abstentions: 0,
      })
      .expect(201);
    ids.resolution = resolution.body.id;

    const first = await record(ids['甲'], secretariat, { ...CHARTER_V1, resolutionId: ids.resolution }).expect(201);
    expect(first.headers.etag).toBe('"v1"');
    expect(first.body).toEqual({
      id: expect.any(String),
      kind: 'CHARTER',
      sequence: 1,
      versionLabel: '2025 年版',
      title: CHARTER_V1.title,
      adoptedOn: '2025-03-15',
      effectiveOn: '2025-04-01',
      validTo: null,
      resolutionId: ids.resolution,
      resolutionNumber: '理事会决议〔2025〕1号',
      text: CHARTER_V1.text,
      evidence: null,
      changeSummary: null,
    });

    // A later version needs the document's ETag: none → 428, stale → 412.
    expect((await record(ids['甲'], secretariat, CHARTER_V2).expect(428)).body.code).toBe('IF_MATCH_REQUIRED');
    expect((await record(ids['甲'], secretariat, CHARTER_V2, '"v7"').expect(412)).body.code).toBe('PRECONDITION_FAILED');
    const second = await record(ids['甲'], secretariat, CHARTER_V2, '"v1"').expect(201);
    expect(second.headers.etag).toBe('"v2"');
    expect(second.body).toMatchObject({ sequence: 2, text: null, evidence: CHARTER_V2.evidence, changeSummary: CHARTER_V2.changeSummary, resolutionId: null });
    await record(ids['甲'], secretariat, {
      kind: 'OPERATING_RULES',
      versionLabel: '试行',
      title: '章程甲联合体运行管理制度（演示）',
      adoptedOn: '2025-04-20',
      effectiveOn: '2025-05-01',
      text: '第一章 总则（演示）',
    }).expect(201);

    const events = await sql.query(
      `SELECT payload->>'action' AS action, payload->'after'->>'versionLabel' AS label, district_codes FROM outbox_event
        WHERE type = 'registry.governance.changed' AND aggregate_id = $1 AND payload->>'entityType' = 'governance-document' ORDER BY id`,
      [ids['甲']],
    );
    expect(events.rows).toEqual([
      { action: 'registry.governance-document.record', label: '2025 年版', district_codes: ['500118'] },
      { action: 'registry.governance-document.record', label: '2026 年修订版', district_codes: ['500118'] },
      { action: 'registry.governance-document.record', label: '试行', district_codes: ['500118'] },
    ]);
    const audit = await sql.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'registry.governance-document.record'`);
    expect(audit.rows).toEqual([{ n: 3 }]);

    // Another consortium's secretariat may not write here: not found, as for any object out of scope.
    const other = (await loginAs(api, 'secretariat', { consortiumId: ids['乙'] })).token;
    await record(ids['甲'], other, { ...CHARTER_V2, versionLabel: 'x', effectiveOn: '2027-01-01' }, '"v2"').expect(404);
    expect((await sql.query(`SELECT count(*)::int AS n FROM governance_document WHERE consortium_id = $1`, [ids['甲']])).rows).toEqual([{ n: 3 }]);
  });

  it('refuses bad input with problem+json naming the field, and changes nothing', async () => {
    const later = { ...CHARTER_V2, versionLabel: '2027 年版', adoptedOn: '2026-12-01', effectiveOn: '2027-01-01' };
    const cases: [object, string, number, string][] = [
      [{ ...later, kind: 'BYLAWS' }, '"v2"', 400, 'kind'],
      [{ ...later, effectiveOn: '2027-02-30' }, '"v2"', 400, 'effectiveOn'],
      [{ ...later, evidence: { name: '章程.pdf', url: 'not a url' } }, '"v2"', 400, 'evidence.url'],
      [{ ...later, effectiveOn: '2026-11-30' }, '"v2"', 422, 'effectiveOn'],
      [{ ...later, effectiveOn: '2026-02-01', adoptedOn: '2026-01-10' }, '"v2"', 422, 'effectiveOn'],
      [{ ...later, evidence: undefined }, '"v2"', 422, 'text'],
      [{ ...later, resolutionId: '00000000-0000-4000-8000-000000000000' }, '"v2"', 422, 'resolutionId'],
      [{ ...later, resolutionId: ids.resolution }, '"v2"', 422, 'adoptedOn'],
      [{ ...later, versionLabel: '2025 年版' }, '"v2"', 409, 'versionLabel'],
    ];
    for (const [body, ifMatch, status, field] of cases) {
      const res = await record(ids['甲'], taskforce, body, ifMatch);
      expect({ field, status: res.status }).toEqual({ field, status });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const missing = await record('00000000-0000-4000-8000-000000000000', taskforce, later);
    expect(missing.status).toBe(404);
    const history = (
      await http().get(`/api/v1/consortia/${ids['甲']}/governance-documents/history`).query({ kind: 'CHARTER' }).set(bearer(taskforce)).expect(200)
    ).body.items;
    expect(history.map((v: { versionLabel: string }) => v.versionLabel)).toEqual(['2025 年版', '2026 年修订版']);
    const badKind = await http().get(`/api/v1/consortia/${ids['甲']}/governance-documents/history`).query({ kind: 'X' }).set(bearer(taskforce)).expect(400);
    expect(badKind.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
  });

  it('reads the version in force on any date and the full history', async () => {
    expect(await current(ids['甲'], '2025-03-31')).toEqual({ asOf: '2025-03-31', charter: null, operatingRules: null });
    const mid2025 = await current(ids['甲'], '2025-06-30');
    expect([mid2025.charter.versionLabel, mid2025.charter.validTo, mid2025.operatingRules.versionLabel]).toEqual(['2025 年版', '2026-02-01', '试行']);
    expect((await current(ids['甲'], '2026-01-31')).charter.versionLabel).toBe('2025 年版');
    expect((await current(ids['甲'], '2026-02-01')).charter.versionLabel).toBe('2026 年修订版');
    expect((await current(ids['甲'], '9999-12-31')).charter.versionLabel).toBe('2026 年修订版');
    const history = (await http().get(`/api/v1/consortia/${ids['甲']}/governance-documents/history`).set(bearer(taskforce)).expect(200)).body.items;
    expect(
      history.map((v: { kind: string; sequence: number; effectiveOn: string; validTo: string | null; changeSummary: string | null }) => [
        v.kind,
        v.sequence,
        v.effectiveOn,
        v.validTo,
        v.changeSummary,
      ]),
    ).toEqual([
      ['CHARTER', 1, '2025-04-01', '2026-02-01', null],
      ['CHARTER', 2, '2026-02-01', null, '增设监事会，调整理事会表决规则'],
      ['OPERATING_RULES', 1, '2025-05-01', null, null],
    ]);
    const bad = await http().get(`/api/v1/consortia/${ids['甲']}/governance-documents`).query({ asOf: '2026-02-30' }).set(bearer(taskforce)).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['asOf']);
  });

  it('shows the task force city-wide which consortia have a charter in force and when it last changed; a district system its districts only', async () => {
    const on = async (asOf: string, token = taskforce) =>
      (await http().get('/api/v1/governance-documents').query({ asOf }).set(bearer(token)).expect(200)).body;
    const mid2025 = await on('2025-06-30');
    expect([mid2025.listed, mid2025.withCharter, mid2025.withOperatingRules]).toEqual([3, 1, 1]);
    const jia = mid2025.items.find((i: { consortiumId: string }) => i.consortiumId === ids['甲']);
    expect(jia.charter).toEqual({
      inForce: { versionLabel: '2025 年版', title: CHARTER_V1.title, effectiveOn: '2025-04-01', sequence: 1 },
      versions: 1,
      lastChangedOn: '2025-04-01',
      nextEffectiveOn: '2026-02-01',
    });
    const bing = mid2025.items.find((i: { consortiumId: string }) => i.consortiumId === ids['丙']);
    expect(bing.charter).toEqual({ inForce: null, versions: 0, lastChangedOn: null, nextEffectiveOn: null });
    const mid2026 = await on('2026-06-30');
    expect(mid2026.items.find((i: { consortiumId: string }) => i.consortiumId === ids['甲']).charter).toMatchObject({
      versions: 2,
      lastChangedOn: '2026-02-01',
      nextEffectiveOn: null,
    });
    // Before the list began, no consortium is listed.
    expect((await on('2025-01-15')).listed).toBe(0);

    const system = await districtSystem(api, '500101', ['registry:read']);
    const scoped = await on('2026-06-30', system.token);
    expect(scoped.items.map((i: { consortiumId: string }) => i.consortiumId)).toEqual([ids['乙']]);
    await http().get(`/api/v1/consortia/${ids['甲']}/governance-documents`).set(bearer(system.token)).expect(404);
    await http().get(`/api/v1/consortia/${ids['乙']}/governance-documents/history`).set(bearer(system.token)).expect(200);
    const member = (await loginAs(api, 'secretariat', { consortiumId: ids['乙'] })).token;
    await http().get('/api/v1/governance-documents').set(bearer(member)).expect(403);
  });

  it('puts each version in the change feed of the consortium’s districts only', async () => {
    const documentEvents = async (district: string) => {
      const system = await districtSystem(api, district, ['feed:read']);
      const feed = await http().get('/api/v1/changes').query({ limit: 1000 }).set(bearer(system.token)).expect(200);
      return feed.body.items
        .filter(
          (e: { type: string; payload: { entityType: string } }) => e.type === 'registry.governance.changed' && e.payload.entityType === 'governance-document',
        )
        .map((e: { aggregateId: string; payload: { after: { versionLabel: string } } }) => [e.aggregateId, e.payload.after.versionLabel]);
    };
    expect(await documentEvents('500118')).toEqual([
      [ids['甲'], '2025 年版'],
      [ids['甲'], '2026 年修订版'],
      [ids['甲'], '试行'],
    ]);
    expect(await documentEvents('500101')).toEqual([]);
  });
});
