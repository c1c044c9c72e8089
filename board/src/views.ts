import { api, type OfficialListEntry, type PublishedScore, type PublishedScores } from './api.js';
import { type ChartOption, chartBlock } from './charts.js';
import { type Column, h, table } from './dom.js';
import { fmt2, isDate, label, LEVEL_LABEL, LEVELS, quarterLabel, signed2, STATUS_LABEL, TIER_LABEL, todayInShanghai } from './format.js';

const consortiumLink = (id: string, name: string) => h('a', { href: `#/consortium/${encodeURIComponent(id)}` }, name);
const interval = (r: readonly number[]) => (r[0] === r[1] ? `第${r[0]}名` : `第${r[0]}–${r[1]}名`);
const section = (title: string, ...children: (Node | null)[]) => h('div', {}, h('h2', {}, title), ...children);
const empty = (title: string, message: string) => section(title, h('p', { class: 'note' }, message));

/** Names missing from an answer are taken from the public official list of today. */
async function withNames<T extends { consortiumId: string; name?: string | null }>(items: T[]): Promise<(T & { name: string })[]> {
  const missing = items.some((i) => !i.name || i.name === i.consortiumId);
  const names = missing ? new Map((await api.officialList(todayInShanghai())).items.map((e) => [e.consortiumId, e.name])) : new Map<string, string>();
  return items.map((i) => ({ ...i, name: i.name && i.name !== i.consortiumId ? i.name : (names.get(i.consortiumId) ?? i.consortiumId) }));
}

/** Horizontal bars, first row on top; tall enough for every name. */
function barsOption(names: string[], series: { name: string; values: number[] }[], valueName: string): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => fmt2(Number(v)) },
    legend: { top: 0 },
    grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: valueName, axisLabel: { formatter: (v: number) => fmt2(v) } },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      label: { show: true, position: 'right', formatter: (p) => fmt2(Number(p.value)) },
    })),
  };
}

const chartHeight = (rows: number, perRow = 26) => Math.max(300, rows * perRow + 80);

// ── 季度排名: the latest published quarter (or one chosen), one level at a time ──────────────────

