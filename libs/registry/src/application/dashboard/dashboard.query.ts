import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CITY_TARGETS_2027, percentOf, TARGET_YEAR, type TierProgress, tierProgress } from '../../domain/city-targets.js';
import { ON_LIST, TIERS, type Tier } from '../../domain/consortium.js';
import { CITY_STATISTIC_TARGETS_2027, CITY_STATISTICS, type CityStatistic, DIRECTORY_KINDS } from '../../domain/reference-directory.js';
import { CityStatisticsUseCases, DirectoryCoverage, statisticProgress } from '../directory/reference-directories.js';

/**
 * The populations the city wants fully covered (seeds/004: 重点园区、高职院校、规上企业), as
 * organization flags: a key park is a park flagged `isKeyPark`; a higher-vocational college a
 * school of level HIGHER_VOCATIONAL; an above-scale firm an enterprise flagged `isAboveScale`.
 * The SQL is fixed here (never user input).
 */
export const COVERAGE_POPULATIONS = {
  KEY_PARKS: `o.type = 'PARK' AND o.is_key_park`,
  HIGHER_VOCATIONAL_COLLEGES: `o.type = 'SCHOOL' AND o.school_level = 'HIGHER_VOCATIONAL'`,
  ABOVE_SCALE_FIRMS: `o.type = 'ENTERPRISE' AND o.is_above_scale`,
} as const;
export type CoveragePopulation = keyof typeof COVERAGE_POPULATIONS;

/** At most this many uncovered organizations are named per population (by name); `uncoveredCount` says how many there are. */
export const UNCOVERED_SHOWN = 50;

/** What a coverage is counted against: the imported directory (名录) of the year, or, without one, the registry's flags. */
export type CoverageBasis = 'DIRECTORY' | 'REGISTRY_FLAGS';

export interface Coverage {
  population: CoveragePopulation;
  basis: CoverageBasis;
  /** The directory's year when `basis` is DIRECTORY. */
  directoryYear: number | null;
  covered: number;
  total: number;
  percent: number;
  uncoveredCount: number;
  /** By name; `id` null for a directory unit not registered. */
  uncovered: { id: string | null; name: string; uscc: string }[];
}

export interface Dashboard {
  asOf: string;
  targetYear: number;
  listed: number;
  tiers: TierProgress[];
  coverage: Coverage[];
  highSkilledShare: ReturnType<typeof statisticProgress>;
}

/** The 2027 targets a trend follows: the tiers (consortia), the coverage populations and the statistics (per cent). */
export type TrendTarget = Tier | CoveragePopulation | CityStatistic;

export interface TrendSeries {
  target: TrendTarget;
  unit: 'CONSORTIA' | 'PERCENT';
  goal: number;
  /** One point per year; a year after asOf's has no value. `gap` = goal − value (0 once met). */
  points: { year: number; measuredOn: string | null; value: number | null; gap: number | null }[];
}

/**
 * The dashboard of DESIGN §2.1: the official list on `asOf` counted per tier against the city's
 * 2027 targets, and how much of each population is covered — a member (membership valid on
 * `asOf`) of at least one consortium on the list that day. The populations are the organizations
 * registered now, with their current flags (attributes keep no history). One query per figure.
 */
