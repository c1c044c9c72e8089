import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { ifMatchOf } from '../support/conditional.js';

const DAY = 24 * 3600 * 1000;

/** One indicator of each value type, all on the L3 paper; only RATIO is required, no evidence needed. */
const DEFINITION = {
  dimensions: [
    { code: 'TALENT_CULTIVATION', name: '多元共育人才培养', weight: 0.5 },
    { code: 'DIGITAL_GOVERNANCE', name: '数字赋能智慧治理', weight: 0.5 },
  ],
  indicators: [
    ['RATIO', '双师型教师占比', 'PERCENT', 'TARGET', { min: 0, max: 100 }, true],
    ['BASES', '产教融合实训基地数', 'INTEGER', 'MIN_MAX', { min: 0, max: 1000 }, false],
    ['LIVE', '数字化平台上线', 'BOOLEAN', 'BOOLEAN', { min: 0, max: 1 }, false],
    ['RATING', '治理评议等级', 'GRADE', 'GRADE', { min: 0, max: 1 }, false],
  ].map(([code, name, valueType, normalization, range, required]) => ({
    code,
    name,
    unit: '',
    dimension: code === 'RATIO' || code === 'BASES' ? 'TALENT_CULTIVATION' : 'DIGITAL_GOVERNANCE',
    direction: 'benefit',
    valueType,
    normalization,
    weight: 1,
    required,
    evidenceRequired: false,
    range,
    levels: { L1: { target: 60 }, L2: { target: 60 }, L3: { target: 50 } },
  })),
  settings: {
    aggregation: 'WEIGHTED_SUM',
    weighting: 'EXPERT',
    alpha: 0.5,
    beta: 0.2,
    missingOptional: 'RENORMALIZE',
    cap: 1,
    grades: { method: 'PERCENTILE', bounds: [85, 70, 60] },
  },
};

/**
 * 赛马比拼 bad input (issue 5, Done 4): values of the wrong type or out of range, answers to a closed
 * round, editing a used scheme, publishing an unscored round. Each is a 4xx problem+json with its
 * own stable code (and the field, where one is at fault), and nothing is written: no row, no event,
 * no audit entry. No worker runs here, so a requested scoring stays queued.
 */
