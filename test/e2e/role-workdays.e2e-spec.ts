import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { OutboxPublisher } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { makeUscc } from '#registry';
import { seedDemoData } from '../../seeds/demo-data.js';
import { DEMO_USERS } from '../../seeds/demo-users.js';
import { startApi, startWorker } from '../support/apps.js';
import { bearer } from '../support/identity.js';
import { RoundPublished } from '#evaluation/contracts';

type PaperItem = {
  code: string;
  name: string;
  valueType: string;
  required: boolean;
  evidenceRequired: boolean;
  range: { min: number; max: number };
  target: number | null;
};

const PDF = Buffer.from('%PDF-1.7\n% 校企合作协议（演示）\n%%EOF\n');
const PDF_NAME = '校企合作协议 2026年第四季度.pdf';

/**
 * A day's work of each role on the demo data: the secretariat of 西部职教基地国家级产教联合体
 * (secretariat.demo), the member unit 长安汽车 (member.demo) and the task force (taskforce.demo),
 * each doing its own work without asking someone else, and reading names beside ids.
 */
describe('each role does its own day’s work on the demo data', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  const token = { secretariat: '', member: '', taskforce: '' };
  let ownConsortium: { id: string; name: string };
  let otherConsortium: { id: string; name: string };
  let ownOrganization: { id: string; name: string; uscc: string };
  let rounds: Record<string, string>;

  const http = () => request(api.getHttpServer());
  const login = async (role: 'secretariat' | 'member' | 'taskforce') => {
    const user = DEMO_USERS.find((u) => u.role === role)!;
    const res = await http().post('/api/v1/auth/login').send({ username: user.username, password: user.password }).expect(200);
    return res.body.accessToken as string;
  };
  const sheetUrl = (consortiumId: string) => `/api/v1/evaluation/rounds/${rounds['2026Q4']}/answer-sheets/${consortiumId}`;
  const binary = (req: request.Test) =>
    req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  const expectProblem = (res: request.Response, status: number, code: string, field?: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe(code);
    if (field) expect(res.body.errors?.map((e: { field: string }) => e.field)).toContain(field);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    worker = await startWorker(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    expect(await seedDemoData(dataSource)).toBe(true);
    token.secretariat = await login('secretariat');
    token.member = await login('member');
    token.taskforce = await login('taskforce');
    const me = await http().get('/api/v1/me').set(bearer(token.secretariat)).expect(200);
    const ownId = me.body.bindings[0].consortiumId as string;
    const consortia: { id: string; name: string }[] = await dataSource.query(`SELECT id, name FROM consortium ORDER BY name`);
    ownConsortium = consortia.find((c) => c.id === ownId)!;
    otherConsortium = consortia.find((c) => c.id !== ownId)!;
    const memberMe = await http().get('/api/v1/me').set(bearer(token.member)).expect(200);
    const [org] = await dataSource.query(`SELECT id, name, uscc FROM organization WHERE id = $1`, [memberMe.body.bindings[0].organizationId]);
    ownOrganization = org;
    rounds = Object.fromEntries((await dataSource.query<{ code: string; id: string }[]>(`SELECT code, id FROM evaluation_round`)).map((r) => [r.code, r.id]));
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  describe('secretariat (秘书处)', () => {
    let registered: { id: string; uscc: string; name: string };

    it('searches organizations by name fragment, USCC, type and district, in pages', async () => {
      const byName = await http().get('/api/v1/organizations').query({ nameContains: '职业', limit: 2 }).set(bearer(token.secretariat)).expect(200);
      expect(byName.body.items).toHaveLength(2);
      expect(byName.body.items.every((o: { name: string }) => o.name.includes('职业'))).toBe(true);
      expect(byName.body.nextCursor).toEqual(expect.any(String));
      const next = await http()
        .get('/api/v1/organizations')
        .query({ nameContains: '职业', limit: 2, after: byName.body.nextCursor })
        .set(bearer(token.secretariat))
        .expect(200);
      expect(next.body.items.length).toBeGreaterThan(0);
      expect(next.body.items.map((o: { id: string }) => o.id)).not.toContain(byName.body.items[0].id);

      const byUscc = await http().get('/api/v1/organizations').query({ uscc: ownOrganization.uscc.toLowerCase() }).set(bearer(token.secretariat)).expect(200);
      expect(byUscc.body.items.map((o: { id: string; name: string }) => [o.id, o.name])).toEqual([[ownOrganization.id, ownOrganization.name]]);

      const [{ district_code: district }] = await dataSource.query(`SELECT district_code FROM organization WHERE id = $1`, [ownOrganization.id]);
      const schools = await http()
        .get('/api/v1/organizations')
        .query({ type: 'SCHOOL', districtCode: district, limit: 200 })
        .set(bearer(token.secretariat))
        .expect(200);
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM organization WHERE type = 'SCHOOL' AND district_code = $1`, [district]);
      expect(schools.body.items).toHaveLength(n);
      expect(schools.body.items.every((o: { type: string; districtCode: string }) => o.type === 'SCHOOL' && o.districtCode === district)).toBe(true);

      expectProblem(await http().get('/api/v1/organizations').query({ uscc: '123' }).set(bearer(token.secretariat)), 400, 'VALIDATION_FAILED', 'uscc');
    });

    it('registers a unit that is not in the registry yet, but corrects none that is', async () => {
      const uscc = makeUscc('9', '1', '500118', 'MA0W0001');
      const created = await http()
        .put(`/api/v1/organizations/by-uscc/${uscc}`)
        .set(bearer(token.secretariat))
        .send({ name: '重庆西部职教实训设备有限公司（演示）', type: 'ENTERPRISE', districtCode: '500118', enterpriseSize: 'SMALL' })
        .expect(201);
      registered = { id: created.body.id, uscc, name: created.body.name };
      expect(created.body).toMatchObject({ uscc, name: '重庆西部职教实训设备有限公司（演示）', type: 'ENTERPRISE' });
      const [audit] = await dataSource.query(`SELECT actor_id FROM audit_event WHERE entity_id = $1 AND action = 'registry.organization.create'`, [
        registered.id,
      ]);
      expect(audit).toBeDefined();

      const again = await http()
        .put(`/api/v1/organizations/by-uscc/${ownOrganization.uscc}`)
        .set(bearer(token.secretariat))
        .send({ name: '改名（演示）', type: 'ENTERPRISE', districtCode: '500118' });
      expectProblem(again, 409, 'ORGANIZATION_ALREADY_REGISTERED', 'uscc');
      const [unchanged] = await dataSource.query(`SELECT name FROM organization WHERE id = $1`, [ownOrganization.id]);
      expect(unchanged.name).toBe(ownOrganization.name);
    });

    it('adds the unit, exports its own members, and cannot export another consortium’s', async () => {
      await http()
        .post(`/api/v1/consortia/${ownConsortium.id}/memberships`)
        .set(bearer(token.secretariat))
        .send({ organizationId: registered.id, role: 'MEMBER', validFrom: '2026-11-01' })
        .expect(201);
      const csv = await http()
        .get(`/api/v1/consortia/${ownConsortium.id}/memberships/export`)
        .query({ format: 'csv' })
        .set(bearer(token.secretariat))
        .expect(200);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM membership WHERE consortium_id = $1 AND daterange(valid_from, valid_to) @> (now() AT TIME ZONE 'Asia/Shanghai')::date`,
        [ownConsortium.id],
      );
      expect(lines).toHaveLength(n + 1);
      expect(lines.slice(1).every((l) => l.startsWith(ownConsortium.id))).toBe(true);
      expect(csv.text).toContain(registered.name);
      expect(csv.text).toContain(ownConsortium.name);

      const other = await http().get(`/api/v1/consortia/${otherConsortium.id}/memberships/export`).set(bearer(token.secretariat));
      expectProblem(other, 404, 'NOT_FOUND');
    });

    it('imports members of its own consortium only: a row of another consortium is refused by row', async () => {
      const second = makeUscc('9', '1', '500118', 'MA0W0002');
      await http()
        .put(`/api/v1/organizations/by-uscc/${second}`)
        .set(bearer(token.secretariat))
        .send({ name: '重庆西部职教数字科技有限公司（演示）', type: 'ENTERPRISE', districtCode: '500118' })
        .expect(201);
      const file = [
        'consortiumId,uscc,role,validFrom',
        `${ownConsortium.id},${second},MEMBER,2026-11-15`,
        `${otherConsortium.id},${second},MEMBER,2026-11-15`,
      ].join('\n');
      const accepted = await http()
        .post(`/api/v1/consortia/${ownConsortium.id}/imports/memberships`)
        .query({ mode: 'VALID_ROWS_ONLY' })
        .set(bearer(token.secretariat))
        .set('content-type', 'text/csv')
        .send(file)
        .expect(202);
      const job = await waitFor(
        async () => {
          const res = await http().get(`/api/v1/imports/${accepted.body.id}`).set(bearer(token.secretariat)).expect(200);
          return ['SUCCEEDED', 'REJECTED', 'FAILED'].includes(res.body.status) ? res.body : undefined;
        },
        { what: () => 'the secretariat’s import to finish', timeoutMs: 30_000 },
      );
      expect(job).toMatchObject({ status: 'SUCCEEDED', totalRows: 2, createdRows: 1, rejectedRows: 1 });
      expect(job.errors).toEqual([{ row: 2, field: 'consortiumId', code: 'OUTSIDE_CONSORTIUM', message: expect.any(String) }]);
      const rows = await dataSource.query(`SELECT m.consortium_id FROM membership m JOIN organization o ON o.id = m.organization_id WHERE o.uscc = $1`, [
        second,
      ]);
      expect(rows).toEqual([{ consortium_id: ownConsortium.id }]);

      // Another consortium's secretariat does not see this import.
      const otherSecretariat = await otherSecretariatToken();
      expectProblem(await http().get(`/api/v1/imports/${accepted.body.id}`).set(bearer(otherSecretariat)), 404, 'IMPORT_NOT_FOUND');
      expectProblem(
        await http()
          .post(`/api/v1/consortia/${otherConsortium.id}/imports/memberships`)
          .set(bearer(token.secretariat))
          .set('content-type', 'text/csv')
          .send(file),
        404,
        'NOT_FOUND',
      );
    });

    it('sees the membership history with end reasons and names', async () => {
      const [membership] = await dataSource.query(`SELECT id FROM membership WHERE consortium_id = $1 AND organization_id = $2`, [
        ownConsortium.id,
        registered.id,
      ]);
      await http()
        .post(`/api/v1/consortia/${ownConsortium.id}/memberships/${membership.id}/exit`)
        .set(bearer(token.secretariat))
        .send({ effectiveOn: '2026-11-30', reason: 'VOLUNTARY' })
        .expect(201);
      const history = await http().get(`/api/v1/consortia/${ownConsortium.id}/memberships`).set(bearer(token.secretariat)).expect(200);
      expect(history.body.consortiumName).toBe(ownConsortium.name);
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM membership WHERE consortium_id = $1`, [ownConsortium.id]);
      expect(history.body.items).toHaveLength(n);
      expect(history.body.items.find((i: { membershipId: string }) => i.membershipId === membership.id)).toMatchObject({
        organizationId: registered.id,
        organizationName: registered.name,
        validFrom: '2026-11-01',
        validTo: '2026-11-30',
        endReason: 'VOLUNTARY',
      });
      const ended = await http().get(`/api/v1/consortia/${ownConsortium.id}/memberships`).query({ ended: 'true' }).set(bearer(token.secretariat)).expect(200);
      expect(ended.body.items.length).toBeGreaterThan(0);
      expect(ended.body.items.every((i: { endReason: string | null; organizationName: string }) => i.endReason !== null && i.organizationName.length > 0)).toBe(
        true,
      );

      expectProblem(await http().get(`/api/v1/consortia/${otherConsortium.id}/memberships`).set(bearer(token.secretariat)), 404, 'NOT_FOUND');
      expectProblem(
        await http().get(`/api/v1/consortia/${ownConsortium.id}/memberships`).query({ ended: 'maybe' }).set(bearer(token.secretariat)),
        400,
        'VALIDATION_FAILED',
        'ended',
      );
    });

    it('reads its own published result with the explanation, not another’s nor an unpublished one', async () => {
      const res = await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q3']}/results/${ownConsortium.id}`).set(bearer(token.secretariat)).expect(200);
      expect(res.body).toMatchObject({
        roundId: rounds['2026Q3'],
        roundCode: '2026Q3',
        revision: 1,
        published: true,
        consortiumId: ownConsortium.id,
        consortiumName: ownConsortium.name,
      });
      const [stored] = await dataSource.query(
        `SELECT rank, grade, total, level_score FROM round_result WHERE round_id = $1 AND consortium_id = $2 AND revision = 1`,
        [rounds['2026Q3'], ownConsortium.id],
      );
      expect(res.body.result).toMatchObject({ consortiumId: ownConsortium.id, consortiumName: ownConsortium.name, rank: stored.rank, grade: stored.grade });
      // Scores as people read them: 0–100 with two decimals, the stored 0–1 value beside for machines.
      for (const [shown, raw] of [
        [res.body.result.total, stored.total],
        [res.body.result.levelScore, stored.level_score],
      ] as [number, number][]) {
        expect(Math.abs(shown - raw * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.round(shown * 100) / 100).toBe(shown);
      }
      expect(res.body.result.totalRaw).toBe(stored.total);
      // The explanation names every indicator and dimension it speaks of.
      const { indicators, dimensions } = res.body.result.explanation as {
        indicators: { code: string; name: string; dimensionName: string }[];
        dimensions: { name: string }[];
      };
      expect(indicators.length).toBeGreaterThan(0);
      for (const i of indicators) expect([i.code, /\p{Script=Han}/u.test(i.name), /\p{Script=Han}/u.test(i.dimensionName)]).toEqual([i.code, true, true]);
      expect(dimensions.every((d) => /\p{Script=Han}/u.test(d.name))).toBe(true);

      expectProblem(
        await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q3']}/results/${otherConsortium.id}`).set(bearer(token.secretariat)),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/results/${ownConsortium.id}`).set(bearer(token.secretariat)),
        404,
        'ROUND_NOT_PUBLISHED',
      );
      // The whole round's results stay the task force's.
      expect((await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q3']}/results`).set(bearer(token.secretariat))).status).toBe(403);
    });

    it('answers: PUT replaces the whole set and warns when it removes answers; PATCH merges', async () => {
      const paper = (await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/papers/${ownConsortium.id}`).set(bearer(token.secretariat)).expect(200))
        .body.items as PaperItem[];
      expect(paper.length).toBeGreaterThanOrEqual(6);
      const value = (i: PaperItem) =>
        i.valueType === 'BOOLEAN'
          ? true
          : i.valueType === 'GRADE'
            ? 'B'
            : Math.min(i.range.max, Math.max(i.range.min, Math.round(i.target ?? i.range.min + 1)));
      const answers = Object.fromEntries(paper.map((i) => [i.code, value(i)]));
      const six = Object.fromEntries(Object.entries(answers).slice(0, 6));
      const first = await http().put(sheetUrl(ownConsortium.id)).set(bearer(token.secretariat)).send({ answers: six }).expect(200);
      expect(first.body.warnings).toEqual([]);
      const four = Object.fromEntries(Object.entries(six).slice(0, 4));
      const replaced = await http()
        .put(sheetUrl(ownConsortium.id))
        .set(bearer(token.secretariat))
        .set('if-match', first.headers.etag)
        .send({ answers: four })
        .expect(200);
      const removed = Object.keys(six).slice(4).sort();
      expect(Object.keys(replaced.body.answers).sort()).toEqual(Object.keys(four).sort());
      expect(replaced.body.warnings).toEqual([
        { code: 'ANSWERS_REMOVED', message: expect.stringContaining(paper.find((i) => i.code === removed[0])!.name), indicatorCodes: removed },
      ]);

      // PATCH: the rest of the paper, and one answer taken out; the others stay.
      const [dropped] = Object.keys(four);
      const rest = Object.fromEntries(Object.entries(answers).filter(([code]) => !(code in four)));
      const merged = await http()
        .patch(sheetUrl(ownConsortium.id))
        .set(bearer(token.secretariat))
        .set('if-match', replaced.headers.etag)
        .send({ answers: { ...rest, [dropped]: null } })
        .expect(200);
      expect(merged.body.answers).toEqual(Object.fromEntries(Object.entries(answers).filter(([code]) => code !== dropped)));
      expect(merged.body.warnings).toEqual([]);
      const complete = await http()
        .patch(sheetUrl(ownConsortium.id))
        .set(bearer(token.secretariat))
        .set('if-match', merged.headers.etag)
        .send({ answers: { [dropped]: answers[dropped] } })
        .expect(200);
      expect(complete.body.answers).toEqual(answers);

      const bad = await http()
        .patch(sheetUrl(ownConsortium.id))
        .set(bearer(token.secretariat))
        .set('if-match', complete.headers.etag)
        .send({ answers: { NOT_AN_INDICATOR: 1 } });
      expectProblem(bad, 422, 'INVALID_ANSWERS', 'answers.NOT_AN_INDICATOR');
      expectProblem(
        await http().patch(sheetUrl(ownConsortium.id)).set(bearer(token.secretariat)).set('if-match', complete.headers.etag).send({ answers: 'all' }),
        400,
        'VALIDATION_FAILED',
        'answers',
      );
      expectProblem(await http().patch(sheetUrl(otherConsortium.id)).set(bearer(token.secretariat)).send({ answers: {} }), 404, 'NOT_FOUND');

      // Evidence for every indicator that asks for it, then the submission.
      for (const item of paper.filter((i) => i.evidenceRequired)) {
        await http()
          .post(`${sheetUrl(ownConsortium.id)}/evidence`)
          .query({ indicatorCode: item.code, fileName: PDF_NAME })
          .set(bearer(token.secretariat))
          .set('content-type', 'application/pdf')
          .send(PDF)
          .expect(200);
      }
      const submitted = await http()
        .post(`${sheetUrl(ownConsortium.id)}/submit`)
        .set(bearer(token.secretariat))
        .expect(200);
      expect(submitted.body.status).toBe('SUBMITTED');
    });
  });

  describe('task force (工作专班)', () => {
    it('sees every listed consortium’s sheet of the round at a glance, with names and counts', async () => {
      const res = await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/answer-sheets`).set(bearer(token.taskforce)).expect(200);
      const [{ end }] = await dataSource.query(`SELECT period_end::text AS "end" FROM evaluation_round WHERE id = $1`, [rounds['2026Q4']]);
      const [{ n: listed }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM consortium_period WHERE daterange(valid_from, valid_to) @> $1::date AND status IN ('ACTIVE', 'WARNED', 'PROBATION')`,
        [end],
      );
      expect(res.body).toMatchObject({ roundId: rounds['2026Q4'], roundCode: '2026Q4', roundStatus: 'OPEN' });
      expect(res.body.items).toHaveLength(listed);
      expect(res.body.counts).toEqual({
        total: listed,
        NOT_STARTED: listed - 1,
        DRAFT: 0,
        SUBMITTED: 1,
        RETURNED: 0,
        ACCEPTED: 0,
        late: res.body.items.filter((i: { late: boolean }) => i.late).length,
      });
      const own = res.body.items.find((i: { consortiumId: string }) => i.consortiumId === ownConsortium.id);
      const paperSize = (await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/papers/${ownConsortium.id}`).set(bearer(token.taskforce)).expect(200))
        .body.items.length;
      expect(own).toMatchObject({
        consortiumName: ownConsortium.name,
        level: 'L1',
        sheetStatus: 'SUBMITTED',
        answeredCount: paperSize,
        submittedAt: expect.any(String),
      });
      expect(own.evidenceCount).toBeGreaterThan(0);
      expect(
        res.body.items.every((i: { consortiumName: string; consortiumId: string }) => i.consortiumName.length > 0 && i.consortiumName !== i.consortiumId),
      ).toBe(true);
      const levels = res.body.items.map((i: { level: string }) => i.level);
      expect(levels).toEqual([...levels].sort());

      const submitted = await http()
        .get(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/answer-sheets`)
        .query({ status: 'SUBMITTED' })
        .set(bearer(token.taskforce))
        .expect(200);
      expect(submitted.body.items.map((i: { consortiumName: string }) => i.consortiumName)).toEqual([ownConsortium.name]);
      expect(submitted.body.counts).toEqual(res.body.counts);
      expectProblem(
        await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/answer-sheets`).query({ status: 'LOST' }).set(bearer(token.taskforce)),
        400,
        'VALIDATION_FAILED',
        'status',
      );
      expectProblem(await http().get(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/answer-sheets`).set(bearer(token.secretariat)), 403, 'FORBIDDEN');
    });

    it('downloads an evidence file with its type and its Chinese file name', async () => {
      const sheet = await http().get(sheetUrl(ownConsortium.id)).set(bearer(token.taskforce)).expect(200);
      const { sha256 } = sheet.body.evidence[0];
      const file = await binary(
        http()
          .get(`${sheetUrl(ownConsortium.id)}/evidence/${sha256}`)
          .set(bearer(token.taskforce)),
      ).expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
      const disposition = file.headers['content-disposition'];
      expect(disposition).toMatch(/^attachment; /);
      expect(disposition).toContain(
        `filename*=UTF-8''${encodeURIComponent(PDF_NAME).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      );
      expect(disposition).toMatch(/filename="[\x20-\x7e]+"/);
      const inline = await binary(
        http()
          .get(`${sheetUrl(ownConsortium.id)}/evidence/${sha256}`)
          .query({ disposition: 'inline' })
          .set(bearer(token.secretariat)),
      ).expect(200);
      expect(inline.headers['content-disposition']).toMatch(/^inline; /);

      expectProblem(
        await http()
          .get(`${sheetUrl(ownConsortium.id)}/evidence/${'0'.repeat(64)}`)
          .set(bearer(token.taskforce)),
        404,
        'EVIDENCE_NOT_FOUND',
      );
      expectProblem(
        await http()
          .get(`${sheetUrl(ownConsortium.id)}/evidence/not-a-hash`)
          .set(bearer(token.taskforce)),
        400,
        'VALIDATION_FAILED',
        'sha256',
      );
      expectProblem(
        await http()
          .get(`${sheetUrl(otherConsortium.id)}/evidence/${sha256}`)
          .set(bearer(token.secretariat)),
        404,
        'NOT_FOUND',
      );
      // The file belongs to one sheet: asked under another consortium's sheet, it is not there.
      expectProblem(
        await http()
          .get(`${sheetUrl(otherConsortium.id)}/evidence/${sha256}`)
          .set(bearer(token.taskforce)),
        404,
        'EVIDENCE_NOT_FOUND',
      );
    });

    it('accepts the sheet and reopens it while the round is still open', async () => {
      await http()
        .post(`${sheetUrl(ownConsortium.id)}/accept`)
        .set(bearer(token.taskforce))
        .expect(200);
      const reopened = await http()
        .post(`${sheetUrl(ownConsortium.id)}/reopen`)
        .set(bearer(token.taskforce))
        .send({ reason: '佐证材料与填报数值不一致，请核对后重新提交' })
        .expect(200);
      expect(reopened.body).toMatchObject({ status: 'RETURNED', comments: [{ indicatorCode: null, comment: '佐证材料与填报数值不一致，请核对后重新提交' }] });
      expectProblem(
        await http()
          .post(`${sheetUrl(ownConsortium.id)}/reopen`)
          .set(bearer(token.taskforce))
          .send({ reason: '再次打开' }),
        409,
        'ANSWER_SHEET_STATUS',
      );
      const overview = await http()
        .get(`/api/v1/evaluation/rounds/${rounds['2026Q4']}/answer-sheets`)
        .query({ status: 'RETURNED' })
        .set(bearer(token.taskforce))
        .expect(200);
      expect(overview.body.items.map((i: { consortiumName: string }) => i.consortiumName)).toEqual([ownConsortium.name]);
      // The secretariat corrects and submits again.
      const again = await http()
        .post(`${sheetUrl(ownConsortium.id)}/submit`)
        .set(bearer(token.secretariat))
        .expect(200);
      expect(again.body.status).toBe('SUBMITTED');
    });

    it('reads the proposals in pages, filtered and counted by kind', async () => {
      // The demo publishes its rounds without events; publishing 2026Q3 now is what runs the rules.
      await dataSource.transaction((manager) =>
        // The demo's scoring has no digest; the rules read the round's code only.
        api.get(OutboxPublisher).publish(manager, RoundPublished.of(rounds['2026Q3'], { id: rounds['2026Q3'], code: '2026Q3', revision: 1, digest: 'demo' })),
      );
      const stored = await waitFor(
        async () => {
          const [{ done }] = await dataSource.query(`SELECT count(*)::int AS done FROM outbox_consumption WHERE consumer = 'adjustment.rules-after-round'`);
          if (done === 0) return undefined;
          const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM adjustment_proposal`);
          return n as number;
        },
        { what: () => 'the adjustment rules to run', timeoutMs: 30_000 },
      );
      expect(stored).toBeGreaterThan(2);
      const byKindSql: { kind: string; n: number }[] = await dataSource.query(
        `SELECT kind, count(*)::int AS n FROM adjustment_proposal WHERE status = 'PENDING' GROUP BY kind`,
      );
      const expected = ['STATUS', 'TIER', 'MEMBER_EXIT'].map((kind) => ({ kind, count: byKindSql.find((k) => k.kind === kind)?.n ?? 0 }));
      const pending = byKindSql.reduce((s, k) => s + k.n, 0);

      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const page = await http()
          .get('/api/v1/adjustment/proposals')
          .query({ status: 'PENDING', limit: 2, ...(after ? { after } : {}) })
          .set(bearer(token.taskforce))
          .expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        expect(page.body.total).toBe(pending);
        expect(page.body.byKind).toEqual(expected);
        seen.push(...page.body.items.map((p: { id: string }) => p.id));
        after = page.body.nextCursor ?? undefined;
        pages += 1;
      } while (after);
      expect(pages).toBe(Math.ceil(pending / 2));
      expect(new Set(seen).size).toBe(pending);

      const busiest = [...expected].sort((a, b) => b.count - a.count)[0];
      const ofKind = await http()
        .get('/api/v1/adjustment/proposals')
        .query({ status: 'PENDING', kind: busiest.kind, limit: 500 })
        .set(bearer(token.taskforce))
        .expect(200);
      expect(ofKind.body.items).toHaveLength(busiest.count);
      expect(ofKind.body.total).toBe(busiest.count);
      expect(ofKind.body.items.every((p: { kind: string }) => p.kind === busiest.kind)).toBe(true);
      expect(ofKind.body.byKind).toEqual(expected);

      const consortiumId = ofKind.body.items[0].consortiumId;
      const ofConsortium = await http().get('/api/v1/adjustment/proposals').query({ consortiumId }).set(bearer(token.taskforce)).expect(200);
      expect(ofConsortium.body.items.every((p: { consortiumId: string }) => p.consortiumId === consortiumId)).toBe(true);
      expect(ofConsortium.body.total).toBe(ofConsortium.body.items.length);

      expectProblem(await http().get('/api/v1/adjustment/proposals').query({ kind: 'MERGER' }).set(bearer(token.taskforce)), 400, 'VALIDATION_FAILED', 'kind');
      expectProblem(
        await http().get('/api/v1/adjustment/proposals').query({ after: 'bm90LWEtY3Vyc29y' }).set(bearer(token.taskforce)),
        400,
        'INVALID_CURSOR',
        'after',
      );
    });
  });

  describe('member unit (成员单位)', () => {
    it('keeps its own profile, but not its type, designations or another organization', async () => {
      const current = await http().get(`/api/v1/organizations/${ownOrganization.id}`).set(bearer(token.member)).expect(200);
      const { id: _id, uscc: _uscc, version: _v, createdAt: _c, updatedAt: _u, names: _n, ...profile } = current.body;
      const renamed = `${ownOrganization.name.replace(/（演示）$/, '')}股份（演示）`;
      const { isChainLeader: _a, isAboveScale: _b, integrationLevel: _i, parkLevel: _p, isKeyPark: _k, ...ownFields } = profile;
      const updated = await http()
        .put(`/api/v1/organizations/by-uscc/${ownOrganization.uscc}`)
        .set(bearer(token.member))
        .set('if-match', current.headers.etag)
        .send({ ...ownFields, name: renamed })
        .expect(200);
      // Designations left out are kept, not cleared.
      expect(updated.body).toMatchObject({ ...profile, name: renamed, version: current.body.version + 1 });
      const etag = updated.headers.etag;

      const typeChange = await http()
        .put(`/api/v1/organizations/by-uscc/${ownOrganization.uscc}`)
        .set(bearer(token.member))
        .set('if-match', etag)
        .send({ name: renamed, type: 'RESEARCH_INSTITUTE', districtCode: profile.districtCode });
      expectProblem(typeChange, 403, 'FIELD_NOT_EDITABLE', 'type');
      const designation = await http()
        .put(`/api/v1/organizations/by-uscc/${ownOrganization.uscc}`)
        .set(bearer(token.member))
        .set('if-match', etag)
        .send({ ...profile, name: renamed, isAboveScale: !profile.isAboveScale });
      expectProblem(designation, 403, 'FIELD_NOT_EDITABLE', 'isAboveScale');

      const [other] = await dataSource.query(`SELECT uscc FROM organization WHERE id <> $1 ORDER BY name LIMIT 1`, [ownOrganization.id]);
      expectProblem(
        await http()
          .put(`/api/v1/organizations/by-uscc/${other.uscc}`)
          .set(bearer(token.member))
          .send({ name: '冒名（演示）', type: 'ENTERPRISE', districtCode: '500118' }),
        404,
        'ORGANIZATION_NOT_FOUND',
      );
      expectProblem(
        await http()
          .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'MA0W0003')}`)
          .set(bearer(token.member))
          .send({ name: '新单位（演示）', type: 'ENTERPRISE', districtCode: '500118' }),
        404,
        'ORGANIZATION_NOT_FOUND',
      );
      const [stored] = await dataSource.query(`SELECT name, type FROM organization WHERE id = $1`, [ownOrganization.id]);
      expect(stored).toEqual({ name: renamed, type: profile.type });
      ownOrganization.name = renamed;
    });

    it('sees its own applications with the consortium’s name, and no one else’s', async () => {
      const [notYet] = await dataSource.query(
        `SELECT c.id, c.name FROM consortium c WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.consortium_id = c.id AND m.organization_id = $1)
           AND EXISTS (SELECT 1 FROM consortium_period p WHERE p.consortium_id = c.id AND p.valid_to IS NULL AND p.status = 'ACTIVE') ORDER BY c.name LIMIT 1`,
        [ownOrganization.id],
      );
      const filed = await http()
        .post(`/api/v1/consortia/${notYet.id}/applications`)
        .set(bearer(token.member))
        .send({
          organizationId: ownOrganization.id,
          kind: 'JOIN',
          requestedRole: 'MEMBER',
          effectiveOn: '2027-01-01',
          statement: '申请加入联合体，参与订单班培养',
        })
        .expect(201);
      const mine = await http().get(`/api/v1/organizations/${ownOrganization.id}/applications`).set(bearer(token.member)).expect(200);
      expect(mine.body.items[0]).toMatchObject({
        id: filed.body.id,
        consortiumId: notYet.id,
        consortiumName: notYet.name,
        organizationId: ownOrganization.id,
        organizationName: ownOrganization.name,
        status: 'SUBMITTED',
      });
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM membership_application WHERE organization_id = $1`, [ownOrganization.id]);
      expect(mine.body.items).toHaveLength(n);
      const submitted = await http()
        .get(`/api/v1/organizations/${ownOrganization.id}/applications`)
        .query({ status: 'APPROVED' })
        .set(bearer(token.member))
        .expect(200);
      expect(submitted.body.items.every((a: { status: string }) => a.status === 'APPROVED')).toBe(true);

      const [other] = await dataSource.query(`SELECT id FROM organization WHERE id <> $1 LIMIT 1`, [ownOrganization.id]);
      expectProblem(await http().get(`/api/v1/organizations/${other.id}/applications`).set(bearer(token.member)), 404, 'NOT_FOUND');
      expectProblem(
        await http().get(`/api/v1/organizations/${ownOrganization.id}/applications`).query({ status: 'PENDING' }).set(bearer(token.member)),
        400,
        'VALIDATION_FAILED',
        'status',
      );
      // The consortium's secretariat sees it in its own list; the task force reads the unit's.
      const byTaskforce = await http().get(`/api/v1/organizations/${ownOrganization.id}/applications`).set(bearer(token.taskforce)).expect(200);
      expect(byTaskforce.body.items.map((a: { id: string }) => a.id)).toContain(filed.body.id);
    });
  });

  /** A secretariat of another consortium, made for the scope checks. */
  async function otherSecretariatToken(): Promise<string> {
    const admin = (await http().post('/api/v1/auth/login').send({ username: 'admin.demo', password: 'demo-admin-password' }).expect(200)).body.accessToken;
    const created = await http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        username: 'other.secretariat',
        displayName: '其他联合体秘书处（演示）',
        password: 'other-secretariat-password',
        bindings: [{ role: 'secretariat', consortiumId: otherConsortium.id }],
      })
      .expect(201);
    expect(created.body.username).toBe('other.secretariat');
    return (await http().post('/api/v1/auth/login').send({ username: 'other.secretariat', password: 'other-secretariat-password' }).expect(200)).body
      .accessToken;
  }
});
