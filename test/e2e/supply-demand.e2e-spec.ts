import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { makeUscc, quarterBounds, quarterOfDate } from '#registry';
import { startApi, startWorker } from '../support/apps.js';
import { districtSystem } from '../support/district.js';
import { bearer, loginAs } from '../support/identity.js';
import { ifMatchOf } from '../support/conditional.js';

const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const QUARTER = quarterOfDate(today);
const { start: QUARTER_START, end: QUARTER_END } = quarterBounds(QUARTER)!;

/** Two indicators: 技术服务到款额 taken from the platform, and one the secretariat answers. */
const DEFINITION = {
  dimensions: [{ code: 'INDUSTRY_SERVICE', name: '教产互促服务发展', weight: 1 }],
  indicators: [
    {
      code: 'TECH_SERVICE_INCOME',
      name: '技术服务到款额',
      unit: '万元',
      dimension: 'INDUSTRY_SERVICE',
      direction: 'benefit',
      valueType: 'NUMBER',
      normalization: 'MAX',
      weight: 0.5,
      required: true,
      evidenceRequired: false,
      range: { min: 0, max: 100000 },
      levels: { L1: { target: null }, L2: { target: null }, L3: { target: null } },
      platformSource: 'SD_SERVICE_INCOME',
    },
    {
      code: 'JOINT_PROJECTS',
      name: '校企合作项目数',
      unit: '项',
      dimension: 'INDUSTRY_SERVICE',
      direction: 'benefit',
      valueType: 'INTEGER',
      normalization: 'MAX',
      weight: 0.5,
      required: true,
      evidenceRequired: false,
      range: { min: 0, max: 1000 },
      levels: { L1: { target: null }, L2: { target: null }, L3: { target: null } },
    },
  ],
  settings: {
    aggregation: 'WEIGHTED_SUM',
    weighting: 'EXPERT',
    alpha: 0.5,
    beta: 0,
    missingOptional: 'RENORMALIZE',
    cap: 1,
    grades: { method: 'PERCENTILE', bounds: [85, 70, 60] },
  },
};

/**
 * 供需对接 closing the loop into 赛马比拼, over the API with the worker running: a firm publishes a
 * 技术 demand → the matching job pushes it to the schools that fit (with why; change feed per
 * district) → a school responds (a DEMAND_RESPONSE participation fact) → the firm shortlists it,
 * records a technical-service contract and a payment → the round's answer sheet shows the amount
 * with source PLATFORM and the payment as evidence; the secretariat cannot overwrite it; a
 * correction of the payment before the close updates it → the round is closed, scored, and the
 * consortium's result reads the platform's value.
 */