describe('evaluation: bad input is refused with its own code and writes nothing', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let taskforce: string;
  let secretariatP: string;
  let secretariatQ: string;
  let scheme: { id: string; definition: unknown };
  const consortia: Record<'P' | 'Q', string> = { P: '', Q: '' };
  const rounds: Record<'draft' | 'open' | 'closed' | 'scoring', string> = { draft: '', open: '', closed: '', scoring: '' };
  const http = () => request(api.getHttpServer());
  const evaluation = (path: string) => `/api/v1/evaluation${path}`;
  const sheet = (round: keyof typeof rounds, c: 'P' | 'Q') => evaluation(`/rounds/${rounds[round]}/answer-sheets/${consortia[c]}`);

  /** Everything the evaluation routes write, row by row where a refused request could change a row in place. */
  const state = async () =>
    (
      await sql.query(`SELECT
        (SELECT count(*) FROM answer_sheet)::int AS sheets,
        (SELECT coalesce(string_agg(id || ' ' || status || ' ' || version || ' ' || late || ' ' || answers::text || ' ' || comments::text, '; ' ORDER BY id), '') FROM answer_sheet) AS sheet_rows,
        (SELECT count(*) FROM answer_sheet_evidence)::int AS evidence,
        (SELECT count(*) FROM evidence_file)::int AS files,
        (SELECT coalesce(string_agg(id || ' ' || version || ' ' || name || ' ' || definition::text || ' ' || coalesce(used_at::text, '-'), '; ' ORDER BY id), '') FROM evaluation_scheme) AS scheme_rows,
        (SELECT coalesce(string_agg(id || ' ' || status || ' ' || revision || ' ' || deadline::text, '; ' ORDER BY id), '') FROM evaluation_round) AS round_rows,
        (SELECT count(*) FROM round_extension)::int AS extensions,
        (SELECT count(*) FROM target_override)::int AS overrides,
        (SELECT coalesce(string_agg(round_id || ' ' || revision || ' ' || status || ' ' || coalesce(published_at::text, '-'), '; ' ORDER BY round_id, revision), '') FROM round_scoring) AS scorings,
        (SELECT count(*) FROM round_result)::int AS results,
        (SELECT count(*) FROM outbox_event)::int AS events,
        (SELECT count(*) FROM audit_event)::int AS audits`)
    ).rows[0];

  /** A problem+json of `status` and `code`; `errors` lists [field, code] of its details, in order, when given. */
  function expectProblem(res: request.Response, status: number, code: string, errors?: [string, string][]) {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    if (errors) expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(errors);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    taskforce = (await loginAs(api, 'taskforce')).token;
    for (const c of ['P', 'Q'] as const) {
      const created = await http()
        .post('/api/v1/consortia')
        .set(bearer(taskforce))
        .send({ name: `坏输入测试联合体${c}（演示）`, kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
        .expect(201);
      consortia[c] = created.body.id;
      await http()
        .post(`/api/v1/consortia/${consortia[c]}/decisions`)
        .set(bearer(taskforce))
        .send({ toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '工作专班审定入册' })
        .expect(201);
    }
    secretariatP = (await loginAs(api, 'secretariat', { consortiumId: consortia.P })).token;
    secretariatQ = (await loginAs(api, 'secretariat', { consortiumId: consortia.Q })).token;

    scheme = (
      await http()
        .post(evaluation('/schemes'))
        .set(bearer(taskforce))
        .send({ code: 'CQ-BAD-INPUT', name: '坏输入测试方案', definition: DEFINITION })
        .expect(201)
    ).body;
    const round = async (code: string, deadline: string) =>
      (await http().post(evaluation('/rounds')).set(bearer(taskforce)).send({ code, schemeId: scheme.id, deadline }).expect(201)).body.id;
    const move = (id: string, to: string) =>
      http()
        .post(evaluation(`/rounds/${id}/transitions`))
        .set(bearer(taskforce))
        .send({ to })
        .expect(200);
    rounds.draft = await round('2025Q3', '2025-10-15T23:59:59+08:00');

    // OPEN, deadline ahead: P has a draft.
    rounds.open = await round('2026Q4', new Date(Date.now() + 30 * DAY).toISOString());
    await move(rounds.open, 'OPEN');
    await http()
      .put(sheet('open', 'P'))
      .set(bearer(secretariatP))
      .set(await ifMatchOf(api, sheet('open', 'P'), secretariatP))
      .send({ answers: { RATIO: 40, BASES: 3 } })
      .expect(200);

    // CLOSED: P has a draft; Q had an extension that ran out on 2026-01-31.
    rounds.closed = await round('2025Q4', '2026-01-15T23:59:59+08:00');
    await move(rounds.closed, 'OPEN');
    await http()
      .put(evaluation(`/rounds/${rounds.closed}/extensions`))
      .set(bearer(taskforce))
      .send({ consortiumId: consortia.Q, until: '2026-01-31T23:59:59+08:00', reason: '汛期停电，材料报送延期' })
      .expect(200);
    await http()
      .put(sheet('closed', 'P'))
      .set(bearer(secretariatP))
      .set(await ifMatchOf(api, sheet('closed', 'P'), secretariatP))
      .send({ answers: { RATIO: 40 } })
      .expect(200);
    await http()
      .put(sheet('closed', 'Q'))
      .set(bearer(secretariatQ))
      .set(await ifMatchOf(api, sheet('closed', 'Q'), secretariatQ))
      .send({ answers: { RATIO: 45 } })
      .expect(200);
    await move(rounds.closed, 'CLOSED');

    // SCORING: closed and requested; with no worker it stays queued.
    rounds.scoring = await round('2026Q1', '2026-04-15T23:59:59+08:00');
    await move(rounds.scoring, 'OPEN');
    await move(rounds.scoring, 'CLOSED');
    await http()
      .post(evaluation(`/rounds/${rounds.scoring}/scoring`))
      .set(bearer(taskforce))
      .send({})
      .expect(202);
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  it('a value of the wrong type: 422 INVALID_ANSWERS, each field WRONG_TYPE (or NOT_AN_INTEGER), the draft unchanged', async () => {
    const before = await state();
    const res = await http()
      .put(sheet('open', 'P'))
      .set(bearer(secretariatP))
      .set(await ifMatchOf(api, sheet('open', 'P'), secretariatP))
      .send({ answers: { RATIO: '60', BASES: 2.5, LIVE: 1, RATING: 'F' } });
    expectProblem(res, 422, 'INVALID_ANSWERS', [
      ['answers.RATIO', 'WRONG_TYPE'],
      ['answers.BASES', 'NOT_AN_INTEGER'],
      ['answers.LIVE', 'WRONG_TYPE'],
      ['answers.RATING', 'WRONG_TYPE'],
    ]);
    for (const answers of [{ RATIO: null }, { RATIO: [60] }, { RATIO: { value: 60 } }, { LIVE: 'true' }, { RATING: 1 }]) {
      const again = await http()
        .put(sheet('open', 'P'))
        .set(bearer(secretariatP))
        .set(await ifMatchOf(api, sheet('open', 'P'), secretariatP))
        .send({ answers });
      expectProblem(again, 422, 'INVALID_ANSWERS', [[`answers.${Object.keys(answers)[0]}`, 'WRONG_TYPE']]);
    }
    // Not even an object of answers: refused at the door, naming the field.
    const notAnObject = await http()
      .put(sheet('open', 'P'))
      .set(bearer(secretariatP))
      .set(await ifMatchOf(api, sheet('open', 'P'), secretariatP))
      .send({ answers: [60] });
    expectProblem(notAnObject, 400, 'VALIDATION_FAILED');
    expect(notAnObject.body.errors).toContainEqual(expect.objectContaining({ field: 'answers', code: 'IS_OBJECT' }));
    expect(await state()).toEqual(before);
    const draft = (await http().get(sheet('open', 'P')).set(bearer(secretariatP)).expect(200)).body;
    expect(draft).toMatchObject({ status: 'DRAFT', answers: { RATIO: 40, BASES: 3 }, version: 1 });
  });

  it('a value out of range: 422 INVALID_ANSWERS, each field OUT_OF_RANGE, the draft unchanged', async () => {
    const before = await state();
    const res = await http()
      .put(sheet('open', 'P'))
      .set(bearer(secretariatP))
      .set(await ifMatchOf(api, sheet('open', 'P'), secretariatP))
      .send({ answers: { RATIO: 100.5, BASES: -1 } });
    expectProblem(res, 422, 'INVALID_ANSWERS', [
      ['answers.RATIO', 'OUT_OF_RANGE'],
      ['answers.BASES', 'OUT_OF_RANGE'],
    ]);
    expect(res.body.detail).toContain('0…100');
    // One bad value spoils the whole save: the valid RATIO is not kept either.
    expectProblem(
      await http()
        .put(sheet('open', 'P'))
        .set(bearer(secretariatP))
        .set(await ifMatchOf(api, sheet('open', 'P'), secretariatP))
        .send({ answers: { RATIO: 55, BASES: 1001 } }),
      422,
      'INVALID_ANSWERS',
      [['answers.BASES', 'OUT_OF_RANGE']],
    );
    expect(await state()).toEqual(before);
    // The bounds themselves are in range.
    await http()
      .put(sheet('open', 'P'))
      .set(bearer(secretariatP))
      .set(await ifMatchOf(api, sheet('open', 'P'), secretariatP))
      .send({ answers: { RATIO: 100, BASES: 0 } })
      .expect(200);
    await http()
      .put(sheet('open', 'P'))
      .set(bearer(secretariatP))
      .set(await ifMatchOf(api, sheet('open', 'P'), secretariatP))
      .send({ answers: { RATIO: 40, BASES: 3 } })
      .expect(200);
  });

  it('scheme values of the wrong type or out of range: 400 VALIDATION_FAILED naming each field, no scheme', async () => {
    const before = await state();
    const bad = structuredClone(DEFINITION) as unknown as { indicators: { weight: unknown }[]; settings: { beta: number; alpha: number } };
    bad.indicators[0].weight = '1';
    bad.settings.beta = 1.5;
    bad.settings.alpha = -0.1;
    const res = await http().post(evaluation('/schemes')).set(bearer(taskforce)).send({ code: 'CQ-BAD-TYPES', name: '类型错误的方案', definition: bad });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const fields = res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['definition.indicators[0].weight', 'IS_NUMBER'],
        ['definition.settings.beta', 'MAX'],
        ['definition.settings.alpha', 'MIN'],
      ]),
    );
    expect(await state()).toEqual(before);
  });

  it('answers to a CLOSED round: 409 ROUND_NOT_ACCEPTING_ANSWERS for saving, submitting and evidence, also after an extension ran out', async () => {
    const before = await state();
    expectProblem(
      await http()
        .put(sheet('closed', 'P'))
        .set(bearer(secretariatP))
        .set(await ifMatchOf(api, sheet('closed', 'P'), secretariatP))
        .send({ answers: { RATIO: 41 } }),
      409,
      'ROUND_NOT_ACCEPTING_ANSWERS',
    );
    expectProblem(
      await http()
        .post(`${sheet('closed', 'P')}/submit`)
        .set(bearer(secretariatP)),
      409,
      'ROUND_NOT_ACCEPTING_ANSWERS',
    );
    const pdf = Buffer.from('%PDF-1.7\n% 认定名单（演示）\n%%EOF\n');
    const evidence = await http()
      .post(`${sheet('closed', 'P')}/evidence`)
      .query({ indicatorCode: 'RATIO', fileName: '认定名单.pdf' })
      .set(bearer(secretariatP))
      .set('content-type', 'application/pdf')
      .send(pdf);
    expectProblem(evidence, 409, 'ROUND_NOT_ACCEPTING_ANSWERS');
    // Q's extension ended on 2026-01-31: the round does not take its answers any more either.
    expect(
      (
        await http()
          .get(evaluation(`/rounds/${rounds.closed}/papers/${consortia.Q}`))
          .set(bearer(secretariatQ))
          .expect(200)
      ).body,
    ).toMatchObject({ extended: true });
    expectProblem(
      await http()
        .put(sheet('closed', 'Q'))
        .set(bearer(secretariatQ))
        .set(await ifMatchOf(api, sheet('closed', 'Q'), secretariatQ))
        .send({ answers: { RATIO: 46 } }),
      409,
      'ROUND_NOT_ACCEPTING_ANSWERS',
    );
    expectProblem(
      await http()
        .post(`${sheet('closed', 'Q')}/submit`)
        .set(bearer(secretariatQ)),
      409,
      'ROUND_NOT_ACCEPTING_ANSWERS',
    );
    // A DRAFT round takes no answers, and neither does one being scored.
    expectProblem(
      await http()
        .put(sheet('draft', 'P'))
        .set(bearer(secretariatP))
        .set(await ifMatchOf(api, sheet('draft', 'P'), secretariatP))
        .send({ answers: { RATIO: 41 } }),
      409,
      'ROUND_NOT_ACCEPTING_ANSWERS',
    );
    expectProblem(
      await http()
        .put(sheet('scoring', 'P'))
        .set(bearer(secretariatP))
        .set(await ifMatchOf(api, sheet('scoring', 'P'), secretariatP))
        .send({ answers: { RATIO: 41 } }),
      409,
      'ROUND_NOT_ACCEPTING_ANSWERS',
    );
    expect(await state()).toEqual(before);
    expect((await http().get(sheet('closed', 'P')).set(bearer(taskforce)).expect(200)).body).toMatchObject({
      status: 'DRAFT',
      answers: { RATIO: 40 },
      evidence: [],
    });
  });

  it('editing a used scheme: 409 SCHEME_IN_USE (and refused by the database), only a new version, which leaves the rounds of the old one as they were', async () => {
    const used = (
      await http()
        .get(evaluation(`/schemes/${scheme.id}`))
        .set(bearer(taskforce))
        .expect(200)
    ).body;
    expect(used.usedAt).not.toBeNull();
    const changed = { ...DEFINITION, settings: { ...DEFINITION.settings, beta: 0.5 } };
    const before = await state();
    const put = await http()
      .put(evaluation(`/schemes/${scheme.id}`))
      .set(bearer(taskforce))
      .set(await ifMatchOf(api, evaluation(`/schemes/${scheme.id}`), taskforce))
      .send({ name: '改过的方案', definition: changed });
    expectProblem(put, 409, 'SCHEME_IN_USE', [['schemeId', 'SCHEME_IN_USE']]);
    for (const method of ['patch', 'delete'] as const) {
      const res = await http()
        [method](evaluation(`/schemes/${scheme.id}`))
        .set(bearer(taskforce))
        .send({ code: 'CQ-BAD-INPUT', name: '改过的方案', definition: changed });
      // No such route: the scheme's path serves only GET and PUT.
      expectProblem(res, 405, 'METHOD_NOT_ALLOWED');
      expect(res.headers.allow).toBe('GET, HEAD, PUT');
    }
    // Below the API too: the application's own connection cannot change or delete a used version.
    await expect(sql.query(`UPDATE evaluation_scheme SET definition = $2 WHERE id = $1`, [scheme.id, changed])).rejects.toThrow(/frozen/);
    await expect(sql.query(`DELETE FROM evaluation_scheme WHERE id = $1`, [scheme.id])).rejects.toThrow(/frozen/);
    expect(await state()).toEqual(before);
    expect(
      (
        await http()
          .get(evaluation(`/schemes/${scheme.id}`))
          .set(bearer(taskforce))
          .expect(200)
      ).body,
    ).toEqual(used);

    // The change is a new version of the code; the open round keeps version 1 and its targets.
    const lower = structuredClone(DEFINITION);
    lower.indicators[0].levels.L3 = { target: 30 };
    const v2 = (
      await http()
        .post(evaluation('/schemes'))
        .set(bearer(taskforce))
        .send({ code: 'CQ-BAD-INPUT', name: '坏输入测试方案（修订）', definition: lower })
        .expect(201)
    ).body;
    expect(v2).toMatchObject({ version: 2, usedAt: null });
    // An unused version may still be corrected in place.
    const corrected = await http()
      .put(evaluation(`/schemes/${v2.id}`))
      .set(bearer(taskforce))
      .set(await ifMatchOf(api, evaluation(`/schemes/${v2.id}`), taskforce))
      .send({ name: '坏输入测试方案（修订二）', definition: lower })
      .expect(200);
    expect(corrected.body).toMatchObject({ id: v2.id, version: 2, name: '坏输入测试方案（修订二）', usedAt: null, revision: 2 });
    expect(corrected.headers.etag).toBe('"v2"');
    expect(
      (
        await http()
          .get(evaluation(`/schemes/${scheme.id}`))
          .set(bearer(taskforce))
          .expect(200)
      ).body,
    ).toEqual(used);
    expect(
      (
        await http()
          .get(evaluation(`/rounds/${rounds.open}`))
          .set(bearer(taskforce))
          .expect(200)
      ).body.schemeId,
    ).toBe(scheme.id);
    const paper = (
      await http()
        .get(evaluation(`/rounds/${rounds.open}/papers/${consortia.P}`))
        .set(bearer(taskforce))
        .expect(200)
    ).body;
    expect(paper.items[0]).toMatchObject({ code: 'RATIO', target: 50, targetSource: 'SCHEME' });
  });

  it('publishing an unscored round: 409 ROUND_NOT_PUBLISHABLE naming the status, for DRAFT, OPEN, CLOSED and SCORING alike', async () => {
    const before = await state();
    for (const [round, status] of [
      ['draft', 'DRAFT'],
      ['open', 'OPEN'],
      ['closed', 'CLOSED'],
      ['scoring', 'SCORING'],
    ] as const) {
      const res = await http()
        .post(evaluation(`/rounds/${rounds[round]}/publication`))
        .set(bearer(taskforce))
        .send({});
      expectProblem(res, 409, 'ROUND_NOT_PUBLISHABLE', [['status', 'ROUND_NOT_PUBLISHABLE']]);
      expect(res.body.errors[0].message).toBe(status);
    }
    expect(await state()).toEqual(before);
    for (const round of ['draft', 'open', 'closed', 'scoring'] as const)
      await http()
        .get(evaluation(`/rankings/${rounds[round]}`))
        .expect(404);
    expect((await http().get(evaluation('/rankings')).expect(200)).body.items).toEqual([]);
  });

  it('scoring an open round is a refusal of its own, distinct from publishing one: 409 ROUND_NOT_SCORABLE', async () => {
    const before = await state();
    expectProblem(
      await http()
        .post(evaluation(`/rounds/${rounds.open}/scoring`))
        .set(bearer(taskforce))
        .send({}),
      409,
      'ROUND_NOT_SCORABLE',
      [['status', 'ROUND_NOT_SCORABLE']],
    );
    expect(await state()).toEqual(before);
  });
});
