import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { publishedAnnualStandings } from '#evaluation';
import { ConsortiumLookup, districtByCode } from '#registry';
import { districtScore, ledgerComponents, rankByScore, resultsComponent, SCORECARD_METHOD } from '../domain/scorecard.js';
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
  score: number | null;
  rank: number | null;
}

/** The export's columns (Chinese headers, as the annual evaluation of districts uses them). */
export const SCORECARD_COLUMNS = ['排名', '区县', '区县代码', '在册联合体数', '参评联合体数', '赛马成绩得分', '台账任务数', '台账完成率(%)', '按时推进率(%)', '综合得分', '评价方法版本'];

/**
 * 区县履职评价: each district's consortium results, ledger completion and on-time share as of a
 * day, combined by `SCORECARD_METHOD` (versioned; see domain/scorecard.ts) into a score and rank.
 */
@Injectable()
export class DistrictScorecardQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: LedgerRepository,
    private readonly consortia: ConsortiumLookup,
  ) {}

  async scorecard(year: number, asOf: string): Promise<{ year: number; asOf: string; methodVersion: number; weights: Record<string, number>; rows: ScorecardRow[] }> {
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
    const codes = [...new Set([...listed.flatMap((c) => c.districtCodes), ...statuses.keys()])].sort();
    const rows = codes.map((code) => {
      const inDistrict = listed.filter((c) => c.districtCodes.includes(code));
      const places = inDistrict.map((c) => annual.get(c.id)).filter((s) => s !== undefined);
      const ledger = ledgerComponents(statuses.get(code) ?? []);
      const results = resultsComponent(places);
      return {
        districtCode: code,
        districtName: districtByCode(code)?.name ?? code,
        consortia: inDistrict.length,
        rankedConsortia: places.length,
        results,
        tasks: (statuses.get(code) ?? []).length,
        ...ledger,
        score: districtScore({ results, ...ledger }),
      };
    });
    return { year, asOf, methodVersion: SCORECARD_METHOD.version, weights: { ...SCORECARD_METHOD.weights }, rows: rankByScore(rows) };
  }

  static tableRows(rows: readonly ScorecardRow[], methodVersion: number): unknown[][] {
    return rows.map((r) => [r.rank ?? '', r.districtName, r.districtCode, r.consortia, r.rankedConsortia, r.results ?? '', r.tasks, r.completion ?? '', r.onTime ?? '', r.score ?? '', `v${methodVersion}`]);
  }
}
