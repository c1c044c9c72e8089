import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { LedgerQueues, SupervisionJob } from '#ledger/contracts';
import { type Environment, workerConnection } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { SCHOOL_LIST_NAME, SCHOOL_TASKS, taskListWorkbook, YONGCHUAN, YONGCHUAN_LIST_NAME, YONGCHUAN_TASKS } from '../../seeds/ledger-demo-data.js';
import { startApi, startWorker } from '../support/apps.js';
import { districtSystem, type DistrictSystem } from '../support/district.js';
import { bearer, loginAs } from '../support/identity.js';
import { Receiver, RETRY_SCHEDULE } from '../support/webhooks.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEAR = 2026;

interface Task {
  id: string;
  seq: string | null;
  title: string;
  listName: string | null;
  status: string;
  targetKind: string;
  targetValue: number | null;
  targetUnit: string | null;
  leadUnit: { id: string; name: string };
  responsibleUnits: { id: string; name: string }[];
  milestones: { id: string; title: string; dueOn: string; state: string }[];
}

interface Notice {
  kind: string;
  taskTitle: string;
  milestoneTitle: string | null;
  unitName: string | null;
  noticeOn: string;
  days: number;
  message: string;
}

/**
 * The ledger end to end: the two task lists of seeds/002 imported from XLSX, progress reported and
 * reviewed, a milestone let pass unreported (the supervision runs as of days the test names — the
 * daily job runs it as of today), with the reminder, the overdue status and notices, the
 * escalation, the pace flag, dependencies and their cycle, the rollups, the timetable and task map,
 * the change feed per district, and refusals with problem+json naming the field.
 */