export async function quarterView(parts: string[], query: URLSearchParams): Promise<HTMLElement> {
  const level = (LEVELS as readonly string[]).includes(parts[0] ?? '') ? parts[0] : 'L1';
  const rounds = (await api.rounds()).items;
  if (rounds.length === 0) return empty('季度排名', '尚无已公布的季度排名。');
  const round = rounds.find((r) => r.id === query.get('round')) ?? rounds[0];
  const [ranking, scores] = await Promise.all([api.ranking(round.id), api.scores(round.id)]);
  const items = (await withNames(scores.items.filter((i) => i.level === level))).sort((a, b) => a.rank - b.rank);
  const suffix = round.id === rounds[0].id ? '' : `?round=${round.id}`;

  const picker = h(
    'select',
    { id: 'round', onchange: (e: Event) => (location.hash = `#/quarter/${level}?round=${(e.target as HTMLSelectElement).value}`) },
    rounds.map((r) => h('option', { value: r.id, selected: r.id === round.id }, `${quarterLabel(r.code)}（第${r.revision}版）`)),
  );
  const tabs = h(
    'nav',
    { class: 'tabs', 'aria-label': '层级' },
    LEVELS.map((l) => h('a', { href: `#/quarter/${l}${suffix}`, 'aria-current': l === level ? 'page' : null }, LEVEL_LABEL[l])),
  );
  const title = `${quarterLabel(ranking.code)} ${LEVEL_LABEL[level]}联合体排名`;

  const columns: Column<PublishedScore & { name: string }>[] = [
    { title: '排名', cell: (i) => i.rank, numeric: true, field: 'rank' },
    { title: '联合体', cell: (i) => consortiumLink(i.consortiumId, i.name), field: 'name' },
    { title: '总分', cell: (i) => fmt2(i.total), numeric: true, field: 'total' },
    { title: '水平得分', cell: (i) => fmt2(i.levelScore), numeric: true, field: 'levelScore' },
    {
      title: '进步',
      cell: (i) => h('span', { class: i.improvement > 0 ? 'up' : i.improvement < 0 ? 'down' : null }, signed2(i.improvement)),
      numeric: true,
      field: 'improvement',
    },
    { title: '等级', cell: (i) => i.grade, field: 'grade' },
    { title: '排名区间（90%）', cell: (i) => interval(i.rankInterval), field: 'rankInterval' },
    { title: '中位排名', cell: (i) => i.medianRank, numeric: true, field: 'medianRank' },
    { title: '状态', cell: (i) => label(STATUS_LABEL, i.status), field: 'status' },
  ];
  const names = items.map((i) => i.name);
  const n = Math.max(1, items.length);
  const option: ChartOption = {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const item = items[first.dataIndex];
        return `${item.name}<br/>总分 ${fmt2(item.total)}（第${item.rank}名）<br/>排名区间 ${interval(item.rankInterval)}，中位第${item.medianRank}名`;
      },
    },
    legend: { top: 0, data: ['总分', '排名区间（90%）'] },
    grid: [
      { left: 8, width: '52%', top: 32, bottom: 28, containLabel: true },
      { left: '66%', right: 16, top: 32, bottom: 28, containLabel: true },
    ],
    xAxis: [
      { gridIndex: 0, type: 'value', name: '总分', axisLabel: { formatter: (v: number) => fmt2(v) } },
      // Rank r is the cell (r − 1, r]: the tick at r closes the cell of rank r.
      {
        gridIndex: 1,
        type: 'value',
        name: '名次',
        nameLocation: 'middle',
        nameGap: 22,
        min: 0,
        max: n,
        minInterval: 1,
        axisLabel: { formatter: (v: number) => (v === 0 ? '' : String(v)) },
      },
    ],
    yAxis: [
      { gridIndex: 0, type: 'category', data: names, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
      { gridIndex: 1, type: 'category', data: names, inverse: true, axisLabel: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: '总分',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: items.map((i) => i.total),
        label: { show: true, position: 'right', formatter: (p) => fmt2(Number(p.value)) },
      },
      // The interval as a floating bar: an invisible base up to the best rank, then the span to the worst.
      {
        type: 'bar',
        name: '区间起点',
        stack: 'interval',
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: items.map((i) => i.rankInterval[0] - 1),
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        silent: true,
      },
      {
        type: 'bar',
        name: '排名区间（90%）',
        stack: 'interval',
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: items.map((i) => i.rankInterval[1] - i.rankInterval[0] + 1),
        itemStyle: { color: '#1565c0', opacity: 0.55 },
      },
    ],
  };
  const best = ranking.bestPractices.find((b) => b.level === level);
  const dimensionName = (code: string) => scores.dimensions.find((d) => d.code === code)?.name ?? code;
  return h(
    'div',
    {},
    h('h2', {}, `季度排名 · ${quarterLabel(ranking.code)}`),
    h(
      'p',
      { class: 'note' },
      `公布于 ${new Date(ranking.publishedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}，第${ranking.revision}版。排名区间为权重随机扰动（蒙特卡洛模拟）下 90% 的名次范围。`,
    ),
    h('div', { class: 'controls' }, h('label', { for: 'round' }, '季度', picker)),
    tabs,
    items.length === 0
      ? h('p', { class: 'note' }, '该层级本季度无参评联合体。')
      : chartBlock(
          title,
          option,
          table(`${title}（表）`, columns, items, (i) => i.consortiumId),
          `排名-${ranking.code}-${level}`,
          chartHeight(items.length),
        ),
    h('h3', {}, '本季度最佳实践案例'),
    best
      ? h(
          'div',
          { class: 'card', 'data-best-practice': best.consortiumId },
          h('p', {}, h('strong', {}, best.title)),
          h('p', {}, consortiumLink(best.consortiumId, best.consortiumName ?? best.name ?? best.consortiumId), ` · ${dimensionName(best.dimension)}`),
          h('p', {}, best.summary),
        )
      : h('p', { class: 'note' }, '本层级本季度未评选最佳实践案例。'),
  );
}

// ── 联合体: trend, dimensions against the level's best, status and list history ─────────────────

