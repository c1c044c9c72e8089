import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CITY_TARGETS_2027, percentOf, TARGET_YEAR, type TierProgress, tierProgress } from '../../domain/city-targets.js';
import { ON_LIST, type Tier } from '../../domain/consortium.js';

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

export interface Coverage {
  population: CoveragePopulation;
  covered: number;
  total: number;
  percent: number;
  uncoveredCount: number;
  uncovered: { id: string; name: string }[];
}

export interface Dashboard {
  asOf: string;
  targetYear: number;
  listed: number;
  tiers: TierProgress[];
  coverage: Coverage[];
}

/**
 * The dashboard of DESIGN §2.1: the official list on `asOf` counted per tier against the city's
 * 2027 targets, and how much of each population is covered — a member (membership valid on
 * `asOf`) of at least one consortium on the list that day. The populations are the organizations
 * registered now, with their current flags (attributes keep no history). One query per figure.
 */
@Injectable()
export class DashboardQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(asOf: string, targets: Readonly<Record<Tier, number>> = CITY_TARGETS_2027): Promise<Dashboard> {
    const progress = await this.progress(asOf, targets);
    const coverage: Coverage[] = [];
    for (const population of Object.keys(COVERAGE_POPULATIONS) as CoveragePopulation[]) coverage.push(await this.coverage(population, asOf));
    return { ...progress, coverage };
  }

  /** The list per tier against the 2027 targets: the dashboard's public part (counts of the public list, no organizations). */
  async progress(asOf: string, targets: Readonly<Record<Tier, number>> = CITY_TARGETS_2027): Promise<Omit<Dashboard, 'coverage'>> {
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

  private async coverage(population: CoveragePopulation, asOf: string): Promise<Coverage> {
    const [row]: { total: number; covered: number; uncovered: { id: string; name: string }[] }[] = await this.dataSource.query(
      `WITH covered AS (
         SELECT DISTINCT m.organization_id FROM membership m
           JOIN consortium_period p ON p.consortium_id = m.consortium_id
                                   AND daterange(p.valid_from, p.valid_to) @> $1::date AND p.status = ANY($2)
          WHERE daterange(m.valid_from, m.valid_to) @> $1::date)
       SELECT count(*)::int AS total, count(c.organization_id)::int AS covered,
              coalesce(to_jsonb((array_agg(jsonb_build_object('id', o.id, 'name', o.name) ORDER BY o.name, o.id) FILTER (WHERE c.organization_id IS NULL))[1:$3]), '[]') AS uncovered
         FROM organization o LEFT JOIN covered c ON c.organization_id = o.id
        WHERE ${COVERAGE_POPULATIONS[population]}`,
      [asOf, ON_LIST, UNCOVERED_SHOWN],
    );
    return {
      population,
      covered: row.covered,
      total: row.total,
      percent: percentOf(row.covered, row.total),
      uncoveredCount: row.total - row.covered,
      uncovered: row.uncovered,
    };
  }
}