describe('工作台账: import, progress, supervision, rollups', () => {
  let db: TestDatabase;
  let env: Environment;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let taskforce: string;
  let secretariat: string;
  let member: string;
  const memberOrganization = randomUUID();
  let tasks: Task[];
  const receiver = new Receiver();
  const systems = {} as Record<'own' | 'elsewhere', DistrictSystem>;
  const byTitle = (title: string) => tasks.find((t) => t.title === title)!;

  const http = () => request(api.getHttpServer());
  const get = (path: string, token = taskforce) => http().get(path).set(bearer(token));
  const post = (path: string, body: object, token = taskforce) => http().post(path).set(bearer(token)).send(body);
  const supervise = (asOf: string) => post('/api/v1/ledger/supervision/runs', { asOf }).expect(200);
  const statusOn = async (taskId: string, asOf: string) => (await get(`/api/v1/ledger/tasks/${taskId}?asOf=${asOf}`).expect(200)).body.status as string;
  const upload = (file: Buffer, query: string, type = XLSX) =>
    http().post(`/api/v1/ledger/imports?${query}`).set(bearer(taskforce)).set('content-type', type).send(file);

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url, WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    api = await startApi(env);
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
    secretariat = (await loginAs(api, 'secretariat', { consortiumId: randomUUID() })).token;
    member = (await loginAs(api, 'member', { organizationId: memberOrganization })).token;
    await receiver.start();
    for (const [name, code] of [
      ['own', YONGCHUAN],
      ['elsewhere', '500101'],
    ] as const) {
      systems[name] = await districtSystem(api, code, ['feed:read', 'webhooks:manage']);
      await http()
        .post('/api/v1/webhook-subscriptions')
        .set(bearer(systems[name].token))
        .send({ url: receiver.url(`/d${code}`), eventTypes: ['ledger.notice.raised'], description: `区县 ${code} 督办通知` })
        .expect(201);
    }
    // Two apps, three accounts, two district systems with subscriptions: slow on a loaded machine.
  }, 180_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await receiver.stop();
    await db?.drop();
  });

  it('registers the daily supervision with BullMQ’s job scheduler when the worker starts', async () => {
    const queue = new Queue(LedgerQueues.ledger.name, { connection: workerConnection(env.REDIS_URL), prefix: env.QUEUE_PREFIX });
    try {
      const scheduler = await queue.getJobScheduler(SupervisionJob.scheduler);
      expect(scheduler).toMatchObject({ name: SupervisionJob.name, pattern: SupervisionJob.pattern, tz: 'Asia/Shanghai' });
      expect(await queue.getJobSchedulersCount()).toBe(1);
    } finally {
      await queue.close();
    }
  });

  it('imports the two task lists of seeds/002 from XLSX, verbatim in their tasks and lead units', async () => {
    const yongchuan = await upload(
      await taskListWorkbook(YONGCHUAN_TASKS),
      `year=${YEAR}&listName=${encodeURIComponent(YONGCHUAN_LIST_NAME)}&districtCode=${YONGCHUAN}`,
    ).expect(201);
    expect(yongchuan.body).toMatchObject({ listName: YONGCHUAN_LIST_NAME, year: YEAR, created: 20 });
    const schools = await upload(
      await taskListWorkbook(SCHOOL_TASKS),
      `year=${YEAR}&listName=${encodeURIComponent(SCHOOL_LIST_NAME)}&districtCode=${YONGCHUAN}`,
    ).expect(201);
    expect(schools.body.created).toBe(30);
    // The same list again: refused, nothing added.
    const again = await upload(
      await taskListWorkbook(YONGCHUAN_TASKS),
      `year=${YEAR}&listName=${encodeURIComponent(YONGCHUAN_LIST_NAME)}&districtCode=${YONGCHUAN}`,
    ).expect(409);
    expect(again.body).toMatchObject({ code: 'TASK_LIST_ALREADY_IMPORTED', errors: [{ field: 'listName' }] });

    tasks = (await get(`/api/v1/ledger/tasks?year=${YEAR}&asOf=2026-03-01`).expect(200)).body.items;
    expect(tasks).toHaveLength(50);
    const list = (name: string) => tasks.filter((t) => t.listName === name).map((t) => [t.seq, t.title, t.leadUnit.name]);
    expect(list(YONGCHUAN_LIST_NAME)).toEqual(YONGCHUAN_TASKS.map((t) => [t.seq, t.title, t.lead]));
    expect(list(SCHOOL_LIST_NAME)).toEqual(SCHOOL_TASKS.map((t) => [t.seq, t.title, t.responsible]));
    expect(byTitle('职业教育综合用地面积达 20 平方公里')).toMatchObject({
      targetKind: 'INDICATOR',
      targetValue: 20,
      targetUnit: '平方公里',
      status: 'NOT_STARTED',
    });
    expect(byTitle('中职教育与普通教育比例为 4.5:5.5')).toMatchObject({ targetKind: 'DELIVERABLE', targetValue: null });
    expect(byTitle('“一带一路”沿线国家建立“鲁班工坊”2-3个').responsibleUnits.map((u) => u.name)).toEqual(['各职业院校']);
    expect(tasks.every((t) => t.milestones.length === 1 && t.milestones[0].dueOn === '2026-12-31')).toBe(true);

    const units = (await get('/api/v1/ledger/units').expect(200)).body.items as { name: string; kind: string; districtCode: string | null }[];
    expect(
      units
        .filter((u) => u.kind === 'DEPARTMENT')
        .map((u) => u.name)
        .sort(),
    ).toEqual(['市人力社保局', '市发展改革委', '市教委', '市科技局', '市经济信息委', '市财政局'].sort());
    expect(units.find((u) => u.name === '区发展改革委')).toMatchObject({ kind: 'DISTRICT_AGENCY', districtCode: YONGCHUAN });
    expect(units.find((u) => u.name === '各职业院校')).toMatchObject({ kind: 'GROUP' });
  });

  it('refuses a task list with bad rows as a whole, naming each row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['序号', '任务内容', '牵头单位', '完成时限']);
    sheet.addRow([1, '建成示范性虚拟仿真实训基地 3个', '区教委', '2026-13-40']);
    sheet.addRow([2, '建设产教融合实训基地', '', '2026-10-01']);
    sheet.addRow([2, '重复序号的任务', '区教委', '']);
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), `year=${YEAR}&listName=${encodeURIComponent('坏清单')}`).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('TASK_LIST_INVALID');
    expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['rows[1].due', 'INVALID_DATE'],
      ['rows[2].lead', 'UNIT_REQUIRED'],
      ['rows[3].seq', 'DUPLICATE_SEQ'],
    ]);
    const noTitle = new ExcelJS.Workbook();
    noTitle.addWorksheet('清单').addRow(['序号', '牵头单位']);
    const header = await upload(Buffer.from(await noTitle.xlsx.writeBuffer()), `year=${YEAR}&listName=x`).expect(422);
    expect(header.body.errors).toEqual([expect.objectContaining({ field: 'rows[0].title', code: 'MISSING_COLUMN' })]);
    const district = await upload(await taskListWorkbook(YONGCHUAN_TASKS), `year=${YEAR}&listName=x&districtCode=999999`).expect(422);
    expect(district.body).toMatchObject({ code: 'UNKNOWN_DISTRICT', errors: [{ field: 'districtCode' }] });
    const noYear = await upload(Buffer.from('x'), `listName=x`).expect(400);
    expect(noYear.body.errors.map((e: { field: string }) => e.field)).toContain('year');
    expect((await get(`/api/v1/ledger/tasks?year=${YEAR}`).expect(200)).body.items).toHaveLength(50);
  });

  it('takes progress from a responsible unit’s own staff, reviewed by the task force; others cannot report or see it', async () => {
    const unit = (
      await post('/api/v1/ledger/units', {
        name: '重庆永川职业教育中心（演示）',
        kind: 'ORGANIZATION',
        organizationId: memberOrganization,
        districtCode: YONGCHUAN,
      }).expect(201)
    ).body;
    const units = (await get('/api/v1/ledger/units').expect(200)).body.items as { id: string; name: string }[];
    const education = units.find((u) => u.name === '区教委')!;
    const created = await post('/api/v1/ledger/tasks', {
      year: YEAR,
      districtCode: YONGCHUAN,
      title: '建成市级及以上产教融合实训基地 4个',
      target: { kind: 'INDICATOR', value: 4, unit: '个' },
      leadUnitId: education.id,
      responsibleUnitIds: [unit.id],
      dueOn: '2026-12-31',
      milestones: [
        { title: '完成基地建设方案', dueOn: '2026-09-30', targetValue: 2 },
        { title: '通过验收', dueOn: '2026-12-31', targetValue: 4 },
      ],
    }).expect(201);
    const task = created.body as Task;
    expect(await statusOn(task.id, '2026-05-01')).toBe('NOT_STARTED');

    const report = await post(
      `/api/v1/ledger/milestones/${task.milestones[0].id}/reports`,
      {
        unitId: unit.id,
        reportedOn: '2026-05-10',
        valueReached: 1,
        narrative: '已完成 1 个基地建设方案，报区教委审核',
        evidence: [{ name: '建设方案.pdf' }],
        done: false,
      },
      member,
    ).expect(201);
    expect(report.body).toMatchObject({ status: 'SUBMITTED', unitName: '重庆永川职业教育中心（演示）', valueReached: 1 });
    // Not its unit: refused naming the field; not its task: as if it did not exist.
    const other = await post(
      `/api/v1/ledger/milestones/${task.milestones[0].id}/reports`,
      { unitId: education.id, narrative: '代报', done: false },
      member,
    ).expect(403);
    expect(other.body).toMatchObject({ code: 'NOT_YOUR_UNIT', errors: [{ field: 'unitId' }] });
    const yongchuan14 = byTitle('建设工程师学院、产业学院 12 个');
    await get(`/api/v1/ledger/tasks/${yongchuan14.id}`, member).expect(404);
    await post(`/api/v1/ledger/milestones/${yongchuan14.milestones[0].id}/reports`, { unitId: unit.id, narrative: '越权报送', done: false }, member).expect(
      404,
    );
    expect((await get(`/api/v1/ledger/tasks?year=${YEAR}`, member).expect(200)).body.items.map((t: Task) => t.id)).toEqual([task.id]);
    expect((await get(`/api/v1/ledger/tasks?year=${YEAR}`, secretariat).expect(200)).body.items).toEqual([]);
    // Bad input: problem+json naming the field.
    const future = await post(
      `/api/v1/ledger/milestones/${task.milestones[0].id}/reports`,
      { unitId: unit.id, reportedOn: '2999-01-01', narrative: '未来的报告', done: false },
      member,
    ).expect(422);
    expect(future.body).toMatchObject({ code: 'REPORTED_ON_IN_FUTURE', errors: [{ field: 'reportedOn' }] });
    const malformed = await post(
      `/api/v1/ledger/milestones/${task.milestones[0].id}/reports`,
      { unitId: unit.id, narrative: '值不对', valueReached: -3, done: 'yes' },
      member,
    ).expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['done', 'valueReached']);

    const returned = await post(`/api/v1/ledger/reports/${report.body.id}/review`, { outcome: 'RETURN' }).expect(422);
    expect(returned.body.errors).toEqual([expect.objectContaining({ field: 'note', code: 'NOTE_REQUIRED' })]);
    await post(`/api/v1/ledger/reports/${report.body.id}/review`, { outcome: 'ACCEPT' }).expect(200);
    const again = await post(`/api/v1/ledger/reports/${report.body.id}/review`, { outcome: 'ACCEPT' }).expect(409);
    expect(again.body.code).toBe('REPORT_ALREADY_REVIEWED');
    const view = (await get(`/api/v1/ledger/tasks/${task.id}?asOf=2026-06-01`, member).expect(200)).body;
    expect(view).toMatchObject({ status: 'ON_TRACK', valueReached: 1, progressPercent: 25 });
  });

  it('lets a milestone pass unreported: a reminder, then AT_RISK, OVERDUE, notices every week, and an escalation to the task force', async () => {
    const task = byTitle('建设工程师学院、产业学院 12 个');
    const added = await post(`/api/v1/ledger/tasks/${task.id}/milestones`, { title: '年中建成 6 个', dueOn: '2026-06-30', targetValue: 6 }).expect(201);
    const midYear = (added.body as Task).milestones.find((m) => m.title === '年中建成 6 个')!;
    expect(midYear.dueOn).toBe('2026-06-30');

    expect(await statusOn(task.id, '2026-06-01')).toBe('NOT_STARTED');
    expect(await statusOn(task.id, '2026-06-20')).toBe('AT_RISK');
    const early = await supervise('2026-06-25');
    expect(early.body.raised).toEqual({ DUE_SOON: 1, OVERDUE: 0, ESCALATION: 0, TOO_FAST: 0 });
    expect(early.body.notices[0].message).toBe(
      '【到期提醒】“建设工程师学院、产业学院 12 个”的节点“年中建成 6 个”将于 2026-06-30 到期（还有 5 天），请区发展改革委按时报送完成情况。',
    );
    // The same day again, and the next day: nothing new (one reminder per milestone and unit).
    expect((await supervise('2026-06-25')).body.raised).toEqual({ DUE_SOON: 0, OVERDUE: 0, ESCALATION: 0, TOO_FAST: 0 });
    expect((await supervise('2026-06-26')).body.raised).toEqual({ DUE_SOON: 0, OVERDUE: 0, ESCALATION: 0, TOO_FAST: 0 });

    expect(await statusOn(task.id, '2026-07-01')).toBe('OVERDUE');
    expect((await supervise('2026-07-01')).body.raised).toEqual({ DUE_SOON: 0, OVERDUE: 1, ESCALATION: 0, TOO_FAST: 0 });
    expect((await supervise('2026-07-03')).body.raised).toEqual({ DUE_SOON: 0, OVERDUE: 0, ESCALATION: 0, TOO_FAST: 0 });
    const week = await supervise('2026-07-08');
    expect(week.body.raised).toEqual({ DUE_SOON: 0, OVERDUE: 1, ESCALATION: 1, TOO_FAST: 0 });
    expect((await supervise('2026-07-08')).body.raised).toEqual({ DUE_SOON: 0, OVERDUE: 0, ESCALATION: 0, TOO_FAST: 0 });

    const inbox = (await get(`/api/v1/ledger/units/${task.leadUnit.id}/inbox`).expect(200)).body.items as Notice[];
    expect(inbox.map((n) => [n.kind, n.noticeOn, n.days, n.unitName, n.milestoneTitle])).toEqual([
      ['OVERDUE', '2026-07-08', 8, '区发展改革委', '年中建成 6 个'],
      ['OVERDUE', '2026-07-01', 1, '区发展改革委', '年中建成 6 个'],
      ['DUE_SOON', '2026-06-25', 5, '区发展改革委', '年中建成 6 个'],
    ]);
    expect(inbox[1].message).toBe(
      '【逾期督办】“建设工程师学院、产业学院 12 个”的节点“年中建成 6 个”已于 2026-06-30 到期，逾期 1 天仍未报送完成，请区发展改革委抓紧推进并报送进展。',
    );
    const escalations = (await get('/api/v1/ledger/supervision/notices?kind=ESCALATION').expect(200)).body.items as Notice[];
    expect(escalations).toEqual([
      expect.objectContaining({
        kind: 'ESCALATION',
        kindLabel: '提级督办',
        unitName: null,
        noticeOn: '2026-07-08',
        days: 8,
        message:
          '【提级督办】“建设工程师学院、产业学院 12 个”的节点“年中建成 6 个”逾期 8 天，已督办 2 次仍未完成（责任单位：区发展改革委），提请工作专班督办。',
      }),
    ]);
    // A unit's inbox is its own staff's (and the task force's) only.
    await get(`/api/v1/ledger/units/${task.leadUnit.id}/inbox`, member).expect(404);
  });

  it('runs the same sweep from the worker’s supervision job, once per day however often the job runs', async () => {
    const task = byTitle('建设工程师学院、产业学院 12 个');
    const queue = new Queue(LedgerQueues.ledger.name, { connection: workerConnection(env.REDIS_URL), prefix: env.QUEUE_PREFIX });
    try {
      const jobs = [await queue.add(SupervisionJob.name, { asOf: '2026-07-15' }), await queue.add(SupervisionJob.name, { asOf: '2026-07-15' })];
      await waitFor(async () => (await Promise.all(jobs.map((j) => j.getState()))).every((s) => s === 'completed'));
      expect((await Promise.all(jobs.map(async (j) => (await queue.getJob(j.id!))!.returnvalue))).sort((a, b) => b.OVERDUE - a.OVERDUE)).toEqual([
        { DUE_SOON: 0, OVERDUE: 1, ESCALATION: 0, TOO_FAST: 0 },
        { DUE_SOON: 0, OVERDUE: 0, ESCALATION: 0, TOO_FAST: 0 },
      ]);
    } finally {
      await queue.close();
    }
    const inbox = (await get(`/api/v1/ledger/units/${task.leadUnit.id}/inbox?kind=OVERDUE&from=2026-07-15`).expect(200)).body.items as Notice[];
    expect(inbox.map((n) => [n.noticeOn, n.days])).toEqual([['2026-07-15', 15]]);
  });

  it('flags a task reported done implausibly far ahead of its pace, once', async () => {
    const task = byTitle('市级及以上职教名师 2名');
    const report = await post(`/api/v1/ledger/milestones/${task.milestones[0].id}/reports`, {
      unitId: task.leadUnit.id,
      reportedOn: '2026-01-20',
      valueReached: 2,
      narrative: '已认定市级职教名师 2 名',
      done: true,
    }).expect(201);
    await post(`/api/v1/ledger/reports/${report.body.id}/review`, { outcome: 'ACCEPT' }).expect(200);
    expect(await statusOn(task.id, '2026-01-21')).toBe('DONE');
    expect(await statusOn(task.id, '2026-01-19')).toBe('NOT_STARTED');
    const run = await supervise('2026-01-21');
    expect(run.body.raised).toEqual({ DUE_SOON: 0, OVERDUE: 0, ESCALATION: 0, TOO_FAST: 1 });
    expect(run.body.notices[0].message).toBe(
      '【进度异常】“市级及以上职教名师 2名”于 2026-01-20 报告全部完成，距完成时限 2026-12-31 尚早，计划时间仅过去 5%，请工作专班核实（不要盲目求多求快）。',
    );
    expect((await supervise('2026-01-22')).body.raised.TOO_FAST).toBe(0);
  });

  it('keeps dependencies acyclic (422 naming the cycle) and a task from being done before what it depends on', async () => {
    const university = byTitle('支持重庆文理学院申硕建大');
    const master = byTitle('重庆文理学院 2021 年成为硕士授权单位，2030 年前更名为大学');
    await post(`/api/v1/ledger/tasks/${university.id}/dependencies`, { dependsOnId: master.id }).expect(201);
    const cycle = await post(`/api/v1/ledger/tasks/${master.id}/dependencies`, { dependsOnId: university.id }).expect(422);
    expect(cycle.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(cycle.body).toMatchObject({
      code: 'DEPENDENCY_CYCLE',
      errors: [
        {
          field: 'dependsOnId',
          code: 'DEPENDENCY_CYCLE',
          message:
            '形成循环依赖：重庆文理学院 2021 年成为硕士授权单位，2030 年前更名为大学 → 支持重庆文理学院申硕建大 → 重庆文理学院 2021 年成为硕士授权单位，2030 年前更名为大学',
        },
      ],
    });
    const report = await post(`/api/v1/ledger/milestones/${university.milestones[0].id}/reports`, {
      unitId: university.leadUnit.id,
      reportedOn: '2026-06-01',
      narrative: '申硕材料已报送',
      done: true,
    }).expect(201);
    const refused = await post(`/api/v1/ledger/reports/${report.body.id}/review`, { outcome: 'ACCEPT' }).expect(422);
    expect(refused.body).toMatchObject({
      code: 'DEPENDENCY_NOT_DONE',
      errors: [{ field: 'outcome', message: '所依赖的任务尚未完成：重庆文理学院 2021 年成为硕士授权单位，2030 年前更名为大学' }],
    });
    const map = (await get(`/api/v1/ledger/task-map?year=${YEAR}&asOf=2026-07-08`).expect(200)).body;
    expect(map.nodes).toHaveLength(51);
    expect(map.edges).toEqual([{ kind: 'DEPENDS_ON', from: university.id, to: master.id }]);
  });

  it('rolls completion up by unit, district and city-wide, and lays out the timetable', async () => {
    // As of 2026-07-08, of 51 tasks: 市级及以上职教名师 done; the engineer-college task overdue; the
    // training-base task and the university task (its done report waiting) on track; 47 not started.
    const rollups = (await get(`/api/v1/ledger/rollups?year=${YEAR}&asOf=2026-07-08`).expect(200)).body;
    expect(rollups.city).toEqual({ total: 51, done: 1, onTrack: 2, atRisk: 0, overdue: 1, notStarted: 47, completionPercent: 2 });
    expect(rollups.byDistrict).toEqual([
      { id: YONGCHUAN, name: '永川区', total: 51, done: 1, onTrack: 2, atRisk: 0, overdue: 1, notStarted: 47, completionPercent: 2 },
    ]);
    const unit = (name: string) => rollups.byUnit.find((u: { name: string }) => u.name === name);
    expect(unit('区发展改革委')).toMatchObject({ total: 5, overdue: 1, done: 0, notStarted: 4, completionPercent: 0 });
    expect(unit('各职业院校')).toMatchObject({ total: 27, done: 1, notStarted: 26, completionPercent: 3.7 });
    expect(unit('永川高新区管委会')).toMatchObject({ total: 7, onTrack: 1, notStarted: 6 });
    expect(rollups.byConsortium).toEqual([]);
    const timetable = (await get(`/api/v1/ledger/timetable?year=${YEAR}&asOf=2026-07-08`).expect(200)).body;
    const row = timetable.rows.find((r: { title: string }) => r.title === '建设工程师学院、产业学院 12 个');
    expect(row).toMatchObject({ leadUnitName: '区发展改革委', startOn: '2026-01-01', dueOn: '2026-12-31', status: 'OVERDUE', statusLabel: '逾期' });
    expect(row.milestones.map((m: { title: string; state: string }) => [m.title, m.state])).toEqual([
      ['年中建成 6 个', 'LATE'],
      ['完成', 'OPEN'],
    ]);
  });

  it('scores the district by the versioned method and exports the scorecard with Chinese headers', async () => {
    // No consortium on the list, no annual competition, no directory, no supply–demand figure: the
    // ledger components only. 永川区 on 2026-07-08: 51 tasks, 1 done → 2.0 %; 50 not overdue → 98.0 %;
    // method 2: (0.2·2 + 0.15·98) / 0.35 = (0.4 + 14.7) / 0.35 = 43.14… → 43.1;
    // method 1 (as before): (0.3·2 + 0.2·98) / 0.5 = (0.6 + 19.6) / 0.5 = 40.4.
    const row = {
      districtCode: YONGCHUAN,
      districtName: '永川区',
      consortia: 0,
      rankedConsortia: 0,
      results: null,
      tasks: 51,
      completion: 2,
      onTime: 98,
      directoryUnits: 0,
      coveredUnits: 0,
      coverage: null,
      supplyDemand: null,
    };
    const card = (await get(`/api/v1/ledger/district-scorecard?year=${YEAR}&asOf=2026-07-08`).expect(200)).body;
    expect(card).toEqual({
      year: YEAR,
      asOf: '2026-07-08',
      methodVersion: 2,
      weights: { results: 0.4, completion: 0.2, onTime: 0.15, coverage: 0.15, supplyDemand: 0.1 },
      rows: [{ ...row, score: 43.1, rank: 1 }],
    });
    const v1 = (await get(`/api/v1/ledger/district-scorecard?year=${YEAR}&asOf=2026-07-08&method=1`).expect(200)).body;
    expect(v1).toEqual({
      year: YEAR,
      asOf: '2026-07-08',
      methodVersion: 1,
      weights: { results: 0.5, completion: 0.3, onTime: 0.2 },
      rows: [{ ...row, score: 40.4, rank: 1 }],
    });
    const file = await http()
      .get(`/api/v1/ledger/district-scorecard/export?year=${YEAR}&asOf=2026-07-08`)
      .set(bearer(taskforce))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as ArrayBuffer);
    const rows = workbook.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      [
        '排名',
        '区县',
        '区县代码',
        '在册联合体数',
        '参评联合体数',
        '赛马成绩得分',
        '台账任务数',
        '台账完成率(%)',
        '按时推进率(%)',
        '名录单位数',
        '覆盖单位数',
        '成员覆盖率(%)',
        '供需对接得分',
        '综合得分',
        '评价方法版本',
      ],
      [1, '永川区', '500118', 0, 0, '', 51, 2, 98, 0, 0, '', '', 43.1, 'v2'],
    ]);
    await get(`/api/v1/ledger/district-scorecard?year=${YEAR}`, secretariat).expect(403);
  });

  it('puts the ledger’s events in the change feed and webhooks of the district concerned only', async () => {
    const { own, elsewhere } = systems;
    const feed = async (token: string) => {
      const types: string[] = [];
      let after = '0';
      for (;;) {
        const page = (await http().get(`/api/v1/changes?after=${after}&limit=500`).set(bearer(token)).expect(200)).body;
        types.push(...page.items.map((i: { type: string }) => i.type));
        if (!page.hasMore) return types;
        after = page.nextCursor;
      }
    };
    await waitFor(async () => (await feed(own.token)).filter((t) => t === 'ledger.notice.raised').length === 6);
    const seen = await feed(own.token);
    expect(seen.filter((t) => t === 'ledger.task.created')).toHaveLength(51);
    expect(seen.filter((t) => t.startsWith('ledger.report.')).sort()).toEqual([
      ...Array(2).fill('ledger.report.accepted'),
      ...Array(3).fill('ledger.report.submitted'),
    ]);
    expect((await feed(elsewhere.token)).filter((t) => t.startsWith('ledger.'))).toEqual([]);
    const kinds = (path: string) => receiver.of(path).map((r) => JSON.parse(r.body) as { type: string; data: { kind: string; message: string } });
    await waitFor(() => receiver.of(`/d${YONGCHUAN}`).length === 6);
    expect(kinds(`/d${YONGCHUAN}`).every((b) => b.type === 'ledger.notice.raised')).toBe(true);
    expect(
      kinds(`/d${YONGCHUAN}`)
        .map((b) => b.data.kind)
        .sort(),
    ).toEqual(['DUE_SOON', 'ESCALATION', 'OVERDUE', 'OVERDUE', 'OVERDUE', 'TOO_FAST']);
    expect(receiver.of('/d500101')).toEqual([]);
  });
});
