import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { publishedAnnualStandings } from '#evaluation';
import { ConsortiumLookup, DirectoryCoverage, districtByCode } from '#registry';
import {
  coverageComponent,
  districtScore,
  ledgerComponents,
  rankByScore,
  resultsComponent,
  SCORECARD_METHOD,
  SCORECARD_METHODS,
  type ScorecardMethodVersion,
} from '../domain/scorecard.js';
import { NoSupplyDemandFigures, SUPPLY_DEMAND_FIGURES, type SupplyDemandFigures, usableFigure } from './supply-demand.port.js';
import { LedgerRepository } from '../persistence/ledger.repository.js';
import { ledgerStateOf } from './ledger-state.js';

export interface ScorecardRow {
  districtCode: string;
  districtName: string;
  /** Consortia on the list on the day, with the district among theirs. */
  consortia: number;
  /** Of them, those with a place in the year's published annual competition. */
  rankedConsortia: number;
  results: number | null;
  tasks: number;
  completion: number | null;
  onTime: number | null;
  /** Units of the reference directories (名录) in the district, and of them those in a listed consortium. */
  directoryUnits: number;
  coveredUnits: number;
  coverage: number | null;
  supplyDemand: number | null;
  score: number | null;
  rank: number | null;
}

/** The export's columns (Chinese headers, as the annual evaluation of districts uses them). */
export const SCORECARD_COLUMNS = [
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
];

/**
 * 区县履职评价: each district's consortium results, ledger completion and on-time share, membership
 * coverage against the directories and supply–demand figures (where the port provides them) as of
 * a day, combined by a versioned method (domain/scorecard.ts; the current one unless asked) into a
 * score and rank.
 */
@Injectable()
export class DistrictScorecardQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: LedgerRepository,
    private readonly consortia: ConsortiumLookup,
    private readonly directories: DirectoryCoverage,
    @Optional() @Inject(SUPPLY_DEMAND_FIGURES) private readonly supplyDemand: SupplyDemandFigures = new NoSupplyDemandFigures(),
  ) {}

  async scorecard(
    year: number,
    asOf: string,
    methodVersion: ScorecardMethodVersion = SCORECARD_METHOD.version,
  ): Promise<{ year: number; asOf: string; methodVersion: number; weights: Record<string, number>; rows: ScorecardRow[] }> {
    const method = SCORECARD_METHODS[methodVersion];
    const m = this.dataSource.manager;
    const listed = await this.consortia.listedOn(asOf);
    const annual = new Map((await publishedAnnualStandings(m, year)).map((s) => [s.consortiumId, s]));
    const state = await ledgerStateOf(this.repository, m, [year], asOf);
    const districtsOfConsortium = new Map(listed.map((c) => [c.id, c.districtCodes]));
    const consortiumDistricts = async (id: string) => districtsOfConsortium.get(id) ?? (await this.consortia.stateOn(id, asOf))?.districtCodes ?? [];
    const statuses = new Map<string, string[]>();
    for (const t of state.tasks.values()) {
      if (t.parentId) continue;
      const codes = t.districtCode ? [t.districtCode] : t.consortiumId ? await consortiumDistricts(t.consortiumId) : [];
      for (const code of new Set(codes)) statuses.set(code, [...(statuses.get(code) ?? []), state.status.get(t.id)!]);
    }
    const coverage = await this.directories.byDistrict(asOf);
    const supplyDemand = await this.supplyDemand.scoresByDistrict(year, asOf);
    const codes = [
      ...new Set([
        ...listed.flatMap((c) => c.districtCodes),
        ...statuses.keys(),
        ...coverage.keys(),
        ...[...supplyDemand.keys()].filter((c) => districtByCode(c)),
      ]),
    ].sort();
    const rows = codes.map((code) => {
      const inDistrict = listed.filter((c) => c.districtCodes.includes(code));
      const places = inDistrict.map((c) => annual.get(c.id)).filter((s) => s !== undefined);
      const ledger = ledgerComponents(statuses.get(code) ?? []);
      const results = resultsComponent(places);
      const units = coverage.get(code) ?? { covered: 0, total: 0 };
      const components = { results, ...ledger, coverage: coverageComponent(units.covered, units.total), supplyDemand: usableFigure(supplyDemand.get(code)) };
      return {
        districtCode: code,
        districtName: districtByCode(code)?.name ?? code,
        consortia: inDistrict.length,
        rankedConsortia: places.length,
        results,
        tasks: (statuses.get(code) ?? []).length,
        ...ledger,
        directoryUnits: units.total,
        coveredUnits: units.covered,
        coverage: components.coverage,
        supplyDemand: components.supplyDemand,
        score: districtScore(components, method),
      };
    });
    return { year, asOf, methodVersion: method.version, weights: { ...method.weights }, rows: rankByScore(rows) };
  }

  static tableRows(rows: readonly ScorecardRow[], methodVersion: number): unknown[][] {
    return rows.map((r) => [
      r.rank ?? '',
      r.districtName,
      r.districtCode,
      r.consortia,
      r.rankedConsortia,
      r.results ?? '',
      r.tasks,
      r.completion ?? '',
      r.onTime ?? '',
      r.directoryUnits,
      r.coveredUnits,
      r.coverage ?? '',
      r.supplyDemand ?? '',
      r.score ?? '',
      `v${methodVersion}`,
    ]);
  }
}
