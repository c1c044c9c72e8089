import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { SCHEME_DEFINITION } from '../fixtures/scheme.js';
import { bearer, loginAs } from '../support/identity.js';
import { ifMatchOf } from '../support/conditional.js';

/** 赛马比拼 set-up: scheme versions, the round lifecycle, extensions, target overrides and the paper (考卷). */
describe('evaluation schemes, rounds and papers', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let taskforce: string;
  let parkLed: string;
  let municipal: string;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    taskforce = (await loginAs(api, 'taskforce')).token;
    const consortium = async (name: string, tier: string) =>
      (
        await http()
          .post('/api/v1/consortia')
          .set(bearer(taskforce))
          .send({ name, kind: 'CITY', tier, districtCodes: ['500118'], establishedOn: '2025-01-01' })
          .expect(201)
      ).body.id;
    parkLed = await consortium('考卷测试园区联合体（演示）', 'PARK_LED');
    municipal = await consortium('考卷测试市级联合体（演示）', 'MUNICIPAL');
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('versions a scheme by code and refuses one that breaks the rules, naming the field', async () => {
    const first = await http()
      .post('/api/v1/evaluation/schemes')
      .set(bearer(taskforce))
      .send({ code: 'CQ-TEST', name: '测试方案', definition: SCHEME_DEFINITION })
      .expect(201);
    const second = await http()
      .post('/api/v1/evaluation/schemes')
      .set(bearer(taskforce))
      .send({ code: 'CQ-TEST', name: '测试方案（修订）', definition: SCHEME_DEFINITION })
      .expect(201);
    expect([first.body.version, second.body.version]).toEqual([1, 2]);
    const noTarget = structuredClone(SCHEME_DEFINITION);
    noTarget.indicators[0].levels.L3 = { target: null };
    const bad = await http()
      .post('/api/v1/evaluation/schemes')
      .set(bearer(taskforce))
      .send({ code: 'CQ-BAD', name: '坏方案', definition: noTarget })
      .expect(422);
    expect(bad.body).toMatchObject({ code: 'INVALID_SCHEME', errors: [{ field: 'indicators[0].levels.L3.target' }] });
    const typo = await http()
      .post('/api/v1/evaluation/schemes')
      .set(bearer(taskforce))
      .send({ code: 'CQ-BAD', name: '坏方案', definition: { ...SCHEME_DEFINITION, extra: 1 } })
      .expect(400);
    expect(typo.body.errors[0]).toMatchObject({ field: 'definition.extra', code: 'UNKNOWN_FIELD' });
  });

  it('runs the round lifecycle, freezes the scheme on opening, and resolves papers per level with overrides and extensions', async () => {
    const scheme = await http()
      .post('/api/v1/evaluation/schemes')
      .set(bearer(taskforce))
      .send({ code: 'CQ-ROUND', name: '轮次方案', definition: SCHEME_DEFINITION })
      .expect(201);
    const round = await http()
      .post('/api/v1/evaluation/rounds')
      .set(bearer(taskforce))
      .send({ code: '2026Q3', schemeId: scheme.body.id, deadline: '2026-10-15T23:59:59+08:00' })
      .expect(201);
    expect(round.body).toMatchObject({ status: 'DRAFT', periodStart: '2026-07-01', periodEnd: '2026-09-30' });
    expect(
      (
        await http()
          .post('/api/v1/evaluation/rounds')
          .set(bearer(taskforce))
          .send({ code: '2026Q3', schemeId: scheme.body.id, deadline: '2026-10-15T00:00:00Z' })
          .expect(409)
      ).body.code,
    ).toBe('ROUND_CODE_TAKEN');
    expect(
      (await http().post(`/api/v1/evaluation/rounds/${round.body.id}/transitions`).set(bearer(taskforce)).send({ to: 'PUBLISHED' }).expect(409)).body.code,
    ).toBe('ROUND_TRANSITION_NOT_ALLOWED');
    await http().post(`/api/v1/evaluation/rounds/${round.body.id}/transitions`).set(bearer(taskforce)).send({ to: 'OPEN' }).expect(200);
    const frozen = await http().get(`/api/v1/evaluation/schemes/${scheme.body.id}`).set(bearer(taskforce)).expect(200);
    expect(frozen.body.usedAt).not.toBeNull();

    const l3 = await http().get(`/api/v1/evaluation/rounds/${round.body.id}/papers/${parkLed}`).set(bearer(taskforce)).expect(200);
    expect(l3.body.level).toBe('L3');
    expect(l3.body.items.map((i: { code: string }) => i.code)).toEqual(['DUAL_QUALIFIED_RATIO', 'STUDENT_TEACHER_RATIO', 'TECH_SERVICE_GROWTH']);
    expect(l3.body.items[0]).toMatchObject({ target: 55, targetSource: 'SCHEME' });
    const l2 = await http().get(`/api/v1/evaluation/rounds/${round.body.id}/papers/${municipal}`).set(bearer(taskforce)).expect(200);
    expect(l2.body.items.map((i: { code: string }) => i.code)).toContain('TRAINING_BASES');

    await http()
      .put(`/api/v1/evaluation/rounds/${round.body.id}/target-overrides`)
      .set(bearer(taskforce))
      .send({ consortiumId: parkLed, indicatorCode: 'DUAL_QUALIFIED_RATIO', target: 50, reason: '新组建，按基础调整' })
      .expect(200);
    const unknown = await http()
      .put(`/api/v1/evaluation/rounds/${round.body.id}/target-overrides`)
      .set(bearer(taskforce))
      .send({ consortiumId: parkLed, indicatorCode: 'NOPE', target: 1, reason: '不存在的指标' })
      .expect(422);
    expect(unknown.body.code).toBe('UNKNOWN_INDICATOR');
    expect(
      (
        await http()
          .put(`/api/v1/evaluation/rounds/${round.body.id}/extensions`)
          .set(bearer(taskforce))
          .send({ consortiumId: parkLed, until: '2026-10-01T00:00:00Z', reason: '早于截止' })
          .expect(422)
      ).body.code,
    ).toBe('EXTENSION_BEFORE_DEADLINE');
    await http()
      .put(`/api/v1/evaluation/rounds/${round.body.id}/extensions`)
      .set(bearer(taskforce))
      .send({ consortiumId: parkLed, until: '2026-10-31T23:59:59+08:00', reason: '汛期停电，材料报送延期' })
      .expect(200);

    const secretariat = await loginAs(api, 'secretariat', { consortiumId: parkLed });
    const own = await http().get(`/api/v1/evaluation/rounds/${round.body.id}/papers/${parkLed}`).set(bearer(secretariat.token)).expect(200);
    expect(own.body.items[0]).toMatchObject({ target: 50, targetSource: 'OVERRIDE' });
    expect(own.body).toMatchObject({ extended: true, deadline: '2026-10-31T15:59:59.000Z' });
    await http().get(`/api/v1/evaluation/rounds/${round.body.id}/papers/${municipal}`).set(bearer(secretariat.token)).expect(404);
  });

  it('takes answers checked against the paper, flags a late submission, returns and accepts', async () => {
    const scheme = await http()
      .post('/api/v1/evaluation/schemes')
      .set(bearer(taskforce))
      .send({ code: 'CQ-SHEET', name: '答卷方案', definition: SCHEME_DEFINITION })
      .expect(201);
    // The deadline is already past: the round stays open, but a submission now is late.
    const round = await http()
      .post('/api/v1/evaluation/rounds')
      .set(bearer(taskforce))
      .send({ code: '2025Q4', schemeId: scheme.body.id, deadline: '2026-01-15T23:59:59+08:00' })
      .expect(201);
    const sheets = `/api/v1/evaluation/rounds/${round.body.id}/answer-sheets/${parkLed}`;
    const secretariat = await loginAs(api, 'secretariat', { consortiumId: parkLed });
    expect(
      (
        await http()
          .put(sheets)
          .set(bearer(secretariat.token))
          .set(await ifMatchOf(api, sheets, secretariat.token))
          .send({ answers: { DUAL_QUALIFIED_RATIO: 60 } })
          .expect(409)
      ).body.code,
    ).toBe('ROUND_NOT_ACCEPTING_ANSWERS');
    await http().post(`/api/v1/evaluation/rounds/${round.body.id}/transitions`).set(bearer(taskforce)).send({ to: 'OPEN' }).expect(200);

    const bad = await http()
      .put(sheets)
      .set(bearer(secretariat.token))
      .set(await ifMatchOf(api, sheets, secretariat.token))
      .send({ answers: { DUAL_QUALIFIED_RATIO: 160, TRAINING_BASES: 3 } })
      .expect(422);
    expect(bad.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['answers.DUAL_QUALIFIED_RATIO', 'OUT_OF_RANGE'],
      ['answers.TRAINING_BASES', 'NOT_ON_PAPER'],
    ]);
    await http()
      .put(sheets)
      .set(bearer(secretariat.token))
      .set(await ifMatchOf(api, sheets, secretariat.token))
      .send({ answers: { DUAL_QUALIFIED_RATIO: 58 } })
      .expect(200);
    const incomplete = await http().post(`${sheets}/submit`).set(bearer(secretariat.token)).expect(422);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(['answers.STUDENT_TEACHER_RATIO', 'answers.TECH_SERVICE_GROWTH']);
    await http()
      .put(sheets)
      .set(bearer(secretariat.token))
      .set(await ifMatchOf(api, sheets, secretariat.token))
      .send({ answers: { DUAL_QUALIFIED_RATIO: 58, STUDENT_TEACHER_RATIO: 17.5, TECH_SERVICE_GROWTH: 12 } })
      .expect(200);
    const noEvidence = await http().post(`${sheets}/submit`).set(bearer(secretariat.token)).expect(422);
    expect(noEvidence.body).toMatchObject({ code: 'EVIDENCE_REQUIRED', errors: [{ field: 'evidence.DUAL_QUALIFIED_RATIO' }] });

    const pdf = Buffer.from('%PDF-1.7\n% 双师型教师认定名单（演示）\n%%EOF\n');
    const attach = (body: Buffer, type: string, indicatorCode = 'DUAL_QUALIFIED_RATIO') =>
      http().post(`${sheets}/evidence`).query({ indicatorCode, fileName: '认定名单.pdf' }).set(bearer(secretariat.token)).set('content-type', type).send(body);
    const disguised = await attach(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'application/pdf').expect(422);
    expect(disguised.body.code).toBe('EVIDENCE_TYPE_MISMATCH');
    expect((await attach(pdf, 'application/pdf', 'TRAINING_BASES').expect(422)).body.code).toBe('INVALID_ANSWERS');
    expect((await attach(pdf, 'application/zip').expect(415)).body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const attached = await attach(pdf, 'application/pdf').expect(200);
    await attach(pdf, 'application/pdf').expect(200);
    expect(attached.body.evidence).toEqual([
      expect.objectContaining({ indicatorCode: 'DUAL_QUALIFIED_RATIO', mediaType: 'application/pdf', sizeBytes: pdf.length }),
    ]);
    const stored = await http().get(sheets).set(bearer(taskforce)).expect(200);
    expect(stored.body.evidence).toHaveLength(1);
    const submitted = await http().post(`${sheets}/submit`).set(bearer(secretariat.token)).expect(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', late: true });
    expect(
      (
        await http()
          .put(sheets)
          .set(bearer(secretariat.token))
          .set(await ifMatchOf(api, sheets, secretariat.token))
          .send({ answers: { DUAL_QUALIFIED_RATIO: 59 } })
          .expect(409)
      ).body.code,
    ).toBe('ANSWER_SHEET_STATUS');

    const returned = await http()
      .post(`${sheets}/return`)
      .set(bearer(taskforce))
      .send({ comments: [{ indicatorCode: 'DUAL_QUALIFIED_RATIO', comment: '请补充认定材料' }] })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'RETURNED', comments: [{ indicatorCode: 'DUAL_QUALIFIED_RATIO', comment: '请补充认定材料' }] });
    await http()
      .put(sheets)
      .set(bearer(secretariat.token))
      .set(await ifMatchOf(api, sheets, secretariat.token))
      .send({ answers: { DUAL_QUALIFIED_RATIO: 59, STUDENT_TEACHER_RATIO: 17.5, TECH_SERVICE_GROWTH: 12 } })
      .expect(200);
    await http().post(`${sheets}/submit`).set(bearer(secretariat.token)).expect(200);
    const accepted = await http().post(`${sheets}/accept`).set(bearer(taskforce)).expect(200);
    expect(accepted.body).toMatchObject({ status: 'ACCEPTED', answers: { DUAL_QUALIFIED_RATIO: 59 } });
    await http()
      .put(`/api/v1/evaluation/rounds/${round.body.id}/answer-sheets/${municipal}`)
      .set(bearer(secretariat.token))
      .set(await ifMatchOf(api, `/api/v1/evaluation/rounds/${round.body.id}/answer-sheets/${municipal}`, secretariat.token))
      .send({ answers: {} })
      .expect(404);
  });
});