export async function consortiumView(parts: string[]): Promise<HTMLElement> {
  const id = parts[0] ?? '';
  const rounds = (await api.rounds()).items.slice(0, 8).reverse();
  const [allScores, snapshotList] = await Promise.all([Promise.all(rounds.map((r) => api.scores(r.id))), api.snapshots()]);
  const mine = allScores
    .map((s) => ({ scores: s, item: s.items.find((i) => i.consortiumId === id) }))
    .filter((x): x is { scores: PublishedScores; item: PublishedScore } => !!x.item);
  const snapshots = await Promise.all([...new Set(snapshotList.items.map((s) => s.roundCode))].sort().map((code) => api.snapshot(code)));
  const today = todayInShanghai();
  const listToday = await api.officialList(today);
  const entryToday = listToday.items.find((e) => e.consortiumId === id);
  const name = (
    await withNames([
      { consortiumId: id, name: mine.at(-1)?.item.name ?? entryToday?.name ?? snapshots.flatMap((s) => s.items).find((e) => e.consortiumId === id)?.name },
    ])
  )[0].name;
  if (mine.length === 0 && !entryToday && !snapshots.some((s) => s.items.some((e) => e.consortiumId === id)))
    return empty('联合体', '未找到该联合体的公开数据。');

  const blocks: HTMLElement[] = [];
  if (mine.length > 0) {
    const quarters = mine.map((m) => quarterLabel(m.scores.code));
    const trend: ChartOption = {
      tooltip: { trigger: 'axis', valueFormatter: (v) => fmt2(Number(v)) },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: quarters },
      yAxis: [
        { type: 'value', name: '总分', axisLabel: { formatter: (v: number) => fmt2(v) } },
        {
          type: 'value',
          name: '名次',
          inverse: true,
          minInterval: 1,
          min: 1,
          max: Math.max(2, ...mine.map((m) => m.scores.items.filter((i) => i.level === m.item.level).length)),
        },
      ],
      series: [
        { type: 'line', name: '总分', data: mine.map((m) => m.item.total), label: { show: true, formatter: (p) => fmt2(Number(p.value)) }, symbolSize: 8 },
        {
          type: 'line',
          name: '名次',
          yAxisIndex: 1,
          data: mine.map((m) => m.item.rank),
          label: { show: true },
          symbolSize: 8,
          tooltip: { valueFormatter: (v) => `第${String(v)}名` },
        },
      ],
    };
    blocks.push(
      chartBlock(
        '各季度总分与名次',
        trend,
        table(
          '各季度总分与名次（表）',
          [
            { title: '季度', cell: (m) => quarterLabel(m.scores.code), field: 'quarter' },
            { title: '层级', cell: (m) => LEVEL_LABEL[m.item.level] ?? m.item.level, field: 'level' },
            { title: '总分', cell: (m) => fmt2(m.item.total), numeric: true, field: 'total' },
            { title: '名次', cell: (m) => m.item.rank, numeric: true, field: 'rank' },
            { title: '排名区间（90%）', cell: (m) => interval(m.item.rankInterval), field: 'rankInterval' },
            { title: '进步', cell: (m) => signed2(m.item.improvement), numeric: true, field: 'improvement' },
            { title: '等级', cell: (m) => m.item.grade, field: 'grade' },
          ],
          mine,
          (m) => m.scores.code,
        ),
        `趋势-${id}`,
      ),
    );
    const latest = mine.at(-1)!;
    const peers = latest.scores.items.filter((i) => i.level === latest.item.level && i.status === 'SCORED');
    const dims = latest.scores.dimensions.map((d) => {
      const own = latest.item.dimensionScores[d.code] ?? 0;
      const best = Math.max(0, ...peers.map((p) => p.dimensionScores[d.code] ?? 0));
      return { code: d.code, name: d.name, own, best, gap: best - own };
    });
    if (dims.length > 0) {
      blocks.push(
        chartBlock(
          `${quarterLabel(latest.scores.code)} 各维度得分与${LEVEL_LABEL[latest.item.level]}最高分`,
          barsOption(
            dims.map((d) => d.name),
            [
              { name: '本联合体', values: dims.map((d) => d.own) },
              { name: '同层级最高', values: dims.map((d) => d.best) },
            ],
            '得分',
          ),
          table(
            '各维度得分（表）',
            [
              { title: '维度', cell: (d) => d.name, field: 'dimension' },
              { title: '本联合体', cell: (d) => fmt2(d.own), numeric: true, field: 'own' },
              { title: '同层级最高', cell: (d) => fmt2(d.best), numeric: true, field: 'best' },
              { title: '差距', cell: (d) => fmt2(d.gap), numeric: true, field: 'gap' },
            ],
            dims,
            (d) => d.code,
          ),
          `维度-${latest.scores.code}-${id}`,
        ),
      );
    }
  } else {
    blocks.push(h('p', { class: 'note' }, '尚无该联合体已公布的季度排名。'));
  }

  interface HistoryRow {
    date: string;
    source: string;
    entry: OfficialListEntry | (Omit<OfficialListEntry, 'since'> & { since?: string }) | undefined;
  }
  const history: HistoryRow[] = [
    ...snapshots.map((s) => ({ date: s.asOf, source: `${quarterLabel(s.roundCode)}排名公布时的名单快照`, entry: s.items.find((e) => e.consortiumId === id) })),
    { date: today, source: '今日建设名单', entry: entryToday },
  ];
  const moves = history
    .slice(1)
    .filter(
      (row, i) => !!row.entry !== !!history[i].entry || row.entry?.status !== history[i].entry?.status || row.entry?.tier !== history[i].entry?.tier,
    ).length;
  return h(
    'div',
    { 'data-consortium': id },
    h('h2', {}, name),
    h(
      'p',
      { class: 'note' },
      entryToday
        ? `${label(TIER_LABEL, entryToday.tier)} · ${label(STATUS_LABEL, entryToday.status)} · 自 ${entryToday.since} 列入建设名单`
        : '今日不在建设名单。',
    ),
    ...blocks,
    h('h3', {}, '建设状态与名单记录（有进有出）'),
    table(
      `建设状态与名单记录：${moves === 0 ? '期间无变化' : `期间变化 ${moves} 次`}`,
      [
        { title: '日期', cell: (r) => r.date, field: 'date' },
        { title: '依据', cell: (r) => r.source },
        { title: '建设名单', cell: (r) => (r.entry ? '在名单' : '不在名单'), field: 'listed' },
        { title: '类型', cell: (r) => (r.entry ? label(TIER_LABEL, r.entry.tier) : '—'), field: 'tier' },
        { title: '建设状态', cell: (r) => (r.entry ? label(STATUS_LABEL, r.entry.status) : '—'), field: 'status' },
      ],
      history,
      (r) => r.date,
    ),
  );
}

