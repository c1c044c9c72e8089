import { DomainError } from '#platform';

/** The five mechanisms (五个机制) a scheme's dimensions default to (DESIGN §3). */
export const DEFAULT_DIMENSIONS = [
  { code: 'ENTITY_OPERATION', name: '实体化运行' },
  { code: 'RESOURCE_SHARING', name: '资源共建共享' },
  { code: 'TALENT_CULTIVATION', name: '多元共育人才培养' },
  { code: 'INDUSTRY_SERVICE', name: '教产互促服务发展' },
  { code: 'DIGITAL_GOVERNANCE', name: '数字赋能智慧治理' },
] as const;

export const VALUE_TYPES = ['NUMBER', 'INTEGER', 'PERCENT', 'BOOLEAN', 'GRADE'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];
export const INDICATOR_NORMALIZATIONS = ['MIN_MAX', 'MAX', 'TARGET', 'VECTOR', 'GRADE', 'BOOLEAN'] as const;
export type IndicatorNormalization = (typeof INDICATOR_NORMALIZATIONS)[number];
export const LEVELS = ['L1', 'L2', 'L3'] as const;
export type Level = (typeof LEVELS)[number];

export interface Dimension {
  code: string;
  name: string;
  weight: number;
}

/** One indicator of a scheme (考核指标). */
export interface Indicator {
  code: string;
  name: string;
  unit: string;
  dimension: string;
  direction: 'benefit' | 'cost';
  valueType: ValueType;
  normalization: IndicatorNormalization;
  /** Expert weight within its dimension. */
  weight: number;
  required: boolean;
  evidenceRequired: boolean;
  range: { min: number; max: number };
  /** Levels the indicator applies to, with the target of each (needed under TARGET normalization). */
  levels: Partial<Record<Level, { target: number | null }>>;
  /**
   * Source PLATFORM: the metric of the platform (e.g. 技术服务到款额 from 供需对接) the indicator takes
   * its value from, for the round's quarter; the secretariat does not fill it in. Absent: answered.
   */
  platformSource?: string | null;
}

export interface SchemeSettings {
  aggregation: 'WEIGHTED_SUM' | 'TOPSIS';
  weighting: 'EXPERT' | 'ENTROPY' | 'COMBINED';
  /** α of COMBINED: α·expert + (1−α)·entropy. */
  alpha: number;
  /** β: the share of improvement (进步) in the total; 0 in a first round. */
  beta: number;
  missingOptional: 'RENORMALIZE' | 'GROUP_MINIMUM';
  cap: number;
  grades: { method: 'PERCENTILE' | 'ABSOLUTE'; bounds: [number, number, number] };
}

export interface SchemeDefinition {
  dimensions: Dimension[];
  indicators: Indicator[];
  settings: SchemeSettings;
}

const problem = (field: string, message: string) =>
  new DomainError('INVALID', 'INVALID_SCHEME', `Invalid scheme: ${field} ${message}`, [{ field, code: 'INVALID_SCHEME', message }]);

/**
 * The rules a scheme must satisfy beyond its shape (the DTO checks types): codes unique,
 * dimensions referenced exist, weights usable, ranges sane, every level covered, a target for
 * every level where TARGET normalization applies, grade bounds ordered.
 */
export function schemeProblem(d: SchemeDefinition): DomainError | null {
  const dimensionCodes = new Set<string>();
  for (const [i, dim] of d.dimensions.entries()) {
    if (dimensionCodes.has(dim.code)) return problem(`dimensions[${i}].code`, `"${dim.code}" is used twice`);
    dimensionCodes.add(dim.code);
  }
  if (d.dimensions.reduce((s, x) => s + x.weight, 0) <= 0) return problem('dimensions', 'weights must not all be zero');
  const indicatorCodes = new Set<string>();
  for (const [i, ind] of d.indicators.entries()) {
    const at = `indicators[${i}]`;
    if (indicatorCodes.has(ind.code)) return problem(`${at}.code`, `"${ind.code}" is used twice`);
    indicatorCodes.add(ind.code);
    if (!dimensionCodes.has(ind.dimension)) return problem(`${at}.dimension`, `"${ind.dimension}" is not a dimension of the scheme`);
    if (ind.range.min > ind.range.max) return problem(`${at}.range`, 'min must not exceed max');
    if (Object.keys(ind.levels).length === 0) return problem(`${at}.levels`, 'must name at least one level');
    if (ind.platformSource && !['NUMBER', 'INTEGER', 'PERCENT'].includes(ind.valueType))
      return problem(`${at}.platformSource`, 'takes a number: the value type must be NUMBER, INTEGER or PERCENT');
    for (const [level, spec] of Object.entries(ind.levels)) {
      if (ind.normalization === 'TARGET' && (spec?.target === null || spec?.target === undefined || spec.target <= 0)) {
        return problem(`${at}.levels.${level}.target`, 'is required (> 0) under TARGET normalization');
      }
    }
  }
  for (const level of LEVELS) {
    if (!d.indicators.some((ind) => ind.levels[level])) return problem('indicators', `no indicator applies to level ${level}`);
  }
  const [a, b, c] = d.settings.grades.bounds;
  if (!(a > b && b > c)) return problem('settings.grades.bounds', 'must be strictly decreasing (A, B, C lower bounds)');
  if (d.settings.alpha < 0 || d.settings.alpha > 1) return problem('settings.alpha', 'must be within [0, 1]');
  if (d.settings.beta < 0 || d.settings.beta > 1) return problem('settings.beta', 'must be within [0, 1]');
  return null;
}
