import type { Indicator, Level, SchemeDefinition } from './scheme.js';

/** 考卷: one consortium's paper for one round — the indicators of its level, with its targets. */
export interface PaperItem {
  code: string;
  name: string;
  unit: string;
  dimension: string;
  direction: Indicator['direction'];
  valueType: Indicator['valueType'];
  required: boolean;
  evidenceRequired: boolean;
  range: Indicator['range'];
  target: number | null;
  /** Where the target comes from: the scheme's level target, or a task-force override for this consortium. */
  targetSource: 'SCHEME' | 'OVERRIDE' | null;
  /** The platform metric the value comes from (source PLATFORM), or null when the secretariat answers it. */
  platformSource: string | null;
}

/** Resolves the paper: indicators applying to `level`, each target overridden where the task force set one. */
export function resolvePaper(definition: SchemeDefinition, level: Level, overrides: ReadonlyMap<string, number>): PaperItem[] {
  return definition.indicators
    .filter((ind) => ind.levels[level])
    .map((ind) => {
      const override = overrides.get(ind.code);
      const schemeTarget = ind.levels[level]?.target ?? null;
      return {
        code: ind.code,
        name: ind.name,
        unit: ind.unit,
        dimension: ind.dimension,
        direction: ind.direction,
        valueType: ind.valueType,
        required: ind.required,
        evidenceRequired: ind.evidenceRequired,
        range: ind.range,
        target: override ?? schemeTarget,
        targetSource: override !== undefined ? 'OVERRIDE' : schemeTarget !== null ? 'SCHEME' : null,
        platformSource: ind.platformSource ?? null,
      };
    });
}