// ── 年度公平比拼 ─────────────────────────────────────────────────────────────────────────────────

export async function annualView(parts: string[]): Promise<HTMLElement> {
  const years = (await api.annualYears()).items;
  if (years.length === 0) return empty('年度公平比拼', '尚无已公布的年度公平比拼结果。');
  const asked = Number(parts[0]);
  const chosen = years.find((y) => y.year === asked) ?? (parts[0] ? undefined : years[0]);
  const picker = h(
    'select',
    { id: 'year', onchange: (e: Event) => (location.hash = `#/annual/${(e.target as HTMLSelectElement).value}`) },
    years.map((y) => h('option', { value: y.year, selected: y.year === chosen?.year }, `${y.year}年`)),
  );
  const controls = h('div', { class: 'controls' }, h('label', { for: 'year' }, '年度', picker));
  if (!chosen) return section('年度公平比拼', controls, h('p', { class: 'note' }, `${parts[0]}年度公平比拼结果尚未公布。`));
  const ranking = await api.annual(chosen.year);
  const items = await withNames(ranking.items);
  const quarters = [...new Set(items.flatMap((i) => i.quarterTotals.map((q) => q.quarter)))].sort();
  const blocks = LEVELS.filter((l) => items.some((i) => i.level === l)).map((level) => {
    const rows = items.filter((i) => i.level === level).sort((a, b) => a.rank - b.rank);
    const title = `${ranking.year}年度 ${LEVEL_LABEL[level]}联合体年度总分`;
    return chartBlock(
      title,
      barsOption(
        rows.map((r) => r.name),
        [{ name: '年度总分', values: rows.map((r) => r.annualTotal) }],
        '年度总分',
      ),
      table(
        `${title}（表）`,
        [
          { title: '排名', cell: (r) => r.rank, numeric: true, field: 'rank' },
          { title: '联合体', cell: (r) => consortiumLink(r.consortiumId, r.name), field: 'name' },
          { title: '年度总分', cell: (r) => fmt2(r.annualTotal), numeric: true, field: 'annualTotal' },
          { title: '等级', cell: (r) => r.grade, field: 'grade' },
          ...quarters.map((q) => ({
            title: quarterLabel(q).replace(/^\d{4}年/, ''),
            cell: (r: (typeof rows)[number]) => {
              const found = r.quarterTotals.find((t) => t.quarter === q);
              return !found ? '—' : found.status === 'SCORED' ? fmt2(found.counted) : `${fmt2(found.counted)}（${label(STATUS_LABEL, found.status)}）`;
            },
            numeric: true,
            field: `quarter-${q}`,
          })),
        ],
        rows,
        (r) => r.consortiumId,
      ),
      `年度比拼-${ranking.year}-${level}`,
      chartHeight(rows.length),
    );
  });
  return section(
    `年度公平比拼 · ${ranking.year}年`,
    h(
      'p',
      { class: 'note' },
      `第${ranking.revision}版，公布于 ${new Date(ranking.publishedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}。年度总分由四个季度的得分合成，各季度列出计入年度的分值。`,
    ),
    controls,
    ...blocks,
  );
}