@Injectable()
export class DashboardQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directories: DirectoryCoverage,
    private readonly statistics: CityStatisticsUseCases,
  ) {}

  async execute(asOf: string, targets: Readonly<Record<Tier, number>> = CITY_TARGETS_2027): Promise<Dashboard> {
    const progress = await this.progress(asOf, targets);
    const coverage: Coverage[] = [];
    for (const population of DIRECTORY_KINDS) coverage.push(await this.coverage(population, asOf));
    const highSkilledShare = statisticProgress('HIGH_SKILLED_SHARE', await this.statistics.latest('HIGH_SKILLED_SHARE', Number(asOf.slice(0, 4))));
    return { ...progress, coverage, highSkilledShare };
  }

  /**
   * Each 2027 target's yearly values from `fromYear` to 2027: a past year measured on 31 December,
   * asOf's year on asOf, later years empty; a statistic is the value entered for that very year.
   */
  async trend(
    asOf: string,
    fromYear: number,
    targets: Readonly<Record<Tier, number>> = CITY_TARGETS_2027,
  ): Promise<{ asOf: string; targetYear: number; years: number[]; series: TrendSeries[] }> {
    const first = Math.min(fromYear, TARGET_YEAR);
    const years = Array.from({ length: TARGET_YEAR - first + 1 }, (_, i) => first + i);
    const thisYear = Number(asOf.slice(0, 4));
    const series = new Map<TrendTarget, TrendSeries>();
    for (const tier of TIERS) series.set(tier, { target: tier, unit: 'CONSORTIA', goal: targets[tier], points: [] });
    for (const kind of DIRECTORY_KINDS) series.set(kind, { target: kind, unit: 'PERCENT', goal: 100, points: [] });
    for (const s of CITY_STATISTICS) series.set(s, { target: s, unit: 'PERCENT', goal: CITY_STATISTIC_TARGETS_2027[s], points: [] });
    const statistics = await this.statistics.list(undefined);
    const gapOf = (goal: number, value: number | null) => (value === null ? null : Math.max(0, Math.round((goal - value) * 100) / 100));
    for (const year of years) {
      const measuredOn = year < thisYear ? `${year}-12-31` : year === thisYear ? asOf : null;
      const point = (target: TrendTarget, value: number | null) => {
        const s = series.get(target)!;
        s.points.push({ year, measuredOn, value, gap: gapOf(s.goal, value) });
      };
      const progress = measuredOn ? await this.progress(measuredOn, targets) : null;
      for (const tier of TIERS) point(tier, progress ? (progress.tiers.find((t) => t.tier === tier)?.count ?? 0) : null);
      for (const kind of DIRECTORY_KINDS) point(kind, measuredOn ? (await this.coverage(kind, measuredOn)).percent : null);
      for (const s of CITY_STATISTICS) point(s, measuredOn ? (statistics.find((v) => v.indicator === s && v.year === year)?.value ?? null) : null);
    }
    return { asOf, targetYear: TARGET_YEAR, years, series: [...series.values()] };
  }

  /** The list per tier against the 2027 targets: the dashboard's public part (counts of the public list, no organizations). */
  async progress(asOf: string, targets: Readonly<Record<Tier, number>> = CITY_TARGETS_2027): Promise<Omit<Dashboard, 'coverage' | 'highSkilledShare'>> {
    const counts: { tier: Tier; n: number }[] = await this.dataSource.query(
      `SELECT p.tier, count(*)::int AS n FROM consortium_period p
        WHERE daterange(p.valid_from, p.valid_to) @> $1::date AND p.status = ANY($2)
        GROUP BY p.tier`,
      [asOf, ON_LIST],
    );
    return {
      asOf,
      targetYear: TARGET_YEAR,
      listed: counts.reduce((sum, c) => sum + c.n, 0),
      tiers: tierProgress(Object.fromEntries(counts.map((c) => [c.tier, c.n])), targets),
    };
  }

  /** Against the directory of the year when one is imported (名录: the real denominator), else the registry's flags. */
  private async coverage(population: CoveragePopulation, asOf: string): Promise<Coverage> {
    const directory = await this.directories.ofKind(population, asOf, UNCOVERED_SHOWN);
    if (directory) {
      return {
        population,
        basis: 'DIRECTORY',
        directoryYear: directory.year,
        covered: directory.covered,
        total: directory.total,
        percent: percentOf(directory.covered, directory.total),
        uncoveredCount: directory.total - directory.covered,
        uncovered: directory.uncovered,
      };
    }
    const [row]: { total: number; covered: number; uncovered: { id: string; name: string; uscc: string }[] }[] = await this.dataSource.query(
      `WITH covered AS (
         SELECT DISTINCT m.organization_id FROM membership m
           JOIN consortium_period p ON p.consortium_id = m.consortium_id
                                   AND daterange(p.valid_from, p.valid_to) @> $1::date AND p.status = ANY($2)
          WHERE daterange(m.valid_from, m.valid_to) @> $1::date)
       SELECT count(*)::int AS total, count(c.organization_id)::int AS covered,
              coalesce(to_jsonb((array_agg(jsonb_build_object('id', o.id, 'name', o.name, 'uscc', o.uscc) ORDER BY o.name, o.id) FILTER (WHERE c.organization_id IS NULL))[1:$3]), '[]') AS uncovered
         FROM organization o LEFT JOIN covered c ON c.organization_id = o.id
        WHERE ${COVERAGE_POPULATIONS[population]}`,
      [asOf, ON_LIST, UNCOVERED_SHOWN],
    );
    return {
      population,
      basis: 'REGISTRY_FLAGS',
      directoryYear: null,
      covered: row.covered,
      total: row.total,
      percent: percentOf(row.covered, row.total),
      uncoveredCount: row.total - row.covered,
      uncovered: row.uncovered,
    };
  }
}
