/** How the board writes numbers and names: two decimals as the API gives them, Chinese labels. */

const twoDecimals = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

export const fmt2 = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : twoDecimals.format(n));
export const signed2 = (n: number): string => (n > 0 ? `+${fmt2(n)}` : fmt2(n));

export const LEVELS = ['L1', 'L2', 'L3'] as const;
export const LEVEL_LABEL: Record<string, string> = { L1: '国家级', L2: '市级', L3: '园区、行业、学校牵头' };
export const TIER_LABEL: Record<string, string> = {
  NATIONAL: '国家级',
  MUNICIPAL: '市级',
  PARK_LED: '产业园区牵头',
  INDUSTRY_LED: '行业企业牵头',
  SCHOOL_LED: '学校牵头',
};
export const STATUS_LABEL: Record<string, string> = {
  PREPARING: '筹建',
  ACTIVE: '在册',
  WARNED: '黄牌警示',
  PROBATION: '限期整改',
  DELISTED: '退出建设名单',
  SCORED: '已评分',
  NOT_SUBMITTED: '未提交',
  ABSENT: '未参评',
};
export const label = (map: Record<string, string>, key: string) => map[key] ?? key;

/** Today in China (the API's dates are Shanghai calendar dates). */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** 2026Q3 → 2026年第三季度 */
export function quarterLabel(code: string): string {
  const m = /^(\d{4})Q([1-4])$/.exec(code);
  return m ? `${m[1]}年第${'一二三四'[Number(m[2]) - 1]}季度` : code;
}
