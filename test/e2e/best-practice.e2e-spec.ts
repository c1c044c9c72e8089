import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { ConsortiumLookup } from '#registry';
import { seedDemoData } from '../../seeds/demo-data.js';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { ifMatch, ifMatchOf } from '../support/conditional.js';

/**
 * 最佳实践 of one quarter over the API, on the demo data's 2026Q3 round (reopened for the cases):
 * submission by three consortia of one level, shortlist, two reviewers, selection by the rule, and
 * the selected case public with the published ranking.
 */
describe('best practice of the quarter', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let taskforce: string;
  let reviewer2: string;
  let roundId: string;
  let dimension: string;
  const level = 'L3';
  const ids: string[] = [];
  const secretariats: string[] = [];
  const http = () => request(api.getHttpServer());
  const base = () => `/api/v1/evaluation/rounds/${roundId}/best-practices`;
  const counts = async () =>
    (
      await dataSource.query(
        `SELECT (SELECT count(*) FROM best_practice)::int AS cases, (SELECT count(*) FROM best_practice_review)::int AS reviews,
              (SELECT count(*) FROM outbox_event)::int AS events, (SELECT count(*) FROM audit_event)::int AS audits,
              (SELECT coalesce(sum(version), 0) FROM best_practice)::int AS versions`,
      )
    )[0];
  const caseBody = (n: number) => ({
    title: `校企共建产业学院 ${n}`,
    summary: `联合体理事会统筹，校企共同制定人才培养方案，共建实训基地 ${n} 个。`,
    dimension,
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    await seedDemoData(dataSource, { pastRounds: 'CLOSED' });
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
    reviewer2 = (await loginAs(api, 'taskforce')).token;
    [{ id: roundId }] = await dataSource.query(`SELECT id FROM evaluation_round WHERE code = '2026Q3'`);
    const listed = (await api.get(ConsortiumLookup).listedOn('2026-09-30')).filter((c) => c.level === level);
    expect(listed.length).toBeGreaterThanOrEqual(3);
    for (const c of listed.slice(0, 3)) {
      ids.push(c.id);
      secretariats.push((await loginAs(api, 'secretariat', { consortiumId: c.id })).token);
    }
    const round = await http().get(`/api/v1/evaluation/rounds/${roundId}`).set(bearer(taskforce)).expect(200);
    const scheme = await http().get(`/api/v1/evaluation/schemes/${round.body.schemeId}`).set(bearer(taskforce)).expect(200);
    dimension = scheme.body.definition.dimensions[2].code;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('takes no case while the round is closed', async () => {
    const before = await counts();
    const res = await http()
      .put(`${base()}/${ids[0]}`)
      .set(bearer(secretariats[0]))
      .set(await ifMatchOf(api, `${base()}/${ids[0]}`, secretariats[0]))
      .send(caseBody(0))
      .expect(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('BEST_PRACTICE_WINDOW_CLOSED');
    expect(await counts()).toEqual(before);
    await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(taskforce)).send({ to: 'OPEN' }).expect(200);
  });

  it('takes one case per consortium while the round is open, rewritable until shortlisted', async () => {
    for (const [i, id] of ids.entries()) {
      const res = await http()
        .put(`${base()}/${id}`)
        .set(bearer(secretariats[i]))
        .set(await ifMatchOf(api, `${base()}/${id}`, secretariats[i]))
        .send(caseBody(i))
        .expect(200);
      expect(res.body).toMatchObject({ consortiumId: id, level, status: 'SUBMITTED', version: 1, dimension, evidence: [] });
      expect(res.body.reviews).toBeUndefined();
    }
    const rewritten = await http()
      .put(`${base()}/${ids[0]}`)
      .set(bearer(secretariats[0]))
      .set(await ifMatchOf(api, `${base()}/${ids[0]}`, secretariats[0]))
      .send({ ...caseBody(0), title: '校企共建智能制造产业学院' })
      .expect(200);
    expect(rewritten.body).toMatchObject({ title: '校企共建智能制造产业学院', version: 2 });
    expect((await counts()).cases).toBe(3);
  });

  it('accepts evidence from the consortium’s own answer sheet only, naming the item otherwise', async () => {
    const content = Buffer.from('%PDF-1.4 best practice evidence');
    const sha = createHash('sha256').update(content).digest('hex');
    await dataSource.query(`INSERT INTO evidence_file (sha256, media_type, size_bytes, content, uploaded_by) VALUES ($1, 'application/pdf', $2, $3, 'test')`, [
      sha,
      content.length,
      content,
    ]);
    await dataSource.query(
      `INSERT INTO answer_sheet_evidence (answer_sheet_id, indicator_code, sha256, file_name)
       SELECT id, 'ANY', $1, 'case.pdf' FROM answer_sheet WHERE round_id = $2 AND consortium_id = $3`,
      [sha, roundId, ids[0]],
    );
    const own = await http()
      .put(`${base()}/${ids[0]}`)
      .set(bearer(secretariats[0]))
      .set(await ifMatchOf(api, `${base()}/${ids[0]}`, secretariats[0]))
      .send({ ...caseBody(0), evidence: [sha] })
      .expect(200);
    expect(own.body.evidence).toEqual([sha]);

    const before = await counts();
    const foreign = await http()
      .put(`${base()}/${ids[1]}`)
      .set(bearer(secretariats[1]))
      .set(await ifMatchOf(api, `${base()}/${ids[1]}`, secretariats[1]))
      .send({ ...caseBody(1), evidence: ['0'.repeat(64), sha] })
      .expect(422);
    expect(foreign.body.code).toBe('EVIDENCE_NOT_ON_SHEET');
    expect(foreign.body.errors.map((e: { field: string }) => e.field)).toEqual(['evidence[0]', 'evidence[1]']);
    const dim = await http()
      .put(`${base()}/${ids[1]}`)
      .set(bearer(secretariats[1]))
      .set(await ifMatchOf(api, `${base()}/${ids[1]}`, secretariats[1]))
      .send({ ...caseBody(1), dimension: 'NO_SUCH' })
      .expect(422);
    expect(dim.body).toMatchObject({ code: 'UNKNOWN_DIMENSION', errors: [{ field: 'dimension', code: 'UNKNOWN_DIMENSION' }] });
    const other = await http()
      .put(`${base()}/${ids[1]}`)
      .set(bearer(secretariats[0]))
      .set(await ifMatchOf(api, `${base()}/${ids[1]}`, secretariats[0]))
      .send(caseBody(1));
    expect(other.status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('judges only after the round has closed: shortlist, one revisable score per reviewer', async () => {
    const early = await http().post(`${base()}/${ids[0]}/shortlist`).set(bearer(taskforce)).send({}).expect(409);
    expect(early.body.code).toBe('ROUND_NOT_IN_REVIEW');
    await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(taskforce)).send({ to: 'CLOSED' }).expect(200);

    const late = await http()
      .put(`${base()}/${ids[2]}`)
      .set(bearer(secretariats[2]))
      .set(await ifMatchOf(api, `${base()}/${ids[2]}`, secretariats[2]))
      .send(caseBody(2))
      .expect(409);
    expect(late.body.code).toBe('BEST_PRACTICE_WINDOW_CLOSED');
    const unlisted = await http().put(`${base()}/${ids[0]}/review`).set(bearer(taskforce)).send({ score: 90, comment: '好' }).expect(409);
    expect(unlisted.body.code).toBe('BEST_PRACTICE_STATUS');

    for (const id of ids.slice(0, 2)) {
      const res = await http().post(`${base()}/${id}/shortlist`).set(bearer(taskforce)).send({}).expect(200);
      expect(res.body.status).toBe('SHORTLISTED');
    }
    expect((await http().post(`${base()}/${ids[0]}/shortlist`).set(bearer(taskforce)).send({}).expect(409)).body.code).toBe('BEST_PRACTICE_STATUS');

    const bad = await http().put(`${base()}/${ids[0]}/review`).set(bearer(taskforce)).send({ score: 101, comment: '超出范围' }).expect(400);
    expect(bad.body.errors[0].field).toBe('score');

    // Case 0: 80 then revised to 70, and 90 → mean 80. Case 1: 85 and 85 → mean 85.
    const first = await http().put(`${base()}/${ids[0]}/review`).set(bearer(taskforce)).send({ score: 80, comment: '可复制性强' }).expect(200);
    expect(first.headers.etag).toBe('"v1"');
    // Revising one's review needs its ETag, as every update does.
    expect((await http().put(`${base()}/${ids[0]}/review`).set(bearer(taskforce)).send({ score: 70, comment: '证据不足' }).expect(428)).body.code).toBe(
      'IF_MATCH_REQUIRED',
    );
    expect(
      (await http().put(`${base()}/${ids[0]}/review`).set(bearer(taskforce)).set('if-match', '"v9"').send({ score: 70, comment: '证据不足' }).expect(412)).body
        .code,
    ).toBe('PRECONDITION_FAILED');
    const revised = await http()
      .put(`${base()}/${ids[0]}/review`)
      .set(bearer(taskforce))
      .set(ifMatch(first))
      .send({ score: 70, comment: '证据不足' })
      .expect(200);
    expect(revised.headers.etag).toBe('"v2"');
    expect(revised.body.reviews).toHaveLength(1);
    expect(revised.body.meanScore).toBe(70);

    const incomplete = await http().post(`${base()}/${ids[0]}/selection`).set(bearer(taskforce)).send({}).expect(409);
    expect(incomplete.body.code).toBe('REVIEWS_INCOMPLETE');

    await http().put(`${base()}/${ids[0]}/review`).set(bearer(reviewer2)).send({ score: 90, comment: '机制创新' }).expect(200);
    await http().put(`${base()}/${ids[1]}/review`).set(bearer(taskforce)).send({ score: 85, comment: '成效明显' }).expect(200);
    await http().put(`${base()}/${ids[1]}/review`).set(bearer(reviewer2)).send({ score: 85, comment: '成效明显' }).expect(200);

    const list = await http().get(base()).set(bearer(taskforce)).expect(200);
    const means = Object.fromEntries(list.body.items.map((c: { consortiumId: string; meanScore: number | null }) => [c.consortiumId, c.meanScore]));
    expect(means).toEqual({ [ids[0]]: 80, [ids[1]]: 85, [ids[2]]: null });
    const own = await http().get(`${base()}/${ids[0]}`).set(bearer(secretariats[0])).expect(200);
    expect(own.body.reviews).toBeUndefined();
    expect(own.body.status).toBe('SHORTLISTED');
  });

  it('selects the best-reviewed shortlisted case, one per level, and refuses anything else', async () => {
    const before = await counts();
    const notTop = await http().post(`${base()}/${ids[0]}/selection`).set(bearer(taskforce)).send({}).expect(409);
    expect(notTop.body).toMatchObject({ code: 'NOT_TOP_REVIEWED', errors: [{ field: 'consortiumId' }] });
    expect(notTop.body.detail).toContain('80.00');
    const notShortlisted = await http().post(`${base()}/${ids[2]}/selection`).set(bearer(taskforce)).send({}).expect(409);
    expect(notShortlisted.body.code).toBe('BEST_PRACTICE_NOT_SHORTLISTED');
    expect(await counts()).toEqual(before);

    const selected = await http().post(`${base()}/${ids[1]}/selection`).set(bearer(taskforce)).send({}).expect(200);
    expect(selected.body).toMatchObject({ status: 'SELECTED', meanScore: 85 });
    const second = await http().post(`${base()}/${ids[0]}/selection`).set(bearer(taskforce)).send({}).expect(409);
    expect(second.body.code).toBe('BEST_PRACTICE_ALREADY_SELECTED');
    const events = await dataSource.query(`SELECT type FROM outbox_event WHERE aggregate_type = 'best-practice' ORDER BY id`);
    expect(events.map((e: { type: string }) => e.type).filter((t: string) => t !== 'evaluation.best-practice.submitted')).toEqual([
      'evaluation.best-practice.shortlisted',
      'evaluation.best-practice.shortlisted',
      'evaluation.best-practice.selected',
    ]);
  });

  it('publishes the selected case with the ranking, and freezes the cases', async () => {
    await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({}).expect(202);
    await waitFor(
      async () => ((await http().get(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce))).body.status === 'DONE' ? true : undefined),
      { what: 'the scoring to finish', timeoutMs: 30_000 },
    );
    const hidden = await http().get(`/api/v1/evaluation/rankings/${roundId}`).expect(404);
    expect(hidden.body.code).toBe('ROUND_NOT_PUBLISHED');
    await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(taskforce)).send({}).expect(200);

    const ranking = await http().get(`/api/v1/evaluation/rankings/${roundId}`).expect(200);
    const [listed] = (await api.get(ConsortiumLookup).listedOn('2026-09-30')).filter((c) => c.id === ids[1]);
    expect(ranking.body.bestPractices).toEqual([
      { level, consortiumId: ids[1], consortiumName: listed.name, name: listed.name, title: caseBody(1).title, summary: caseBody(1).summary, dimension },
    ]);
    expect(JSON.stringify(ranking.body)).not.toContain('reviewer');

    const frozen = await http().put(`${base()}/${ids[0]}/review`).set(bearer(taskforce)).send({ score: 99, comment: '太晚了' }).expect(409);
    expect(frozen.body.code).toBe('ROUND_NOT_IN_REVIEW');
  });
});
