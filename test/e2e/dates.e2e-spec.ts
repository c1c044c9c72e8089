import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import pg from 'pg';
import request from 'supertest';
import { flattenValidationErrors, IS_CALENDAR_DATE, IS_DATE_TIME } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { makeUscc } from '#registry';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { requestDtosOf, routesOf } from '../support/routes.js';

/** Names that say "this is a date or an instant"; a request field named so must be validated as one. */
const DATE_NAME = /(On|At|Date|Deadline|Start|End|From|To|Until|Since)$|^(asOf|from|to|until|deadline|since|validFrom|validTo|termStart|termEnd)$/;

/** The other fields under which a conditionally validated date field is validated. */
const CONDITIONS: Record<string, object> = { 'DecideProposalDto.effectiveOn': { outcome: 'APPROVE' } };

const IMPOSSIBLE = ['2026-02-30', '2025-02-29', '2026-13-01', '0000-01-01', '2026-04-31'];

/** Every calendar date — in a body, a query, a path — is a real day, or a 400 problem naming the field; never a 500, never a silent roll-over. */
describe('dates at the edge', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let admin: string;
  let taskforce: string;
  let consortiumId: string;
  let organizationId: string;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    admin = (await loginAs(api, 'admin')).token;
    taskforce = (await loginAs(api, 'taskforce')).token;
    consortiumId = (
      await http()
        .post('/api/v1/consortia')
        .set(bearer(admin))
        .send({ name: '日期测试联合体（演示）', kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2024-02-29' })
        .expect(201)
    ).body.id;
    organizationId = (
      await http()
        .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'DT000001')}`)
        .set(bearer(admin))
        .send({ name: '日期测试企业（演示）', type: 'ENTERPRISE', districtCode: '500118' })
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  const counts = async () =>
    (
      await sql.query(`SELECT (SELECT count(*) FROM consortium)::int AS consortia, (SELECT count(*) FROM membership)::int AS memberships,
                             (SELECT count(*) FROM outbox_event)::int AS events, (SELECT count(*) FROM audit_event)::int AS audits`)
    ).rows[0];

  function expectDateProblem(res: request.Response, field: string, code = 'INVALID_DATE') {
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status: 400, type: expect.stringMatching(/^application\/problem\+json/) });
    expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: res.headers['x-request-id'] });
    expect(res.body.errors).toContainEqual({ field, code, message: expect.stringContaining(field) });
  }

  const readRoutes = () => [
    '/api/v1/official-list',
    '/api/v1/dashboard',
    '/api/v1/consortia',
    `/api/v1/consortia/${consortiumId}`,
    `/api/v1/consortia/${consortiumId}/members`,
    `/api/v1/consortia/${consortiumId}/governance`,
    `/api/v1/organizations/${organizationId}/consortia`,
    '/api/v1/memberships/export',
  ];

  it.each(IMPOSSIBLE)('refuses asOf=%s on every read that takes one, naming asOf', async (asOf) => {
    for (const url of readRoutes()) {
      const res = await http().get(url).query({ asOf }).set(bearer(admin));
      expectDateProblem(res, 'asOf');
    }
  });

  it('refuses an impossible asOf on the public official list without a token', async () => {
    expectDateProblem(await http().get('/api/v1/official-list').query({ asOf: '2026-02-30' }), 'asOf');
  });

  it('answers a leap day on every read that takes one', async () => {
    for (const url of readRoutes()) await http().get(url).query({ asOf: '2024-02-29' }).set(bearer(admin)).expect(200);
  });

  it('refuses an audit filter on a day that does not exist instead of rolling it over to March', async () => {
    for (const field of ['from', 'to']) {
      for (const value of ['2026-02-30', '2026-02-30T00:00:00Z', '2025-01-01T25:00:00Z', '2025-01-01T10:00:00']) {
        const res = await http()
          .get('/api/v1/audit-events')
          .query({ [field]: value })
          .set(bearer(admin));
        expectDateProblem(res, field, 'INVALID_DATE_TIME');
      }
    }
    await http().get('/api/v1/audit-events').query({ from: '2024-02-29', to: '2030-01-01T00:00:00+08:00' }).set(bearer(admin)).expect(200);
  });

  it('reads an audit filter given as a date as the start of that day in Asia/Shanghai', async () => {
    // The consortium above was created today; from tomorrow (Shanghai) nothing of it is listed, from today it is.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const page = await http().get('/api/v1/audit-events').query({ from: today, entityType: 'consortium' }).set(bearer(admin)).expect(200);
    expect(page.body.items.map((e: { entityId: string }) => e.entityId)).toContain(consortiumId);
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const none = await http().get('/api/v1/audit-events').query({ from: tomorrow, entityType: 'consortium' }).set(bearer(admin)).expect(200);
    expect(none.body.items).toEqual([]);
  });

  it.each(['2026-02-30', '2026-13-01', '0000-01-01', '2025-02-29'])('refuses body dates of %s, naming each field, and writes nothing', async (day) => {
    const before = await counts();
    const bodies: [string, string, object, string?][] = [
      ['/api/v1/consortia', 'establishedOn', { name: '坏日期联合体（演示）', kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: day }],
      [`/api/v1/consortia/${consortiumId}/decisions`, 'effectiveOn', { toStatus: 'ACTIVE', effectiveOn: day, reason: '工作专班审定入册' }, taskforce],
      [`/api/v1/consortia/${consortiumId}/memberships`, 'validFrom', { organizationId, role: 'MEMBER', validFrom: day }],
      [`/api/v1/consortia/${consortiumId}/council-seats`, 'termStart', { organizationId, personName: '王某（演示）', position: 'DIRECTOR', termStart: day }],
      [
        `/api/v1/consortia/${consortiumId}/resolutions`,
        'adoptedOn',
        { number: '理事会决议〔2026〕1号', adoptedOn: day, title: '章程', text: '通过章程', votesFor: 9, votesAgainst: 0, abstentions: 1 },
      ],
      [
        `/api/v1/consortia/${consortiumId}/delegated-powers`,
        'grantedOn',
        { item: 'SPECIAL_FUNDS', grantedBy: '永川区人民政府', grantedOn: day, scope: '区级专项资金' },
        taskforce,
      ],
      [`/api/v1/consortia/${consortiumId}/applications`, 'effectiveOn', { organizationId, kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: day }],
    ];
    for (const [url, field, body, token] of bodies)
      expectDateProblem(
        await http()
          .post(url)
          .set(bearer(token ?? admin))
          .send(body),
        field,
      );
    expect(await counts()).toEqual(before);
  });

  it('takes a leap day in a body', async () => {
    await http()
      .post(`/api/v1/consortia/${consortiumId}/memberships`)
      .set(bearer(admin))
      .send({ organizationId, role: 'MEMBER', validFrom: '2024-02-29' })
      .expect(201);
  });

  /**
   * Walks every route's body and query DTOs (and the DTOs nested in them): a field whose name says
   * date, or whose contract says `format: date`/`date-time`, is validated as a calendar date or an
   * instant, its contract says which, and an impossible date is refused naming it. A new date field
   * cannot escape the check.
   */
  it('validates every date field of every request DTO as a real date, and the contract says so', async () => {
    const storage = getMetadataStorage();
    const seen = new Set<Function>();
    const found: string[] = [];
    const problems: string[] = [];
    const walk = async (type: Function, where: string): Promise<void> => {
      if (seen.has(type)) return;
      seen.add(type);
      const metas = storage.getTargetValidationMetadatas(type, '', true, false);
      for (const name of [...new Set(metas.map((m) => m.propertyName))]) {
        const constraints = new Set(
          metas.filter((m) => m.propertyName === name).map((m) => m.name ?? (m.constraintCls as Function | undefined)?.name ?? m.type),
        );
        const swagger = (Reflect.getMetadata('swagger/apiModelProperties', type.prototype, name) ?? {}) as { format?: string; type?: unknown };
        if (typeof swagger.type === 'function' && swagger.type.prototype && ![String, Number, Boolean, Object, Array].includes(swagger.type as never))
          await walk(swagger.type, `${where}.${name}`);
        if (Array.isArray(swagger.type) && typeof swagger.type[0] === 'function') await walk(swagger.type[0] as Function, `${where}.${name}[]`);
        const isDate = constraints.has(IS_CALENDAR_DATE);
        const isDateTime = constraints.has(IS_DATE_TIME);
        const looksLikeDate = DATE_NAME.test(name) || swagger.format === 'date' || swagger.format === 'date-time';
        if (!isDate && !isDateTime) {
          if (looksLikeDate && !constraints.has('isIn') && !constraints.has('isUuid'))
            problems.push(`${where}.${name} looks like a date but is not validated as one (${[...constraints].join(', ')})`);
          continue;
        }
        found.push(`${where}.${name}`);
        if (isDate && swagger.format !== 'date') problems.push(`${where}.${name} is a calendar date but its contract says format ${swagger.format}`);
        if (isDateTime && swagger.format !== 'date-time') problems.push(`${where}.${name} is an instant but its contract says format ${swagger.format}`);
        for (const bad of IMPOSSIBLE) {
          const context = constraints.has('conditionalValidation') ? CONDITIONS[`${type.name}.${name}`] : {};
          if (!context) {
            problems.push(`${where}.${name} is validated only under a condition: name the condition in CONDITIONS`);
            break;
          }
          const errors = flattenValidationErrors(await validate(plainToInstance(type as new () => object, { ...context, [name]: bad })));
          if (!errors.some((e) => e.field === name && e.code === (isDate ? 'INVALID_DATE' : 'INVALID_DATE_TIME')))
            problems.push(`${where}.${name} accepts ${bad}`);
        }
      }
    };
    for (const { key, type } of requestDtosOf(api)) await walk(type, `${key} ${type.name}`);
    expect(problems).toEqual([]);
    // The date fields the contract has today, so the walk is known to reach them.
    for (const field of [
      'establishedOn',
      'effectiveOn',
      'validFrom',
      'termStart',
      'termEnd',
      'adoptedOn',
      'grantedOn',
      'asOf',
      'from',
      'to',
      'deadline',
      'until',
      'rectificationDeadline',
    ]) {
      expect(found.some((f) => f.endsWith(`.${field}`))).toBe(true);
    }
  });

  it('lists no path parameter that is a date without validating it', () => {
    // Path parameters are checked by pipes (UuidParam, year and quarter pipes); none of them is a date today.
    const dated = routesOf(api)
      .flatMap((r) => [...r.path.matchAll(/:(\w+)/g)].map((m) => m[1]))
      .filter((p) => DATE_NAME.test(p));
    expect(dated).toEqual([]);
  });
});
