import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

/**
 * The rules governance data must obey (三级组织管理架构, DESIGN §2.4): one chair at a time, seats
 * that end with their membership, everything effective-dated, 赋权清单 as a register, and every
 * change published for district systems.
 */
describe('governance rules', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let taskforce: string;
  let n = 0;
  const http = () => request(api.getHttpServer());

  const consortium = async (name: string, establishedOn = '2024-01-01', districtCodes = ['500118']) =>
    (await http().post('/api/v1/consortia').set(bearer(taskforce)).send({ name, kind: 'CITY', tier: 'MUNICIPAL', districtCodes, establishedOn }).expect(201))
      .body.id as string;
  const organization = async (name: string) => {
    n += 1;
    const uscc = makeUscc('9', '1', '500118', `GR${String(n).padStart(6, '0')}`);
    return (
      await http().put(`/api/v1/organizations/by-uscc/${uscc}`).set(bearer(taskforce)).send({ name, type: 'ENTERPRISE', districtCode: '500118' }).expect(201)
    ).body.id as string;
  };
  const join = async (consortiumId: string, organizationId: string, validFrom: string, role = 'MEMBER') =>
    (await http().post(`/api/v1/consortia/${consortiumId}/memberships`).set(bearer(taskforce)).send({ organizationId, role, validFrom }).expect(201)).body
      .membership.id as string;
  const governance = async (consortiumId: string, asOf: string) =>
    (await http().get(`/api/v1/consortia/${consortiumId}/governance`).query({ asOf }).set(bearer(taskforce)).expect(200)).body;
  const seat = (consortiumId: string, organizationId: string, personName: string, position: string, termStart: string) =>
    http().post(`/api/v1/consortia/${consortiumId}/council-seats`).set(bearer(taskforce)).send({ organizationId, personName, position, termStart });

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    taskforce = (await loginAs(api, 'taskforce')).token;
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
    await db?.drop();
  });

  it('keeps one council chair (理事长) in office at a time, in the database, with a 409 naming the field', async () => {
    const c = await consortium('一位理事长联合体（演示）');
    const wang = await organization('王校长所在学校（演示）');
    const li = await organization('李主任所在企业（演示）');
    await join(c, wang, '2024-02-01');
    await join(c, li, '2024-02-01');
    await seat(c, wang, '王校长（演示）', 'CHAIR', '2025-01-01').expect(201);
    const second = await seat(c, li, '李主任（演示）', 'CHAIR', '2025-07-01').expect(409);
    expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(second.body).toMatchObject({ code: 'SECOND_CHAIR_SEAT', errors: [{ field: 'position', code: 'SECOND_CHAIR_SEAT' }] });
    expect((await governance(c, '2026-01-01')).council.seats.map((s: { personName: string }) => s.personName)).toEqual(['王校长（演示）']);
    // Directly in SQL too: the rule is the database's, not only the API's.
    await expect(
      sql.query(
        `INSERT INTO council_seat (consortium_id, organization_id, person_name, position, term_start) VALUES ($1, $2, '李主任（演示）', 'CHAIR', '2025-07-01')`,
        [c, li],
      ),
    ).rejects.toMatchObject({ constraint: 'ex_council_seat_one_chair' });
    // Once the first chair's term has ended, the next one takes office.
    const first = (await governance(c, '2025-02-01')).council.seats[0].id;
    await http().post(`/api/v1/consortia/${c}/council-seats/${first}/end`).set(bearer(taskforce)).send({ termEnd: '2025-07-01' }).expect(201);
    await seat(c, li, '李主任（演示）', 'CHAIR', '2025-07-01').expect(201);
    await seat(c, wang, '王校长（演示）', 'VICE_CHAIR', '2025-07-01').expect(201);
    expect((await governance(c, '2026-01-01')).council.seats.map((s: { personName: string; position: string }) => `${s.position} ${s.personName}`)).toEqual([
      'CHAIR 李主任（演示）',
      'VICE_CHAIR 王校长（演示）',
    ]);
  });

  it('ends a council seat when the membership it stands on ends, and never seats a unit outside its membership', async () => {
    const c = await consortium('席位随成员关系联合体（演示）');
    const unit = await organization('将被除名的企业（演示）');
    const stays = await organization('留任企业（演示）');
    const membership = await join(c, unit, '2024-02-01', 'COUNCIL_MEMBER');
    await join(c, stays, '2024-02-01');
    await seat(c, unit, '赵某（演示）', 'DIRECTOR', '2024-03-01').expect(201);
    await seat(c, stays, '钱某（演示）', 'SUPERVISOR', '2024-03-01').expect(201);
    // A role change does not interrupt the membership, so the seat carries on.
    await http()
      .post(`/api/v1/consortia/${c}/memberships/${membership}/role-change`)
      .set(bearer(taskforce))
      .send({ role: 'MEMBER', effectiveOn: '2025-01-01' })
      .expect(201);
    const current = (await http().get(`/api/v1/consortia/${c}/members`).query({ asOf: '2025-02-01' }).set(bearer(taskforce)).expect(200)).body.members.find(
      (m: { organizationId: string }) => m.organizationId === unit,
    ).membershipId;
    await http()
      .post(`/api/v1/consortia/${c}/memberships/${current}/exit`)
      .set(bearer(taskforce))
      .send({ effectiveOn: '2025-06-01', reason: 'EXPELLED' })
      .expect(201);

    const before = await governance(c, '2025-05-31');
    expect(before.council.seats).toEqual(expect.arrayContaining([expect.objectContaining({ personName: '赵某（演示）', termEnd: '2025-06-01' })]));
    const after = await governance(c, '2025-06-01');
    expect(after.council.seats.map((s: { personName: string }) => s.personName)).toEqual(['钱某（演示）']);
    // No seat for the unit after its exit; and a seat taken while an exit is scheduled ends with it.
    expect((await seat(c, unit, '孙某（演示）', 'DIRECTOR', '2025-07-01').expect(422)).body).toMatchObject({
      code: 'NOT_A_MEMBER',
      errors: [{ field: 'organizationId' }],
    });
    const leaving = await organization('已申报退出的企业（演示）');
    const leavingMembership = await join(c, leaving, '2024-02-01');
    await http()
      .post(`/api/v1/consortia/${c}/memberships/${leavingMembership}/exit`)
      .set(bearer(taskforce))
      .send({ effectiveOn: '2099-01-01', reason: 'VOLUNTARY' })
      .expect(201);
    expect((await seat(c, leaving, '李某（演示）', 'DIRECTOR', '2025-07-01').expect(201)).body).toMatchObject({ termEnd: '2099-01-01' });

    const audit = await sql.query(
      `SELECT after->>'termEnd' AS term_end FROM audit_event WHERE action = 'registry.council-seat.end' AND after->>'personName' = '赵某（演示）'`,
    );
    expect(audit.rows).toEqual([{ term_end: '2025-06-01' }]);
  });

  it('answers governance as of a date for every part: seats, resolutions, secretariat, platform and powers', async () => {
    const c = await consortium('按日期治理联合体（演示）', '2024-01-01');
    const host = await organization('秘书处挂靠单位（演示）');
    const operator = await organization('运营公司（演示）');
    await join(c, host, '2024-01-01');
    await join(c, operator, '2024-01-01');
    await http()
      .post(`/api/v1/consortia/${c}/resolutions`)
      .set(bearer(taskforce))
      .send({ number: '理事会决议〔2026〕1号', adoptedOn: '2026-03-15', title: '年度计划', text: '通过年度计划', votesFor: 9, votesAgainst: 0, abstentions: 1 })
      .expect(201);
    const s1 = await http()
      .put(`/api/v1/consortia/${c}/secretariat`)
      .set(bearer(taskforce))
      .send({ hostOrganizationId: host, secretaryGeneral: '甲（演示）', effectiveFrom: '2024-06-01' })
      .expect(200);
    expect(s1.headers.etag).toBe('"v1"');
    await http()
      .put(`/api/v1/consortia/${c}/secretariat`)
      .set(bearer(taskforce))
      .set('If-Match', '"v1"')
      .send({ hostOrganizationId: host, secretaryGeneral: '乙（演示）', effectiveFrom: '2025-06-01' })
      .expect(200);
    await http()
      .put(`/api/v1/consortia/${c}/operations-platform`)
      .set(bearer(taskforce))
      .send({ operatorOrganizationId: operator, independentLegalEntity: true, services: ['TRAINING'], effectiveFrom: '2025-01-01' })
      .expect(200);
    await http()
      .post(`/api/v1/consortia/${c}/delegated-powers`)
      .set(bearer(taskforce))
      .send({ item: 'PROJECT_REVIEW', grantedBy: '永川区人民政府', grantedOn: '2026-01-10', scope: '项目评审' })
      .expect(201);

    const early = await governance(c, '2024-06-01');
    expect(early).toMatchObject({
      asOf: '2024-06-01',
      council: { resolutions: [] },
      secretariat: { secretaryGeneral: '甲（演示）', validTo: '2025-06-01' },
      operationsPlatform: null,
      delegatedPowers: [],
    });
    const mid = await governance(c, '2025-12-31');
    expect(mid).toMatchObject({
      council: { resolutions: [] },
      secretariat: { secretaryGeneral: '乙（演示）', validTo: null },
      operationsPlatform: { services: ['TRAINING'] },
      delegatedPowers: [],
    });
    const late = await governance(c, '2026-03-15');
    expect(late.council.resolutions).toEqual([expect.objectContaining({ number: '理事会决议〔2026〕1号' })]);
    expect(late.delegatedPowers).toEqual([expect.objectContaining({ item: 'PROJECT_REVIEW' })]);
    // History is kept: an earlier date cannot be rewritten by a later version.
    const back = await http()
      .put(`/api/v1/consortia/${c}/secretariat`)
      .set(bearer(taskforce))
      .set('If-Match', '"v2"')
      .send({ hostOrganizationId: host, secretaryGeneral: '丙（演示）', effectiveFrom: '2025-01-01' })
      .expect(422);
    expect(back.body).toMatchObject({ code: 'EFFECTIVE_BEFORE_CURRENT', errors: [{ field: 'effectiveFrom' }] });
  });

  it('keeps 赋权清单 as an effective-dated register: no power in force twice, no future grant, revocation, correction and a city-wide view', async () => {
    const c = await consortium('赋权清单联合体（演示）', '2024-01-01', ['500118']);
    const other = await consortium('另一区联合体（演示）', '2024-01-01', ['500101']);
    const grant = (consortiumId: string, body: object) => http().post(`/api/v1/consortia/${consortiumId}/delegated-powers`).set(bearer(taskforce)).send(body);
    const body = { item: 'SPECIAL_FUNDS', grantedBy: '永川区人民政府', grantedOn: '2025-03-01', scope: '区级专项资金的项目评审与分配' };
    const first = (await grant(c, body).expect(201)).body;
    expect(first).toMatchObject({ item: 'SPECIAL_FUNDS', revokedOn: null, version: 1 });
    expect((await grant(c, body).expect(409)).body).toMatchObject({ code: 'POWER_ALREADY_GRANTED', errors: [{ field: 'item' }] });
    expect((await grant(c, { ...body, grantedOn: '2025-09-01' }).expect(409)).body.code).toBe('POWER_ALREADY_GRANTED');
    expect((await grant(c, { ...body, item: 'TALENT_POLICY', grantedOn: '2099-01-01' }).expect(422)).body).toMatchObject({
      code: 'GRANTED_ON_IN_FUTURE',
      errors: [{ field: 'grantedOn' }],
    });
    await grant(other, { ...body, grantedBy: '渝中区人民政府' }).expect(201);

    // Correction: grantor and scope as recorded, with If-Match.
    const path = `/api/v1/consortia/${c}/delegated-powers/${first.id}`;
    expect((await http().patch(path).set(bearer(taskforce)).send({ scope: '专项资金管理' }).expect(428)).body.code).toBe('IF_MATCH_REQUIRED');
    expect((await http().patch(path).set(bearer(taskforce)).set('If-Match', '"v9"').send({ scope: '专项资金管理' }).expect(412)).body.code).toBe(
      'PRECONDITION_FAILED',
    );
    const corrected = await http().patch(path).set(bearer(taskforce)).set('If-Match', '"v1"').send({ scope: '专项资金管理' }).expect(200);
    expect(corrected.headers.etag).toBe('"v2"');
    expect(corrected.body).toMatchObject({ scope: '专项资金管理', grantedOn: '2025-03-01', version: 2 });

    // Revocation keeps the grant on record; the item may be granted again afterwards.
    await http().post(`${path}/revocation`).set(bearer(taskforce)).send({ revokedOn: '2025-02-01', reason: '早于赋权' }).expect(422);
    await http().post(`${path}/revocation`).set(bearer(taskforce)).send({ revokedOn: '2025-12-31', reason: '区政府收回' }).expect(201);
    expect((await http().post(`${path}/revocation`).set(bearer(taskforce)).send({ revokedOn: '2025-12-31', reason: '再次收回' }).expect(409)).body.code).toBe(
      'DELEGATED_POWER_REVOKED',
    );
    await grant(c, { ...body, grantedOn: '2026-01-01', scope: '重新赋权' }).expect(201);

    const register = (await http().get(`/api/v1/consortia/${c}/delegated-powers`).set(bearer(taskforce)).expect(200)).body;
    expect(register.map((p: { grantedOn: string; revokedOn: string | null }) => [p.grantedOn, p.revokedOn])).toEqual([
      ['2025-03-01', '2025-12-31'],
      ['2026-01-01', null],
    ]);
    expect((await http().get(`/api/v1/consortia/${c}/delegated-powers`).query({ asOf: '2025-12-31' }).set(bearer(taskforce)).expect(200)).body).toEqual([]);

    const city = async (asOf: string) =>
      (await http().get('/api/v1/delegated-powers').query({ asOf, item: 'SPECIAL_FUNDS' }).set(bearer(taskforce)).expect(200)).body.items.map(
        (p: { consortiumName: string }) => p.consortiumName,
      );
    expect(await city('2025-06-01')).toEqual(['另一区联合体（演示）', '赋权清单联合体（演示）']);
    expect(await city('2025-12-31')).toEqual(['另一区联合体（演示）']);
    expect(await city('2024-06-01')).toEqual([]);
    const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
    await http().get('/api/v1/delegated-powers').set(bearer(secretariat.token)).expect(403);

    const audit = await sql.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id`, [first.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['registry.delegated-power.grant', 'registry.delegated-power.correct', 'registry.delegated-power.revoke']);
  });

  it('refuses a membership that starts before its consortium was established (422 naming validFrom)', async () => {
    const c = await consortium('二〇二五年成立的联合体（演示）', '2025-03-01');
    const unit = await organization('早于成立入盟的企业（演示）');
    const refused = await http()
      .post(`/api/v1/consortia/${c}/memberships`)
      .set(bearer(taskforce))
      .send({ organizationId: unit, role: 'MEMBER', validFrom: '2019-01-01' })
      .expect(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'BEFORE_CONSORTIUM_ESTABLISHED', errors: [{ field: 'validFrom', code: 'BEFORE_CONSORTIUM_ESTABLISHED' }] });
    expect((await sql.query(`SELECT count(*)::int AS n FROM membership WHERE consortium_id = $1`, [c])).rows).toEqual([{ n: 0 }]);
    await join(c, unit, '2025-03-01');
  });

  it('publishes every governance change in its transaction, with the consortium’s districts, for the change feed', async () => {
    const c = await consortium('治理事件联合体（演示）', '2024-01-01', ['500118', '500101']);
    const unit = await organization('治理事件成员（演示）');
    const membership = await join(c, unit, '2024-01-01');
    await seat(c, unit, '周某（演示）', 'DIRECTOR', '2024-02-01').expect(201);
    await http()
      .put(`/api/v1/consortia/${c}/secretariat`)
      .set(bearer(taskforce))
      .send({ hostOrganizationId: unit, secretaryGeneral: '吴某（演示）' })
      .expect(200);
    await http()
      .post(`/api/v1/consortia/${c}/memberships/${membership}/exit`)
      .set(bearer(taskforce))
      .send({ effectiveOn: '2025-01-01', reason: 'VOLUNTARY' })
      .expect(201);
    const events = await sql.query(
      `SELECT payload->>'action' AS action, payload->>'entityType' AS entity_type FROM outbox_event WHERE type = 'registry.governance.changed' AND aggregate_id = $1 ORDER BY id`,
      [c],
    );
    expect(events.rows).toEqual([
      { action: 'registry.council-seat.create', entity_type: 'council-seat' },
      { action: 'registry.secretariat.set', entity_type: 'secretariat' },
      { action: 'registry.council-seat.end', entity_type: 'council-seat' },
    ]);
    const feed = await http().get('/api/v1/changes').query({ limit: 1000 }).set(bearer(taskforce)).expect(200);
    const published = feed.body.items.filter((e: { type: string; aggregateId: string }) => e.type === 'registry.governance.changed' && e.aggregateId === c);
    expect(published.map((e: { payload: { action: string } }) => e.payload.action)).toEqual([
      'registry.council-seat.create',
      'registry.secretariat.set',
      'registry.council-seat.end',
    ]);
  });

  it('refuses a cursor it did not hand out with 400 naming `after`, on every keyset-paginated list', async () => {
    for (const path of ['/api/v1/consortia', '/api/v1/organizations']) {
      const bad = await http().get(path).query({ after: 'garbage' }).set(bearer(taskforce)).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body).toMatchObject({ code: 'INVALID_CURSOR', errors: [{ field: 'after', code: 'INVALID_CURSOR' }] });
      // The cursors it hands out still walk the whole list, one item per page.
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await http()
          .get(path)
          .query({ limit: 1, ...(after ? { after } : {}) })
          .set(bearer(taskforce))
          .expect(200);
        seen.push(...page.body.items.map((i: { id: string }) => i.id));
        after = page.body.nextCursor ?? undefined;
      } while (after);
      const all = await http().get(path).query({ limit: 200 }).set(bearer(taskforce)).expect(200);
      expect(seen).toEqual(all.body.items.map((i: { id: string }) => i.id));
    }
  });
});