// ── 建设名单 as of a date, by tier, against the 2027 targets ─────────────────────────────────────

function dateForm(fields: { name: string; label: string; value: string }[], view: string): HTMLElement {
  const form = h(
    'form',
    {
      class: 'controls',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        location.hash = `#/${view}?${new URLSearchParams(fields.map((f) => [f.name, (({ value }) => (typeof value === 'string' ? value : ''))({ value: data.get(f.name) })])).toString()}`;
      },
    },
    fields.map((f) =>
      h('label', { for: `date-${f.name}` }, f.label, h('input', { type: 'date', id: `date-${f.name}`, name: f.name, value: f.value, required: true })),
    ),
    h('button', { type: 'submit' }, '查看'),
  );
  return form;
}

export async function listView(_parts: string[], query: URLSearchParams): Promise<HTMLElement> {
  const asOf = isDate(query.get('asOf')) ? query.get('asOf')! : todayInShanghai();
  const [list, progress, districts] = await Promise.all([api.officialList(asOf), api.progress(asOf), api.districts()]);
  const district = new Map(districts.items.map((d) => [d.code, d.name]));
  const tiers = progress.tiers;
  const title = `${asOf} 建设名单数量与${progress.targetYear}年目标`;
  const chart = chartBlock(
    title,
    {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: tiers.map((t) => label(TIER_LABEL, t.tier)) },
      yAxis: { type: 'value', name: '个数', minInterval: 1 },
      series: [
        { type: 'bar', name: '现有', data: tiers.map((t) => t.count), label: { show: true, position: 'top' } },
        { type: 'bar', name: `${progress.targetYear}年目标`, data: tiers.map((t) => t.target), label: { show: true, position: 'top' } },
      ],
    },
    table(
      `${title}（表）`,
      [
        { title: '类型', cell: (t) => label(TIER_LABEL, t.tier), field: 'tier' },
        { title: '现有', cell: (t) => t.count, numeric: true, field: 'count' },
        { title: `${progress.targetYear}年目标`, cell: (t) => t.target, numeric: true, field: 'target' },
        { title: '差距', cell: (t) => t.gap, numeric: true, field: 'gap' },
        { title: '是否达成', cell: (t) => (t.met ? '已达成' : '未达成'), field: 'met' },
      ],
      tiers,
      (t) => t.tier,
    ),
    `建设名单-${asOf}`,
  );
  const byTier = tiers.map((t) =>
    table(
      `${label(TIER_LABEL, t.tier)}（${list.items.filter((i) => i.tier === t.tier).length} 个）`,
      [
        { title: '联合体', cell: (e: OfficialListEntry) => consortiumLink(e.consortiumId, e.name), field: 'name' },
        { title: '建设状态', cell: (e) => label(STATUS_LABEL, e.status), field: 'status' },
        { title: '所在区县', cell: (e) => e.districtCodes.map((c) => district.get(c) ?? c).join('、'), field: 'districts' },
        { title: '列入日期', cell: (e) => e.since, field: 'since' },
      ],
      list.items.filter((i) => i.tier === t.tier).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      (e) => e.consortiumId,
    ),
  );
  return section(
    `建设名单 · ${asOf}`,
    h('p', { class: 'note' }, `${asOf} 在建设名单上的联合体共 ${progress.listed} 个（不含已退出的）。`),
    dateForm([{ name: 'asOf', label: '名单日期', value: asOf }], 'list'),
    chart,
    h('h3', {}, '按类型列出'),
    ...byTier.map((t) => h('div', { class: 'table-wrap' }, t)),
  );
}

// ── 名单变化 between two dates ───────────────────────────────────────────────────────────────────

