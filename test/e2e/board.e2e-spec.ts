import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { seedDemoData } from '../../seeds/demo-data.js';
import { startApi } from '../support/apps.js';
import { type Browser, chartsDrawn, launchChromium, watchErrors } from '../support/browser.js';

/**
 * 晾晒台 in a real browser (Debian's chromium through playwright-core): each view against the
 * demo data shows the public API's numbers (two decimals), draws every chart, logs no error and
 * passes axe-core without serious or critical violations. Screenshots go to test/output/board/.
 */
const SHOTS = new URL('../output/board/', import.meta.url);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const two = (n: number) => n.toFixed(2);
const signed = (n: number) => (n > 0 ? `+${two(n)}` : two(n));
const interval = ([a, b]: number[]) => (a === b ? `第${a}名` : `第${a}–${b}名`);

type Row = { id: string } & Record<string, string>;
const problemOf = async (res: Response) => (await res.json()) as { code: string; errors: { field: string }[] };

describe('the public board (晾晒) in chromium', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let dataSource: DataSource;
  let browser: Browser;
  let base: string;
  const json = async <T = any>(path: string): Promise<T> => {
    const res = await fetch(`${base}/api/v1/${path}`);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    dataSource = api.get<DataSource>(getDataSourceToken());
    expect(await seedDemoData(dataSource)).toBe(true);
    // The demo selects no best practice: one for 2026Q3's L1, as the task force's selection leaves it.
    const [top] = await dataSource.query(
      `SELECT x.round_id, x.consortium_id FROM round_result x JOIN evaluation_round r ON r.id = x.round_id WHERE r.code = '2026Q3' AND x.level = 'L1' ORDER BY x.rank LIMIT 1`,
    );
    await dataSource.query(
      `INSERT INTO best_practice (round_id, consortium_id, level, title, summary, dimension, status, shortlisted_at, selected_at, selected_by)
       VALUES ($1, $2, 'L1', '校企共建产业学院', '与龙头企业共建产业学院，订单班培养学生三百余名。', 'TALENT_CULTIVATION', 'SELECTED', now(), now(), 'test')`,
      [top.round_id, top.consortium_id],
    );
    base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.drop();
  }, 120_000);

  /** Opens a view in a new page, waits until it is drawn, and checks what every view must be. */
  async function open(hash: string, view: string, shot: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/board${hash}`);
    await page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 30_000 });
    for (const chart of await chartsDrawn(page)) expect(chart).toEqual({ chart: chart.chart, canvases: 1, drawn: true });
    await page.addScriptTag({ content: AXE });
    const violations: { id: string; impact: string; nodes: unknown[] }[] = await page.evaluate(async () => {
      const result = await (
        globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }
      ).axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.screenshot({ path: new URL(`${shot}.png`, SHOTS).pathname, fullPage: true });
    expect(errors).toEqual([]);
    return { page, errors };
  }

  const rows = (page: Page, selector: string): Promise<Row[]> =>
    page.$$eval(`${selector} tbody tr[data-id]`, (trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-id')!,
        ...Object.fromEntries([...tr.querySelectorAll('[data-field]')].map((c) => [c.getAttribute('data-field')!, c.textContent!.trim()])),
      })),
    );

  it('reads only what is published: the scores of a published revision, the list per tier as the dashboard counts it', async () => {
    const rounds = (await json('evaluation/rankings')).items;
    for (const round of rounds) {
      const [ranking, scores] = await Promise.all([json(`evaluation/rankings/${round.id}`), json(`evaluation/rankings/${round.id}/scores`)]);
      expect(scores).toMatchObject({ roundId: round.id, code: round.code, revision: ranking.revision });
      expect(scores.items.map((i: any) => [i.consortiumId, i.name, i.level, i.status, i.total, i.rank, i.grade, i.rankInterval])).toEqual(
        ranking.items.map((i: any) => [i.consortiumId, i.name, i.level, i.status, i.total, i.rank, i.grade, i.rankInterval]),
      );
      expect(scores.dimensions.map((d: any) => d.name)).toEqual(['实体化运行', '资源共建共享', '多元共育人才培养', '教产互促服务发展', '数字赋能智慧治理']);
      expect(scores.items.every((i: any) => Object.keys(i.dimensionScores).length === 5 && !('explanation' in i) && !('contributions' in i))).toBe(true);
    }
    const [open] = await dataSource.query(`SELECT id FROM evaluation_round WHERE code = '2026Q4'`);
    const notPublished = await fetch(`${base}/api/v1/evaluation/rankings/${open.id}/scores`);
    expect([notPublished.status, (await problemOf(notPublished)).code]).toEqual([404, 'ROUND_NOT_PUBLISHED']);
    const revision = await fetch(`${base}/api/v1/evaluation/rankings/${rounds[0].id}/scores?revision=2`);
    expect([revision.status, (await problemOf(revision)).code]).toEqual([404, 'REVISION_NOT_PUBLISHED']);
    const badId = await fetch(`${base}/api/v1/evaluation/rankings/nope/scores`);
    expect(badId.status).toBe(400);
    const badDate = await fetch(`${base}/api/v1/official-list/progress?asOf=2026-02-30`);
    expect(badDate.status).toBe(400);
    expect((await problemOf(badDate)).errors.map((e) => e.field)).toEqual(['asOf']);

    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'taskforce.demo', password: 'demo-taskforce-password' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const dashboard: any = await (await fetch(`${base}/api/v1/dashboard?asOf=2026-09-30`, { headers: { authorization: `Bearer ${accessToken}` } })).json();
    const progress = await json('official-list/progress?asOf=2026-09-30');
    expect(progress).toEqual({ asOf: dashboard.asOf, targetYear: dashboard.targetYear, listed: dashboard.listed, tiers: dashboard.tiers });
    expect((await json('evaluation/annual-rankings')).items).toEqual([]);
  });

  it('serves the page and its assets from the project, nothing from elsewhere', async () => {
    const res = await fetch(`${base}/board`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('lang="zh-CN"');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.filter((a) => a.startsWith('/board/assets/'))).toHaveLength(2);
    expect(assets.filter((a) => !a.startsWith('/board/assets/') && !a.startsWith('#'))).toEqual([]);
    for (const asset of assets.filter((a) => a.startsWith('/board/assets/'))) expect((await fetch(`${base}${asset}`)).status).toBe(200);
    const missing = await fetch(`${base}/board/assets/nothing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const page = await browser.context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.goto(`${base}/board`);
    await page.waitForSelector('body[data-ready="quarter"]');
    expect(foreign).toEqual([]);
    await page.close();
  });

  it.each(['L1', 'L2', 'L3'])('shows the latest published quarter of level %s as the API publishes it', async (level) => {
    const rounds = await json('evaluation/rankings');
    const latest = rounds.items[0];
    expect(latest.code).toBe('2026Q3');
    const [ranking, scores] = await Promise.all([json(`evaluation/rankings/${latest.id}`), json(`evaluation/rankings/${latest.id}/scores`)]);
    const { page } = await open(`#/quarter/${level}`, 'quarter', `quarter-${level}`);
    const expected = scores.items
      .filter((i: any) => i.level === level)
      .sort((a: any, b: any) => a.rank - b.rank)
      .map((i: any) => ({
        id: i.consortiumId,
        rank: String(i.rank),
        name: ranking.items.find((r: any) => r.consortiumId === i.consortiumId).name,
        total: two(i.total),
        levelScore: two(i.levelScore),
        improvement: signed(i.improvement),
        grade: i.grade,
        rankInterval: interval(i.rankInterval),
        medianRank: String(i.medianRank),
        status: i.status === 'SCORED' ? '已评分' : '未提交',
      }));
    expect(expected.length).toBeGreaterThan(0);
    expect(await rows(page, `figure[data-chart="排名-2026Q3-${level}"]`)).toEqual(expected);
    // Totals, level scores and improvement are the API's numbers, not numbers of the page's own.
    expect(scores.items.filter((i: any) => i.level === level).some((i: any) => i.improvement !== 0)).toBe(true);
    const best = ranking.bestPractices.find((b: any) => b.level === level);
    expect(ranking.bestPractices.length).toBe(1);
    if (best) {
      expect(await page.getAttribute('[data-best-practice]', 'data-best-practice')).toBe(best.consortiumId);
      expect(await page.textContent('[data-best-practice]')).toBe(`${best.title}${best.name} · 多元共育人才培养${best.summary}`);
    } else {
      expect(await page.textContent('main')).toContain('未评选最佳实践案例');
    }
    await page.close();
  });

  it("shows a consortium's trend, its dimensions against its level's best, and its list history", async () => {
    const rounds = (await json('evaluation/rankings')).items.slice().reverse();
    const all = await Promise.all(rounds.map((r: any) => json(`evaluation/rankings/${r.id}/scores`)));
    const id = all.at(-1).items.find((i: any) => i.level === 'L2' && i.rank === 1).consortiumId;
    const { page } = await open(`#/consortium/${id}`, 'consortium', 'consortium');
    const mine = all.map((s: any) => ({ code: s.code, item: s.items.find((i: any) => i.consortiumId === id) }));
    expect(await rows(page, `figure[data-chart="趋势-${id}"]`)).toEqual(
      mine.map((m: any) => ({
        id: m.code,
        quarter: `${m.code.slice(0, 4)}年第${'一二三四'[Number(m.code.slice(5)) - 1]}季度`,
        level: '市级',
        total: two(m.item.total),
        rank: String(m.item.rank),
        rankInterval: interval(m.item.rankInterval),
        improvement: signed(m.item.improvement),
        grade: m.item.grade,
      })),
    );
    const latest = all.at(-1);
    const own = latest.items.find((i: any) => i.consortiumId === id);
    const peers = latest.items.filter((i: any) => i.level === 'L2' && i.status === 'SCORED');
    expect(latest.dimensions.length).toBeGreaterThan(1);
    expect(await rows(page, `figure[data-chart="维度-${latest.code}-${id}"]`)).toEqual(
      latest.dimensions.map((d: any) => {
        const best = Math.max(0, ...peers.map((p: any) => p.dimensionScores[d.code] ?? 0));
        return { id: d.code, dimension: d.name, own: two(own.dimensionScores[d.code]), best: two(best), gap: two(best - own.dimensionScores[d.code]) };
      }),
    );
    const snapshots = (await json('official-list/snapshots')).items;
    const history = await rows(page, '[data-consortium] > table');
    expect(history.map((r) => r.id)).toEqual([...new Set(snapshots.map((s: any) => s.asOf))].sort().concat([history.at(-1)!.id]));
    expect(history.every((r) => r.listed === '在名单' && r.tier === '市级')).toBe(true);
    expect(await page.textContent('main h2')).toBe(own.name);
    await page.close();
  });

  it('says no annual competition is published yet, then shows the published one of 2026', async () => {
    const none = await open('#/annual', 'annual', 'annual-none');
    expect(await none.page.textContent('main')).toContain('尚无已公布的年度公平比拼结果');
    await none.page.close();

    // A published annual competition of 2026, written as the worker and the publication leave it.
    const q3 = (await json('evaluation/rankings')).items[0];
    const q3Scores = await json(`evaluation/rankings/${q3.id}/scores`);
    await dataSource.query(`INSERT INTO annual_competition (year, status, revision) VALUES (2026, 'PUBLISHED', 1)`);
    await dataSource.query(
      `INSERT INTO annual_scoring (year, revision, status, percent, digest, sources, finished_at, published_at, published_by) VALUES (2026, 1, 'DONE', 100, 'board-test', '[]', now(), now(), 'test')`,
    );
    const grades = ['优秀', '良好', '合格', '不合格'];
    for (const level of ['L1', 'L2', 'L3']) {
      const group = q3Scores.items
        .filter((i: any) => i.level === level)
        .map((i: any) => ({ ...i, raw: i.total / 100, annual: (i.total / 100) * 0.9 + 0.01234 }))
        .sort((a: any, b: any) => b.annual - a.annual);
      for (const [k, i] of group.entries()) {
        // Stored as the worker stores scores: on 0–1 (the API shows them on 0–100).
        const quarters = [{ quarter: '2026Q3', roundId: q3.id, revision: 1, status: 'SCORED', total: i.raw, counted: i.raw }];
        await dataSource.query(
          `INSERT INTO annual_result (year, revision, consortium_id, level, quarters, not_submitted, annual_total, rank, grade) VALUES (2026, 1, $1, $2, $3, 0, $4, $5, $6)`,
          [i.consortiumId, level, JSON.stringify(quarters), i.annual, k + 1, grades[Math.min(3, k)]],
        );
      }
    }
    const annual = await json('evaluation/annual-rankings/2026');
    const { page } = await open('#/annual/2026', 'annual', 'annual');
    for (const level of ['L1', 'L2', 'L3']) {
      expect(await rows(page, `figure[data-chart="年度比拼-2026-${level}"]`)).toEqual(
        annual.items
          .filter((i: any) => i.level === level)
          .map((i: any) => ({
            id: i.consortiumId,
            rank: String(i.rank),
            name: i.name,
            annualTotal: two(i.annualTotal),
            grade: i.grade,
            'quarter-2026Q3': two(i.quarterTotals[0].counted),
          })),
      );
    }
    await page.close();
  });

  it('shows the official list on a date by tier, with the 2027 targets and the gap', async () => {
    const asOf = '2026-09-30';
    const [progress, list] = await Promise.all([json(`official-list/progress?asOf=${asOf}`), json(`official-list?asOf=${asOf}`)]);
    const { page } = await open(`#/list?asOf=${asOf}`, 'list', 'list');
    const tierName: Record<string, string> = {
      NATIONAL: '国家级',
      MUNICIPAL: '市级',
      PARK_LED: '产业园区牵头',
      INDUSTRY_LED: '行业企业牵头',
      SCHOOL_LED: '学校牵头',
    };
    expect(await rows(page, `figure[data-chart="建设名单-${asOf}"]`)).toEqual(
      progress.tiers.map((t: any) => ({
        id: t.tier,
        tier: tierName[t.tier],
        count: String(t.count),
        target: String(t.target),
        gap: String(t.gap),
        met: t.met ? '已达成' : '未达成',
      })),
    );
    expect(progress.tiers.some((t: any) => t.gap > 0)).toBe(true);
    const listed = await rows(page, 'main > div > .table-wrap');
    expect(listed.map((r) => r.id).sort()).toEqual(list.items.map((i: any) => i.consortiumId).sort());
    expect(listed.length).toBe(progress.listed);
    await page.close();
  });

  it('shows what changed on the list between two dates', async () => {
    const [from, to] = ['2024-01-01', '2026-09-30'];
    const [before, after] = await Promise.all([json(`official-list?asOf=${from}`), json(`official-list?asOf=${to}`)]);
    const { page } = await open(`#/changes?from=${from}&to=${to}`, 'changes', 'changes');
    const had = new Set(before.items.map((i: any) => i.consortiumId));
    const has = new Set(after.items.map((i: any) => i.consortiumId));
    const entered = after.items
      .filter((i: any) => !had.has(i.consortiumId))
      .map((i: any) => i.consortiumId)
      .sort();
    expect(entered.length).toBeGreaterThan(0);
    expect((await rows(page, '[data-changes="entered"]')).map((r) => r.id).sort()).toEqual(entered);
    expect((await rows(page, '[data-changes="left"]')).map((r) => r.id).sort()).toEqual(
      before.items
        .filter((i: any) => !has.has(i.consortiumId))
        .map((i: any) => i.consortiumId)
        .sort(),
    );
    await page.close();
  });

  it('downloads a chart as a PNG image and prints without the controls', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/board#/quarter/L1`);
    await page.waitForSelector('body[data-ready="quarter"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('figure[data-chart] button.download')]);
    expect(download.suggestedFilename()).toBe('排名-2026Q3-L1.png');
    const file = readFileSync(await download.path());
    expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(file.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('header nav')).toBe(false);
    expect(await page.isVisible('button.download')).toBe(false);
    expect(await page.isVisible('figure[data-chart] canvas')).toBe(true);
    for (const chart of await chartsDrawn(page)) expect(chart.drawn).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  });
});
