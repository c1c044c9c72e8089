import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

/** 三级组织管理架构: council seats and resolutions, secretariat, operations platform, delegated powers. */
describe('governance', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let taskforce: string;
  let consortiumId: string;
  let member: string;
  let outsider: string;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    taskforce = (await loginAs(api, 'taskforce')).token;
    consortiumId = (
      await http()
        .post('/api/v1/consortia')
        .set(bearer(taskforce))
        .send({ name: '治理结构联合体（演示）', kind: 'CITY', tier: 'MUNICIPAL', districtCodes: ['500118'], establishedOn: '2024-01-01' })
        .expect(201)
    ).body.id;
    const org = async (body8: string, name: string) =>
      (
        await http()
          .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', body8)}`)
          .set(bearer(taskforce))
          .send({ name, type: 'ENTERPRISE', districtCode: '500118' })
          .expect(201)
      ).body.id;
    member = await org('MD000001', '治理成员企业（演示）');
    outsider = await org('MD000002', '治理非成员企业（演示）');
    await http()
      .post(`/api/v1/consortia/${consortiumId}/memberships`)
      .set(bearer(taskforce))
      .send({ organizationId: member, role: 'COUNCIL_CHAIR', isLead: true, validFrom: '2024-02-01' })
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('records the council, its terms and resolutions, and answers "who sat on the council on D"', async () => {
    const seat = await http()
      .post(`/api/v1/consortia/${consortiumId}/council-seats`)
      .set(bearer(taskforce))
      .send({ organizationId: member, personName: '孙某（演示）', position: 'CHAIR', termStart: '2024-03-01' })
      .expect(201);
    await http().post(`/api/v1/consortia/${consortiumId}/council-seats/${seat.body.id}/end`).set(bearer(taskforce)).send({ termEnd: '2025-03-01' }).expect(201);
    expect(
      (
        await http()
          .post(`/api/v1/consortia/${consortiumId}/council-seats/${seat.body.id}/end`)
          .set(bearer(taskforce))
          .send({ termEnd: '2025-06-01' })
          .expect(409)
      ).body.code,
    ).toBe('COUNCIL_SEAT_ENDED');
    await http()
      .post(`/api/v1/consortia/${consortiumId}/council-seats`)
      .set(bearer(taskforce))
      .send({ organizationId: member, personName: '周某（演示）', position: 'CHAIR', termStart: '2025-03-01' })
      .expect(201);
    const notMember = await http()
      .post(`/api/v1/consortia/${consortiumId}/council-seats`)
      .set(bearer(taskforce))
      .send({ organizationId: outsider, personName: '吴某（演示）', position: 'DIRECTOR', termStart: '2025-03-01' })
      .expect(422);
    expect(notMember.body).toMatchObject({ code: 'NOT_A_MEMBER', errors: [{ field: 'organizationId' }] });

    const body = { number: '理事会决议〔2025〕2号', adoptedOn: '2025-03-01', title: '换届', text: '理事会换届', votesFor: 11, votesAgainst: 0, abstentions: 0 };
    await http().post(`/api/v1/consortia/${consortiumId}/resolutions`).set(bearer(taskforce)).send(body).expect(201);
    expect((await http().post(`/api/v1/consortia/${consortiumId}/resolutions`).set(bearer(taskforce)).send(body).expect(409)).body.code).toBe(
      'RESOLUTION_NUMBER_TAKEN',
    );

    const in2024 = await http().get(`/api/v1/consortia/${consortiumId}/governance`).query({ asOf: '2024-12-31' }).set(bearer(taskforce)).expect(200);
    expect(in2024.body.council.seats.map((s: { personName: string }) => s.personName)).toEqual(['孙某（演示）']);
    const in2025 = await http().get(`/api/v1/consortia/${consortiumId}/governance`).query({ asOf: '2025-03-01' }).set(bearer(taskforce)).expect(200);
    expect(in2025.body.council.seats.map((s: { personName: string }) => s.personName)).toEqual(['周某（演示）']);
    expect(in2025.body.council.resolutions).toEqual([expect.objectContaining({ number: '理事会决议〔2025〕2号', votesFor: 11 })]);
  });

  it('sets the secretariat and the operations platform from current members, and records delegated powers', async () => {
    const secretariat = await loginAs(api, 'secretariat', { consortiumId });
    await http()
      .put(`/api/v1/consortia/${consortiumId}/secretariat`)
      .set(bearer(secretariat.token))
      .send({ hostOrganizationId: member, secretaryGeneral: '郑某（演示）' })
      .expect(200);
    expect(
      (
        await http()
          .put(`/api/v1/consortia/${consortiumId}/operations-platform`)
          .set(bearer(secretariat.token))
          .send({ operatorOrganizationId: outsider, independentLegalEntity: true, services: ['TRAINING'] })
          .expect(422)
      ).body.code,
    ).toBe('NOT_A_MEMBER');
    await http()
      .put(`/api/v1/consortia/${consortiumId}/operations-platform`)
      .set(bearer(secretariat.token))
      .send({ operatorOrganizationId: member, independentLegalEntity: true, services: ['TALENT_MATCHING', 'SMART_EDUCATION'] })
      .expect(200);
    await http()
      .post(`/api/v1/consortia/${consortiumId}/delegated-powers`)
      .set(bearer(secretariat.token))
      .send({ item: 'PROJECT_REVIEW', grantedBy: '永川区人民政府', grantedOn: '2025-05-01', scope: '项目评审' })
      .expect(403);
    await http()
      .post(`/api/v1/consortia/${consortiumId}/delegated-powers`)
      .set(bearer(taskforce))
      .send({ item: 'PROJECT_REVIEW', grantedBy: '永川区人民政府', grantedOn: '2025-05-01', scope: '区级产教融合项目的评审认定' })
      .expect(201);
    const g = await http().get(`/api/v1/consortia/${consortiumId}/governance`).set(bearer(secretariat.token)).expect(200);
    expect(g.body).toMatchObject({
      secretariat: { hostOrganizationId: member, secretaryGeneral: '郑某（演示）' },
      operationsPlatform: { operatorOrganizationId: member, independentLegalEntity: true, services: ['TALENT_MATCHING', 'SMART_EDUCATION'] },
      delegatedPowers: [expect.objectContaining({ item: 'PROJECT_REVIEW', grantedBy: '永川区人民政府' })],
    });
  });
});