const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`.replace(/-02-29$/, '-02-28');

export async function changesView(_parts: string[], query: URLSearchParams): Promise<HTMLElement> {
  const to = isDate(query.get('to')) ? query.get('to')! : todayInShanghai();
  const from = isDate(query.get('from')) ? query.get('from')! : yearBefore(to);
  const [before, after, progressBefore, progressAfter] = await Promise.all([
    api.officialList(from),
    api.officialList(to),
    api.progress(from),
    api.progress(to),
  ]);
  const old = new Map(before.items.map((e) => [e.consortiumId, e]));
  const now = new Map(after.items.map((e) => [e.consortiumId, e]));
  const entered = after.items.filter((e) => !old.has(e.consortiumId));
  const left = before.items.filter((e) => !now.has(e.consortiumId));
  const changed = after.items
    .filter((e) => old.has(e.consortiumId))
    .map((e) => ({ before: old.get(e.consortiumId)!, after: e }))
    .filter((c) => c.before.tier !== c.after.tier || c.before.status !== c.after.status);
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN');
  const entryColumns: Column<OfficialListEntry>[] = [
    { title: '联合体', cell: (e) => consortiumLink(e.consortiumId, e.name), field: 'name' },
    { title: '类型', cell: (e) => label(TIER_LABEL, e.tier), field: 'tier' },
    { title: '建设状态', cell: (e) => label(STATUS_LABEL, e.status), field: 'status' },
  ];
  const title = `各类型名单数量：${from} 与 ${to}`;
  const tiers = progressAfter.tiers.map((t) => ({ tier: t.tier, before: progressBefore.tiers.find((b) => b.tier === t.tier)?.count ?? 0, after: t.count }));
  return section(
    `名单变化 · ${from} 至 ${to}`,
    h(
      'p',
      { class: 'note' },
      `名单上的联合体由 ${before.items.length} 个变为 ${after.items.length} 个：新进 ${entered.length} 个，退出 ${left.length} 个，类型或状态调整 ${changed.length} 个。`,
    ),
    dateForm(
      [
        { name: 'from', label: '起始日期', value: from },
        { name: 'to', label: '截止日期', value: to },
      ],
      'changes',
    ),
    chartBlock(
      title,
      {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: tiers.map((t) => label(TIER_LABEL, t.tier)) },
        yAxis: { type: 'value', name: '个数', minInterval: 1 },
        series: [
          { type: 'bar', name: from, data: tiers.map((t) => t.before), label: { show: true, position: 'top' } },
          { type: 'bar', name: to, data: tiers.map((t) => t.after), label: { show: true, position: 'top' } },
        ],
      },
      table(
        `${title}（表）`,
        [
          { title: '类型', cell: (t) => label(TIER_LABEL, t.tier), field: 'tier' },
          { title: from, cell: (t) => t.before, numeric: true, field: 'before' },
          { title: to, cell: (t) => t.after, numeric: true, field: 'after' },
          { title: '增减', cell: (t) => (t.after - t.before > 0 ? `+${t.after - t.before}` : String(t.after - t.before)), numeric: true, field: 'delta' },
        ],
        tiers,
        (t) => t.tier,
      ),
      `名单变化-${from}-${to}`,
    ),
    h('h3', {}, `新进名单（${entered.length}）`),
    h(
      'div',
      { class: 'table-wrap', 'data-changes': 'entered' },
      table('新进名单', entryColumns, entered.sort(byName), (e) => e.consortiumId),
    ),
    h('h3', {}, `退出名单（${left.length}）`),
    h(
      'div',
      { class: 'table-wrap', 'data-changes': 'left' },
      table('退出名单', entryColumns, left.sort(byName), (e) => e.consortiumId),
    ),
    h('h3', {}, `类型或状态调整（${changed.length}）`),
    h(
      'div',
      { class: 'table-wrap', 'data-changes': 'changed' },
      table(
        '类型或状态调整',
        [
          { title: '联合体', cell: (c) => consortiumLink(c.after.consortiumId, c.after.name), field: 'name' },
          { title: '调整前', cell: (c) => `${label(TIER_LABEL, c.before.tier)} · ${label(STATUS_LABEL, c.before.status)}`, field: 'before' },
          { title: '调整后', cell: (c) => `${label(TIER_LABEL, c.after.tier)} · ${label(STATUS_LABEL, c.after.status)}`, field: 'after' },
        ],
        changed.sort((a, b) => byName(a.after, b.after)),
        (c) => c.after.consortiumId,
      ),
    ),
  );
}
