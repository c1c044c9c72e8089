import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { compositionBrokenSince, makeUscc } from '#registry';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

/**
 * Rule 6's fact: since when a consortium's composition has been broken without interruption,
 * over a membership history built through the API (a firm leaves, another joins and leaves).
 */
describe('composition broken since', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let dataSource: DataSource;
  let consortium: string;
  let healthy: string;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    dataSource = api.get<DataSource>(getDataSourceToken());
    const admin = (await loginAs(api, 'admin')).token;
    const org = async (name: string, type: string, body8: string) =>
      (
        await http()
          .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', body8)}`)
          .set(bearer(admin))
          .send({ name, type, districtCode: '500118' })
          .expect(201)
      ).body.id as string;
    const join = async (c: string, organizationId: string, role: string, validFrom: string, isLead = false) =>
      (await http().post(`/api/v1/consortia/${c}/memberships`).set(bearer(admin)).send({ organizationId, role, isLead, validFrom }).expect(201)).body.membership
        .id as string;
    const create = async (name: string) =>
      (
        await http()
          .post('/api/v1/consortia')
          .set(bearer(admin))
          .send({ name, kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2024-01-01' })
          .expect(201)
      ).body.id as string;

    consortium = await create('组成测试联合体（演示）');
    healthy = await create('组成完整联合体（演示）');
    for (const [c, suffix] of [
      [consortium, '1'],
      [healthy, '2'],
    ]) {
      await join(c, await org(`组成测试园区${suffix}（演示）`, 'PARK', `MA0C0${suffix}01`), 'COUNCIL_CHAIR', '2024-01-01', true);
      await join(c, await org(`组成测试学校${suffix}（演示）`, 'SCHOOL', `MA0C0${suffix}02`), 'COUNCIL_MEMBER', '2024-01-01');
    }
    await join(healthy, await org('组成完整企业（演示）', 'ENTERPRISE', 'MA0C0203'), 'COUNCIL_MEMBER', '2024-01-01');
    // The tested consortium: a firm until 2025-03-01, none until another joins on 2025-05-01, which leaves on 2025-06-01.
    const first = await join(consortium, await org('组成测试企业甲（演示）', 'ENTERPRISE', 'MA0C0103'), 'COUNCIL_MEMBER', '2024-01-01');
    await http()
      .post(`/api/v1/consortia/${consortium}/memberships/${first}/exit`)
      .set(bearer(admin))
      .send({ effectiveOn: '2025-03-01', reason: 'VOLUNTARY' })
      .expect(201);
    const second = await join(consortium, await org('组成测试企业乙（演示）', 'ENTERPRISE', 'MA0C0104'), 'COUNCIL_MEMBER', '2025-05-01');
    await http()
      .post(`/api/v1/consortia/${consortium}/memberships/${second}/exit`)
      .set(bearer(admin))
      .send({ effectiveOn: '2025-06-01', reason: 'VOLUNTARY' })
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const on = async (date: string) => Object.fromEntries(await compositionBrokenSince(dataSource.manager, [consortium, healthy], date));

  it('is not broken while a school, a firm and a park sit on the council', async () => {
    expect(await on('2025-02-28')).toEqual({});
  });

  it('is broken from the day the only firm left, and says which rules fail', async () => {
    expect(await on('2025-03-01')).toEqual({ [consortium]: { since: '2025-03-01', warnings: ['NO_ENTERPRISE', 'COUNCIL_NO_ENTERPRISE'] } });
    expect(await on('2025-04-30')).toEqual({ [consortium]: { since: '2025-03-01', warnings: ['NO_ENTERPRISE', 'COUNCIL_NO_ENTERPRISE'] } });
  });

  it('is whole again while another firm is a member, and broken again from the day it left', async () => {
    expect(await on('2025-05-01')).toEqual({});
    expect(await on('2025-05-31')).toEqual({});
    expect(await on('2025-06-01')).toEqual({ [consortium]: { since: '2025-06-01', warnings: ['NO_ENTERPRISE', 'COUNCIL_NO_ENTERPRISE'] } });
    expect(await on('2026-01-01')).toEqual({ [consortium]: { since: '2025-06-01', warnings: ['NO_ENTERPRISE', 'COUNCIL_NO_ENTERPRISE'] } });
  });

  it('judges nothing before a consortium is established, and one never whole is broken since its establishment', async () => {
    expect(await on('2023-12-31')).toEqual({});
    const admin = (await loginAs(api, 'admin')).token;
    const empty = (
      await http()
        .post('/api/v1/consortia')
        .set(bearer(admin))
        .send({ name: '无成员联合体（演示）', kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-02-01' })
        .expect(201)
    ).body.id as string;
    const result = await compositionBrokenSince(dataSource.manager, [empty], '2025-09-30');
    expect(result.get(empty)).toEqual({
      since: '2025-02-01',
      warnings: ['NO_SCHOOL', 'NO_ENTERPRISE', 'COUNCIL_NO_GOVERNMENT_OR_PARK', 'COUNCIL_NO_SCHOOL', 'COUNCIL_NO_ENTERPRISE', 'NO_CHAIR', 'NO_LEAD'],
    });
    expect(await compositionBrokenSince(dataSource.manager, [empty], '2025-01-31')).toEqual(new Map());
  });
});