describe('供需对接: the loop from a demand to a scored answer sheet', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let taskforce: string;
  const org: Record<string, string> = {};
  const staff: Record<string, string> = {};
  const consortium: Record<'A' | 'B', string> = { A: '', B: '' };
  const secretariat: Record<'A' | 'B', string> = { A: '', B: '' };
  let roundId = '';
  const http = () => request(api.getHttpServer());
  const sd = (path: string) => `/api/v1/supply-demand${path}`;
  const sheetOf = (k: 'A' | 'B') => `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${consortium[k]}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    worker = await startWorker(env);
    const admin = (await loginAs(api, 'admin')).token;
    taskforce = (await loginAs(api, 'taskforce')).token;
    for (const [code, name] of [
      ['ICV-NEV', '智能网联新能源汽车'],
      ['EIM', '新一代电子信息制造业'],
    ]) {
      await http().post('/api/v1/industry-clusters').set(bearer(admin)).send({ code, name, category: 'PILLAR' }).expect(201);
    }
    const units = [
      ['firm', 'ENTERPRISE', '500118', '重庆供需测试汽车科技有限公司（演示）'],
      ['schoolA', 'SCHOOL', '500118', '重庆供需测试职业技术学院（演示）'],
      ['schoolB', 'SCHOOL', '500101', '万州供需测试职业学院（演示）'],
      ['schoolC', 'SCHOOL', '500118', '永川供需测试电子信息学校（演示）'],
      ['park', 'PARK', '500118', '供需测试产业园（演示）'],
      ['schoolD', 'SCHOOL', '500118', '供需测试第二职业学校（演示）'],
      ['firmB', 'ENTERPRISE', '500118', '供需测试第二制造有限公司（演示）'],
    ] as const;
    for (const [i, [key, type, district, name]] of units.entries()) {
      const res = await http()
        .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', district, `MA0D${i}000`)}`)
        .set(bearer(admin))
        .send({ name, type, districtCode: district });
      expect([200, 201]).toContain(res.status);
      org[key] = res.body.id;
      staff[key] = (await loginAs(api, 'member', { organizationId: org[key] })).token;
    }
    // Two park-led consortia (level L3): A with the firm and school A, B with school D and another firm.
    const members = {
      A: [
        ['park', 'COUNCIL_CHAIR'],
        ['schoolA', 'COUNCIL_MEMBER'],
        ['firm', 'COUNCIL_MEMBER'],
      ],
      B: [
        ['schoolD', 'COUNCIL_CHAIR'],
        ['firmB', 'COUNCIL_MEMBER'],
      ],
    } as const;
    for (const k of ['A', 'B'] as const) {
      const c = await http()
        .post('/api/v1/consortia')
        .set(bearer(taskforce))
        .send({ name: `供需测试联合体${k}（演示）`, kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
        .expect(201);
      consortium[k] = c.body.id;
      for (const [j, [key, role]] of members[k].entries()) {
        await http()
          .post(`/api/v1/consortia/${consortium[k]}/memberships`)
          .set(bearer(taskforce))
          .send({ organizationId: org[key], role, isLead: j === 0, validFrom: '2025-01-01' })
          .expect(201);
      }
      await http()
        .post(`/api/v1/consortia/${consortium[k]}/decisions`)
        .set(bearer(taskforce))
        .send({ toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '工作专班审定入册' })
        .expect(201);
      secretariat[k] = (await loginAs(api, 'secretariat', { consortiumId: consortium[k] })).token;
    }
    // Supply: school A runs 新能源汽车技术 for the cluster; school B the same program far away; school C serves another cluster only.
    const programs = [
      ['schoolA', '460702', '新能源汽车技术', ['ICV-NEV']],
      ['schoolB', '460702', '新能源汽车技术', ['ICV-NEV']],
      ['schoolC', '510101', '电子信息工程技术', ['EIM']],
    ] as const;
    for (const [key, code, name, clusterCodes] of programs) {
      await http()
        .post(sd(`/organizations/${org[key]}/programs`))
        .set(bearer(staff[key]))
        .send({ code, name, level: 'HIGHER_VOCATIONAL', year: Number(today.slice(0, 4)), enrolment: 100, graduates: 90, clusterCodes })
        .expect(201);
    }
    // The scheme takes 技术服务到款额 from the platform; the round of the current quarter is open.
    const scheme = (
      await http()
        .post('/api/v1/evaluation/schemes')
        .set(bearer(taskforce))
        .send({ code: 'SD-LOOP', name: '供需对接闭环测试方案', definition: DEFINITION })
        .expect(201)
    ).body;
    const deadline = `${QUARTER_END}T23:59:59+08:00`;
    roundId = (await http().post('/api/v1/evaluation/rounds').set(bearer(taskforce)).send({ code: QUARTER, schemeId: scheme.id, deadline }).expect(201)).body
      .id;
    await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(taskforce)).send({ to: 'OPEN' }).expect(200);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('a scheme cannot name a metric the platform does not supply (422 naming the field)', async () => {
    const bad = { ...DEFINITION, indicators: [{ ...DEFINITION.indicators[0], platformSource: 'NO_SUCH_METRIC' }, DEFINITION.indicators[1]] };
    const res = await http().post('/api/v1/evaluation/schemes').set(bearer(taskforce)).send({ code: 'SD-BAD', name: '错误方案', definition: bad }).expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'UNKNOWN_PLATFORM_METRIC',
      errors: [{ field: 'definition.indicators[0].platformSource', code: 'UNKNOWN_PLATFORM_METRIC' }],
    });
  });

  it('runs the loop: publish → push → respond → contract and payment → PLATFORM answer → correction → scored', async () => {
    // 1. The firm drafts and publishes a 技术 demand.
    const draft = await http()
      .post(sd('/demands'))
      .set(bearer(staff.firm))
      .send({
        kind: 'TECHNOLOGY',
        title: '动力电池热失控预警技术攻关（演示）',
        description: '为新能源汽车电池包开发热失控早期预警算法',
        publisherOrganizationId: org.firm,
        clusterCodes: ['ICV-NEV'],
        districtCodes: ['500118'],
        visibility: 'PUBLIC',
        validFrom: QUARTER_START,
        validTo: QUARTER_END,
        technology: { problem: '热失控早期预警', budget: 500000, deadline: QUARTER_END },
      })
      .expect(201);
    expect(draft.body).toMatchObject({ status: 'DRAFT', kind: 'TECHNOLOGY', publisherOrganizationName: '重庆供需测试汽车科技有限公司（演示）' });
    const demandId = draft.body.id as string;
    // Another firm's staff cannot publish it; school staff cannot see a draft at all.
    await http()
      .post(sd(`/demands/${demandId}/publication`))
      .set(bearer(staff.schoolA))
      .expect(404);
    const published = await http()
      .post(sd(`/demands/${demandId}/publication`))
      .set(bearer(staff.firm))
      .expect(200);
    expect(published.body.status).toBe('PUBLISHED');
    await http()
      .post(sd(`/demands/${demandId}/publication`))
      .set(bearer(staff.firm))
      .expect(409);

    // 2. The matching job pushes it: school A (same district, cluster) first, school B (other region) after; school C (other cluster) not at all.
    const forYou = await waitFor(
      async () => {
        const res = await http()
          .get(sd(`/organizations/${org.schoolA}/recommendations`))
          .set(bearer(staff.schoolA))
          .expect(200);
        return res.body.items.length ? res.body : undefined;
      },
      { what: () => 'the push to school A', timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(forYou.items[0]).toMatchObject({ rank: 1, demand: { id: demandId } });
    // Score: cluster 0.4×1 + program (none named: the cluster share) 0.3×1 + district 0.2×1 + fulfilment 0.1×0 = 90.
    expect(forYou.items[0].score).toBe(90);
    expect(forYou.items[0].reasons.map((r: { factor: string; points: number }) => [r.factor, r.points])).toEqual([
      ['CLUSTER', 40],
      ['PROGRAM', 30],
      ['DISTRICT', 20],
      ['FULFILMENT', 0],
    ]);
    const b = (
      await http()
        .get(sd(`/organizations/${org.schoolB}/recommendations`))
        .set(bearer(staff.schoolB))
        .expect(200)
    ).body.items;
    // 万州 (渝东北) to 永川 (主城都市区): same province only, 0.25 → 0.4 + 0.3 + 0.05 = 75.
    expect(b).toMatchObject([{ rank: 2, score: 75, demand: { id: demandId } }]);
    expect(
      (
        await http()
          .get(sd(`/organizations/${org.schoolC}/recommendations`))
          .set(bearer(staff.schoolC))
          .expect(200)
      ).body.items,
    ).toEqual([]);
    // One organization's staff cannot read another's list.
    await http()
      .get(sd(`/organizations/${org.schoolA}/recommendations`))
      .set(bearer(staff.schoolB))
      .expect(404);
    // The publisher sees who was pushed and why.
    const detail = (
      await http()
        .get(sd(`/demands/${demandId}`))
        .set(bearer(staff.firm))
        .expect(200)
    ).body;
    expect(detail.matches.map((x: { organizationId: string }) => x.organizationId)).toEqual([org.schoolA, org.schoolB]);
    // The change feed: 永川's system sees the push to school A (its district), not the one to 万州's school B; 万州's sees B's only.
    for (const [code, expected] of [
      ['500118', [org.schoolA, org.schoolB]],
      ['500101', [org.schoolB]],
      ['500103', []],
    ] as const) {
      const system = await districtSystem(api, code);
      const feed = await system.client.GET('/api/v1/changes', { params: { query: { limit: 500 } } });
      const pushed = (feed.data?.items ?? []).filter((e) => e.type === 'supply-demand.demand.matched').map((e) => e.payload.organizationId);
      expect(pushed).toEqual(expected);
    }

    // 3. School A responds: a DEMAND_RESPONSE participation fact in its consortium this quarter.
    const response = await http()
      .post(sd(`/demands/${demandId}/responses`))
      .set(bearer(staff.schoolA))
      .send({ organizationId: org.schoolA, message: '我院新能源汽车技术专业团队可承接' })
      .expect(201);
    await http()
      .post(sd(`/demands/${demandId}/responses`))
      .set(bearer(staff.schoolA))
      .send({ organizationId: org.schoolA, message: '再次应答' })
      .expect(409);
    await http()
      .post(sd(`/demands/${demandId}/responses`))
      .set(bearer(staff.schoolA))
      .send({ organizationId: org.schoolB, message: '代他人应答' })
      .expect(403);
    const participation = (await http().get(`/api/v1/consortia/${consortium.A}/participation?quarter=${QUARTER}`).set(bearer(taskforce)).expect(200)).body;
    expect(JSON.stringify(participation)).toContain(`sd-response:${response.body.id}`);
    expect(JSON.stringify(participation)).toContain('DEMAND_RESPONSE');

    // 4. The firm shortlists (→ IN_DOCKING), records the contract and a payment of 200,000 yuan.
    await http()
      .post(sd(`/demands/${demandId}/responses/${response.body.id}/shortlist`))
      .set(bearer(staff.firm))
      .expect(200);
    expect(
      (
        await http()
          .get(sd(`/demands/${demandId}`))
          .set(bearer(staff.firm))
          .expect(200)
      ).body.status,
    ).toBe('IN_DOCKING');
    const contract = await http()
      .post(sd(`/demands/${demandId}/outcomes`))
      .set(bearer(staff.firm))
      .send({ responseId: response.body.id, kind: 'SERVICE_CONTRACT', name: '热失控预警算法联合开发合同', amount: 500000, occurredOn: QUARTER_START })
      .expect(201);
    const payment = await http()
      .post(sd(`/outcomes/${contract.body.id}/payments`))
      .set(bearer(staff.firm))
      .send({ amount: 200000, receivedOn: QUARTER_START })
      .expect(201);
    const noAmount = await http()
      .post(sd(`/demands/${demandId}/outcomes`))
      .set(bearer(staff.firm))
      .send({ responseId: response.body.id, kind: 'SERVICE_CONTRACT', name: '缺金额', occurredOn: QUARTER_START })
      .expect(422);
    expect(noAmount.body.errors).toEqual([expect.objectContaining({ field: 'amount', code: 'OUTCOME_FIELDS' })]);

    // 5. The secretariat's sheet: 技术服务到款额 prefilled from the platform, 20 (万元), with the payment as evidence.
    const saved = await http()
      .put(sheetOf('A'))
      .set(bearer(secretariat.A))
      .send({ answers: { JOINT_PROJECTS: 3 } })
      .expect(200);
    expect(saved.body.answers).toEqual({ JOINT_PROJECTS: 3, TECH_SERVICE_INCOME: 20 });
    expect(saved.body.sources).toEqual({ JOINT_PROJECTS: 'SECRETARIAT', TECH_SERVICE_INCOME: 'PLATFORM' });
    expect(saved.body.platformAnswers).toEqual([
      expect.objectContaining({
        indicatorCode: 'TECH_SERVICE_INCOME',
        source: 'PLATFORM',
        metric: 'SD_SERVICE_INCOME',
        value: 20,
        from: QUARTER_START,
        to: QUARTER_END,
        facts: [
          expect.objectContaining({
            kind: 'PAYMENT',
            id: payment.body.id,
            value: 20,
            date: QUARTER_START,
            href: `/api/v1/supply-demand/outcomes/${contract.body.id}`,
          }),
        ],
      }),
    ]);
    // The evidence link answers for the secretariat too.
    const evidence = (
      await http()
        .get(sd(`/outcomes/${contract.body.id}`))
        .set(bearer(secretariat.A))
        .expect(200)
    ).body;
    expect(evidence).toMatchObject({ kind: 'SERVICE_CONTRACT', received: 200000, payments: [{ id: payment.body.id, amount: 200000 }] });

    // 6. The secretariat cannot overwrite it (problem+json naming the field); nothing changes.
    const overwrite = await http()
      .patch(sheetOf('A'))
      .set(bearer(secretariat.A))
      .set(await ifMatchOf(api, sheetOf('A'), secretariat.A))
      .send({ answers: { TECH_SERVICE_INCOME: 99 } })
      .expect(422);
    expect(overwrite.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(overwrite.body).toMatchObject({
      code: 'PLATFORM_VALUE_READ_ONLY',
      errors: [{ field: 'answers.TECH_SERVICE_INCOME', code: 'PLATFORM_VALUE_READ_ONLY' }],
    });
    expect((await http().get(sheetOf('A')).set(bearer(secretariat.A)).expect(200)).body.answers.TECH_SERVICE_INCOME).toBe(20);

    // 7. A correction of the payment before the close: 300,000 yuan → the sheet reads 30.
    await http()
      .post(sd(`/payments/${payment.body.id}/corrections`))
      .set(bearer(staff.firm))
      .send({ amount: 300000, receivedOn: QUARTER_START, reason: '财务核对后更正' })
      .expect(200);
    await http()
      .post(sd(`/payments/${payment.body.id}/corrections`))
      .set(bearer(staff.schoolA))
      .send({ amount: 1, receivedOn: QUARTER_START, reason: '供给方不能改' })
      .expect(403);
    const corrected = (await http().get(sheetOf('A')).set(bearer(secretariat.A)).expect(200)).body;
    expect(corrected.answers.TECH_SERVICE_INCOME).toBe(30);
    expect(corrected.platformAnswers[0].facts[0]).toMatchObject({ id: payment.body.id, value: 30 });

    // 8. Both sheets submitted (B has no platform facts: 0), the round closed, scored through the queue.
    await http()
      .post(`${sheetOf('A')}/submit`)
      .set(bearer(secretariat.A))
      .expect(200);
    const savedB = await http()
      .put(sheetOf('B'))
      .set(bearer(secretariat.B))
      .send({ answers: { JOINT_PROJECTS: 3 } })
      .expect(200);
    expect(savedB.body.answers).toEqual({ JOINT_PROJECTS: 3, TECH_SERVICE_INCOME: 0 });
    await http()
      .post(`${sheetOf('B')}/submit`)
      .set(bearer(secretariat.B))
      .expect(200);
    await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(taskforce)).send({ to: 'CLOSED' }).expect(200);
    await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({}).expect(202);
    await waitFor(
      async () => {
        const s = (await http().get(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).expect(200)).body;
        return s.status === 'DONE' ? s : undefined;
      },
      { what: () => 'the scoring', timeoutMs: 60_000, intervalMs: 200 },
    );
    const results = (await http().get(`/api/v1/evaluation/rounds/${roundId}/results`).set(bearer(taskforce)).expect(200)).body;
    const a = results.items.find((i: { consortiumId: string }) => i.consortiumId === consortium.A);
    const bResult = results.items.find((i: { consortiumId: string }) => i.consortiumId === consortium.B);
    // MAX normalization: income 30/30 = 1 and 0/30 = 0; projects 3/3 = 1 for both; weights 0.5 each → A 100, B 50.
    expect(a.explanation.indicators.find((i: { code: string }) => i.code === 'TECH_SERVICE_INCOME').value).toBe(30);
    expect([a.rank, a.total, bResult.rank, bResult.total]).toEqual([1, 100, 2, 50]);
    // After the close the value stands: a later correction of the payment does not change the sheet.
    await http()
      .post(sd(`/payments/${payment.body.id}/corrections`))
      .set(bearer(staff.firm))
      .send({ amount: 400000, receivedOn: QUARTER_START, reason: '再次更正' })
      .expect(200);
    expect((await http().get(sheetOf('A')).set(bearer(secretariat.A)).expect(200)).body.answers.TECH_SERVICE_INCOME).toBe(30);
  });

  it('imports programs from XLSX with Chinese headers, all or nothing, naming each bad row and column', async () => {
    const book = async (rows: (string | number)[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('专业布点');
      ws.addRow(['统一社会信用代码', '专业代码', '专业名称', '办学层次', '年度', '招生人数', '毕业生人数', '服务产业集群']);
      rows.forEach((r) => ws.addRow(r));
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const usccC = makeUscc('9', '1', '500118', 'MA0D3000');
    const year = Number(today.slice(0, 4));
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const bad = await http()
      .post(sd('/imports/programs'))
      .set(bearer(taskforce))
      .set('content-type', XLSX)
      .send(
        await book([
          [usccC, '540301', '建筑工程技术', '高职专科', year, 50, 45, ''],
          [usccC, '5403', '工程造价', '大专', year, 30, 30, '无此集群'],
        ]),
      )
      .expect(422);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.code).toBe('PROGRAM_FILE_INVALID');
    expect(bad.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['rows[2].code', 'PROGRAM_CODE'],
      ['rows[2].level', 'UNKNOWN_LEVEL'],
      ['rows[2].clusters', 'UNKNOWN_CLUSTER'],
    ]);
    expect(
      (
        await http()
          .get(sd(`/organizations/${org.schoolC}/programs`))
          .set(bearer(staff.schoolC))
          .expect(200)
      ).body.items,
    ).toHaveLength(1);
    // School C's staff may import their own programs only; the city any school's.
    await http()
      .post(sd('/imports/programs'))
      .set(bearer(staff.schoolA))
      .set('content-type', XLSX)
      .send(await book([[usccC, '540301', '建筑工程技术', '高职专科', year, 50, 45, '']]))
      .expect(422);
    const ok = await http()
      .post(sd('/imports/programs'))
      .set(bearer(staff.schoolC))
      .set('content-type', XLSX)
      .send(await book([[usccC, '540301', '建筑工程技术', '高职专科', year, 50, 45, '']]))
      .expect(201);
    expect(ok.body.created).toBe(1);
    const listed = (
      await http()
        .get(sd(`/organizations/${org.schoolC}/programs`))
        .set(bearer(staff.schoolC))
        .expect(200)
    ).body.items;
    expect(listed.map((p: { code: string; clusterCodes: string[] }) => [p.code, p.clusterCodes])).toEqual([
      ['510101', ['EIM']],
      ['540301', []],
    ]);
  });

  it('gives the figures of a consortium, a district and the city as worked out by hand', async () => {
    const figures = async (query: string, token = taskforce) =>
      (
        await http()
          .get(sd(`/figures?from=${QUARTER_START}&to=${QUARTER_END}&${query}`))
          .set(bearer(token))
          .expect(200)
      ).body;
    // Consortium A: the firm's demand (a member when it published), answered, in docking; 400,000 received (the payment as corrected last); its school's 100 places serve 智能网联新能源汽车.
    expect(await figures(`scope=CONSORTIUM&id=${consortium.A}`, secretariat.A)).toMatchObject({
      scopeName: '供需测试联合体A（演示）',
      demands: 1,
      demandsByKind: { TALENT: 0, PROGRAM: 0, TECHNOLOGY: 1, OVERSEAS: 0 },
      responded: 1,
      responseRate: 100,
      hoursToFirstResponse: expect.any(Number),
      fulfilled: 0,
      fulfilmentRate: 0,
      orderClassStudents: 0,
      studentsPlaced: 0,
      serviceIncome: 400000,
      programMatch: 100,
      programPlaces: 100,
    });
    // Consortium B: nothing published, nothing received, no programs: no rates.
    expect(await figures(`scope=CONSORTIUM&id=${consortium.B}`, secretariat.B)).toMatchObject({
      demands: 0,
      responseRate: null,
      fulfilmentRate: null,
      serviceIncome: 0,
      programMatch: null,
      programPlaces: 0,
    });
    // 永川 (500118): the demand is its district's; programs A 100 + C 100 serve a cluster, C's 50 do not: 200 / 250 = 80 %.
    expect(await figures('scope=DISTRICT&id=500118')).toMatchObject({
      scopeName: '永川区',
      demands: 1,
      serviceIncome: 400000,
      programMatch: 80,
      programPlaces: 250,
    });
    // 万州 (500101): no demand of its own; school B's 100 places serve the cluster.
    expect(await figures('scope=DISTRICT&id=500101')).toMatchObject({
      scopeName: '万州区',
      demands: 0,
      serviceIncome: 0,
      programMatch: 100,
      programPlaces: 100,
    });
    // The city: 300 of 350 places, 85.71 %.
    expect(await figures('scope=CITY')).toMatchObject({
      scopeName: '全市',
      demands: 1,
      responseRate: 100,
      serviceIncome: 400000,
      programMatch: 85.71,
      programPlaces: 350,
    });
    // The district scorecard (区县履职评价) takes 供需对接's component per district: 永川's one demand
    // answered (100 %) and not yet fulfilled (0 %) gives (100 + 0) / 2 = 50; 万州 published no demand,
    // so it has no figure and the component's weight goes to its other components.
    const card = (
      await http()
        .get('/api/v1/ledger/district-scorecard')
        .query({ year: QUARTER_START.slice(0, 4) })
        .set(bearer(taskforce))
        .expect(200)
    ).body as {
      rows: { districtCode: string; supplyDemand: number | null }[];
    };
    expect(card.rows.find((r) => r.districtCode === '500118')?.supplyDemand).toBe(50);
    expect(card.rows.find((r) => r.districtCode === '500101')?.supplyDemand ?? null).toBeNull();
    // A secretariat reads its own consortium only; a bad scope is named.
    await http()
      .get(sd(`/figures?scope=CONSORTIUM&id=${consortium.A}`))
      .set(bearer(secretariat.B))
      .expect(404);
    const bad = await http().get(sd('/figures?scope=DISTRICT&id=abc')).set(bearer(taskforce)).expect(422);
    expect(bad.body).toMatchObject({ code: 'FIGURES_SCOPE', errors: [{ field: 'id' }] });
  });

  it('refuses bad input with problem+json naming the field, and changes nothing', async () => {
    const base = {
      kind: 'TALENT',
      title: '新能源汽车维修技师（演示）',
      description: '',
      publisherOrganizationId: org.firm,
      clusterCodes: ['ICV-NEV'],
      districtCodes: ['500118'],
      visibility: 'PUBLIC',
      validFrom: QUARTER_START,
    };
    const cases: [object, string, string][] = [
      [{ ...base }, 'talent', 'DETAILS_MISMATCH'],
      [
        { ...base, talent: { positions: [{ title: '技师', headcount: 5, majors: ['4607'], skills: [] }], neededBy: QUARTER_END } },
        'talent.positions[0].majors[0]',
        'PROGRAM_CODE',
      ],
      [
        { ...base, clusterCodes: ['NO-SUCH'], talent: { positions: [{ title: '技师', headcount: 5, majors: [], skills: [] }], neededBy: QUARTER_END } },
        'clusterCodes',
        'UNKNOWN_CLUSTER',
      ],
      [
        { ...base, districtCodes: ['123456'], talent: { positions: [{ title: '技师', headcount: 5, majors: [], skills: [] }], neededBy: QUARTER_END } },
        'districtCodes[0]',
        'UNKNOWN_DISTRICT',
      ],
      [
        { ...base, visibility: 'MEMBERS', talent: { positions: [{ title: '技师', headcount: 5, majors: [], skills: [] }], neededBy: QUARTER_END } },
        'visibility',
        'MEMBERS_ONLY_NEEDS_CONSORTIUM',
      ],
      [
        { ...base, validTo: '2000-01-01', talent: { positions: [{ title: '技师', headcount: 5, majors: [], skills: [] }], neededBy: QUARTER_END } },
        'validTo',
        'VALID_TO_BEFORE_FROM',
      ],
    ];
    const hall = async () => (await http().get(sd('/demands')).set(bearer(taskforce)).expect(200)).body.items.length;
    const before = await hall();
    for (const [body, field, code] of cases) {
      const res = await http().post(sd('/demands')).set(bearer(staff.firm)).send(body).expect(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
    }
    const malformed = await http()
      .post(sd('/demands'))
      .set(bearer(staff.firm))
      .send({ ...base, validFrom: '2026-02-30' })
      .expect(400);
    expect(malformed.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'validFrom' })]));
    // Publishing for another organization is refused.
    const notYours = await http()
      .post(sd('/demands'))
      .set(bearer(staff.schoolA))
      .send({ ...base, talent: { positions: [{ title: '技师', headcount: 5, majors: [], skills: [] }], neededBy: QUARTER_END } })
      .expect(403);
    expect(notYours.body.errors).toEqual([expect.objectContaining({ field: 'publisherOrganizationId', code: 'PUBLISHER_NOT_YOURS' })]);
    expect(await hall()).toBe(before);
  });

  it("shows a members-only demand to the publishing consortium's members and secretariat only (404 to others)", async () => {
    const body = {
      kind: 'PROGRAM',
      title: '增设智能网联汽车技术专业（演示）',
      description: '',
      publisherConsortiumId: consortium.A,
      clusterCodes: ['ICV-NEV'],
      districtCodes: ['500118'],
      visibility: 'MEMBERS',
      validFrom: QUARTER_START,
      program: { programCode: '460704', programName: '智能网联汽车技术', level: 'HIGHER_VOCATIONAL', action: 'OPEN', places: 60 },
    };
    // Another consortium's secretariat cannot publish in A's name.
    const notYours = await http().post(sd('/demands')).set(bearer(secretariat.B)).send(body).expect(403);
    expect(notYours.body.errors).toEqual([expect.objectContaining({ field: 'publisherConsortiumId', code: 'PUBLISHER_NOT_YOURS' })]);
    const created = await http().post(sd('/demands')).set(bearer(secretariat.A)).send(body).expect(201);
    await http()
      .post(sd(`/demands/${created.body.id}/publication`))
      .set(bearer(secretariat.B))
      .expect(404);
    await http()
      .post(sd(`/demands/${created.body.id}/publication`))
      .set(bearer(secretariat.A))
      .expect(200);
    const inHall = async (token: string) =>
      (await http().get(sd('/demands?kind=PROGRAM')).set(bearer(token)).expect(200)).body.items.map((d: { id: string }) => d.id);
    expect(await inHall(staff.schoolA)).toContain(created.body.id); // a member of A
    expect(await inHall(taskforce)).toContain(created.body.id);
    expect(await inHall(staff.schoolB)).not.toContain(created.body.id);
    expect(await inHall(secretariat.B)).not.toContain(created.body.id);
    await http()
      .get(sd(`/demands/${created.body.id}`))
      .set(bearer(staff.schoolA))
      .expect(200);
    await http()
      .get(sd(`/demands/${created.body.id}`))
      .set(bearer(staff.schoolB))
      .expect(404);
    await http()
      .post(sd(`/demands/${created.body.id}/responses`))
      .set(bearer(staff.schoolB))
      .send({ organizationId: org.schoolB, message: '非成员应答' })
      .expect(404);
  });
});
