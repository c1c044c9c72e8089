import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { idleQuarters, makeUscc, ParticipationLookup } from '#registry';
import { SCHEME_DEFINITION } from '../fixtures/scheme.js';
import { startApi } from '../support/apps.js';
import { bearer, loginAs, type TestUser } from '../support/identity.js';
import { ifMatchOf } from '../support/conditional.js';

/**
 * Participation facts (rule 7 of DESIGN §4). Consortium K (established 2025-01-01) has M1 from
 * 2025-02-15 until it leaves on 2025-09-01, M2 from 2025-01-01 (council member from 2025-07-01:
 * one unbroken membership), M3 from 2026-01-10; N never belongs.
 */
describe('participation facts', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let dataSource: DataSource;
  let taskforce: string;
  let secretariat: TestUser;
  let k: string;
  const ids: Record<string, string> = {};
  const http = () => request(api.getHttpServer());
  const record = (body: object, token = secretariat.token, consortiumId = k) =>
    http().post(`/api/v1/consortia/${consortiumId}/participation`).set(bearer(token)).send(body);
  const counts = async () =>
    (
      await dataSource.query(
        `SELECT (SELECT count(*)::int FROM participation_fact) AS facts,
                (SELECT count(*)::int FROM outbox_event WHERE type = 'registry.participation.recorded') AS events,
                (SELECT count(*)::int FROM audit_event WHERE action LIKE 'registry.participation.%' OR action LIKE 'evaluation.best-practice.%') AS audits,
                (SELECT count(*)::int FROM best_practice) AS cases`,
      )
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    dataSource = api.get<DataSource>(getDataSourceToken());
    taskforce = (await loginAs(api, 'taskforce')).token;
    k = (
      await http()
        .post('/api/v1/consortia')
        .set(bearer(taskforce))
        .send({ name: '参与记录联合体（演示）', kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
        .expect(201)
    ).body.id;
    secretariat = await loginAs(api, 'secretariat', { consortiumId: k });
    for (const [i, key] of ['M1', 'M2', 'M3', 'N'].entries()) {
      const res = await http()
        .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', `PF00000${i + 1}`)}`)
        .set(bearer(taskforce))
        .send({ name: `${key} 参与单位（演示）`, type: 'ENTERPRISE', districtCode: '500118' });
      expect(res.status).toBeLessThan(300);
      ids[key] = res.body.id;
    }
    const join = async (key: string, validFrom: string) =>
      (await http().post(`/api/v1/consortia/${k}/memberships`).set(bearer(taskforce)).send({ organizationId: ids[key], role: 'MEMBER', validFrom }).expect(201))
        .body.membership.id as string;
    const m1 = await join('M1', '2025-02-15');
    const m2 = await join('M2', '2025-01-01');
    await join('M3', '2026-01-10');
    await http()
      .post(`/api/v1/consortia/${k}/memberships/${m1}/exit`)
      .set(bearer(taskforce))
      .send({ effectiveOn: '2025-09-01', reason: 'VOLUNTARY' })
      .expect(201);
    await http()
      .post(`/api/v1/consortia/${k}/memberships/${m2}/role-change`)
      .set(bearer(taskforce))
      .send({ role: 'COUNCIL_MEMBER', effectiveOn: '2025-07-01' })
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('records a member unit’s participation in a quarter, with its event and audit row', async () => {
    const res = await record({ organizationId: ids.M1, quarter: '2025Q1', source: 'EVIDENCE', ref: '实训基地共建协议.pdf' }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      consortiumId: k,
      organizationId: ids.M1,
      organizationName: 'M1 参与单位（演示）',
      quarter: '2025Q1',
      source: 'EVIDENCE',
      ref: '实训基地共建协议.pdf',
      recordedAt: expect.any(String),
      recordedBy: `user:${secretariat.id}`,
    });
    const events = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'registry.participation.recorded'`);
    expect(events.map((e: { payload: object }) => e.payload)).toEqual([
      { id: res.body.id, consortiumId: k, organizationId: ids.M1, quarter: '2025Q1', source: 'EVIDENCE', ref: '实训基地共建协议.pdf' },
    ]);
    expect(await counts()).toEqual({ facts: 1, events: 1, audits: 1, cases: 0 });
  });

  it('refuses a unit that was not a member during the quarter, a future or malformed quarter and a duplicate, writing nothing', async () => {
    const before = await counts();
    const refusals: [object, number, string, string][] = [
      [{ organizationId: ids.M1, quarter: '2024Q4', source: 'OTHER', ref: '早于入会' }, 422, 'NOT_A_MEMBER_IN_QUARTER', 'organizationId'],
      [{ organizationId: ids.M1, quarter: '2025Q4', source: 'OTHER', ref: '退出之后' }, 422, 'NOT_A_MEMBER_IN_QUARTER', 'organizationId'],
      [{ organizationId: ids.N, quarter: '2025Q2', source: 'OTHER', ref: '非成员' }, 422, 'NOT_A_MEMBER_IN_QUARTER', 'organizationId'],
      [{ organizationId: ids.M2, quarter: '2099Q1', source: 'OTHER', ref: '未来' }, 422, 'QUARTER_IN_FUTURE', 'quarter'],
      [{ organizationId: ids.M1, quarter: '2025Q1', source: 'EVIDENCE', ref: '实训基地共建协议.pdf' }, 409, 'PARTICIPATION_ALREADY_RECORDED', 'ref'],
    ];
    for (const [body, status, code, field] of refusals) {
      const res = await record(body).expect(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect({ code: res.body.code, field: res.body.errors[0].field }).toEqual({ code, field });
    }
    const malformed = await record({ organizationId: ids.M2, quarter: '2025Q5', source: 'GOSSIP', ref: '' }).expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['quarter', 'ref', 'source']);
    const unknown = await record(
      { organizationId: ids.M2, quarter: '2025Q2', source: 'OTHER', ref: 'x' },
      taskforce,
      'eeeeeeee-0000-4000-8000-000000000005',
    ).expect(404);
    expect(unknown.body.code).toBe('CONSORTIUM_NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  describe('best-practice participants', () => {
    let roundId: string;
    const submit = async (participants: string[], status: number) =>
      http()
        .put(`/api/v1/evaluation/rounds/${roundId}/best-practices/${k}`)
        .set(bearer(secretariat.token))
        .set(await ifMatchOf(api, `/api/v1/evaluation/rounds/${roundId}/best-practices/${k}`, secretariat.token))
        .send({
          title: '园区企业共建实训中心',
          summary: '成员单位共同建设实训中心，共同开发课程。',
          dimension: SCHEME_DEFINITION.dimensions[0].code,
          participants,
        })
        .expect(status);

    beforeAll(async () => {
      const scheme = await http()
        .post('/api/v1/evaluation/schemes')
        .set(bearer(taskforce))
        .send({ code: 'PARTICIPATION', name: '参与方案', definition: SCHEME_DEFINITION })
        .expect(201);
      roundId = (
        await http()
          .post('/api/v1/evaluation/rounds')
          .set(bearer(taskforce))
          .send({ code: '2025Q3', schemeId: scheme.body.id, deadline: '2040-10-15T00:00:00Z' })
          .expect(201)
      ).body.id;
      await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(taskforce)).send({ to: 'OPEN' }).expect(200);
    });

    it('refuses a participant that was not a member in the round’s quarter, naming it, and writes nothing', async () => {
      const before = await counts();
      const res = await submit([ids.M2, ids.M3], 422);
      expect(res.body).toMatchObject({ code: 'NOT_A_MEMBER_IN_QUARTER', errors: [{ field: 'participants[1]', code: 'NOT_A_MEMBER_IN_QUARTER' }] });
      const malformed = await submit(['not-a-uuid'], 400);
      expect(malformed.body.errors[0].field).toBe('participants');
      expect(await counts()).toEqual(before);
    });

    it('records one fact per participant, in the case’s transaction, once', async () => {
      const before = await counts();
      const res = await submit([ids.M2, ids.M1, ids.M2], 200);
      expect(res.body.participants).toEqual([ids.M2, ids.M1]);
      const facts = await dataSource.query(
        `SELECT organization_id, quarter, source, ref, recorded_by FROM participation_fact WHERE source = 'BEST_PRACTICE' ORDER BY organization_id`,
      );
      expect(facts).toEqual(
        [ids.M1, ids.M2]
          .sort()
          .map((o) => ({ organization_id: o, quarter: '2025Q3', source: 'BEST_PRACTICE', ref: res.body.id, recorded_by: `user:${secretariat.id}` })),
      );
      const [audit] = await dataSource.query(`SELECT after FROM audit_event WHERE action = 'evaluation.best-practice.submit'`);
      expect(audit.after.participants).toEqual([ids.M2, ids.M1]);
      expect(await counts()).toEqual({ facts: before.facts + 2, events: before.events + 2, audits: before.audits + 1, cases: 1 });
      // Rewriting the case with the same participants adds no fact.
      await submit([ids.M1, ids.M2], 200);
      expect(await counts()).toEqual({ facts: before.facts + 2, events: before.events + 2, audits: before.audits + 2, cases: 1 });
    });
  });

  it('lists the facts of a quarter, or all of them newest quarter first', async () => {
    const q3 = await http().get(`/api/v1/consortia/${k}/participation`).query({ quarter: '2025Q3' }).set(bearer(secretariat.token)).expect(200);
    expect(q3.body.items.map((f: { organizationName: string; source: string }) => [f.organizationName, f.source])).toEqual([
      ['M1 参与单位（演示）', 'BEST_PRACTICE'],
      ['M2 参与单位（演示）', 'BEST_PRACTICE'],
    ]);
    const all = await http().get(`/api/v1/consortia/${k}/participation`).set(bearer(taskforce)).expect(200);
    expect(all.body.items.map((f: { quarter: string; organizationName: string }) => `${f.quarter} ${f.organizationName.slice(0, 2)}`)).toEqual([
      '2025Q3 M1',
      '2025Q3 M2',
      '2025Q1 M1',
    ]);
    const bad = await http().get(`/api/v1/consortia/${k}/participation`).query({ quarter: '2025-Q3' }).set(bearer(taskforce)).expect(400);
    expect(bad.body.errors[0].field).toBe('quarter');
  });

  it('tells the adjustment rules, per current member, its membership start and its last quarter with a fact', async () => {
    const lookup = api.get(ParticipationLookup);
    const march = await lookup.lastQuarterByMember(k, '2026-03-31');
    expect(march).toEqual([
      { organizationId: ids.M2, organizationName: 'M2 参与单位（演示）', memberSince: '2025-01-01', lastQuarter: '2025Q3' },
      { organizationId: ids.M3, organizationName: 'M3 参与单位（演示）', memberSince: '2026-01-10', lastQuarter: null },
    ]);
    expect(march.map((m) => idleQuarters(m, '2026Q1'))).toEqual([2, 1]);
    // Facts after the asked quarter do not count.
    expect(await lookup.lastQuarterByMember(k, '2025-06-30')).toEqual([
      { organizationId: ids.M1, organizationName: 'M1 参与单位（演示）', memberSince: '2025-02-15', lastQuarter: '2025Q1' },
      { organizationId: ids.M2, organizationName: 'M2 参与单位（演示）', memberSince: '2025-01-01', lastQuarter: null },
    ]);
  });

  it('refuses to change or delete a fact', async () => {
    await expect(dataSource.query(`UPDATE participation_fact SET quarter = '2026Q1'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM participation_fact`)).rejects.toThrow(/append-only/);
  });
});
