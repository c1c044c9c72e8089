import type { DataSource } from 'typeorm';
import type { ConsortiumLookup, DirectoryCoverage } from '#registry';
import type { LedgerRepository } from '../persistence/ledger.repository.js';
import { DistrictScorecardQuery } from './district-scorecard.query.js';
import { NoSupplyDemandFigures, type SupplyDemandFigures } from './supply-demand.port.js';

/**
 * The supply–demand component plugged in through its port, on a fixture with no annual competition
 * and no ledger task: coverage and supply–demand only, every figure hand-computed.
 */
describe('district scorecard with a supply–demand provider plugged in', () => {
  // A consortium in 永川区 (500118) and 万州区 (500101); directory units: 永川 4 of 5 covered, 万州 1 of 4.
  const consortia = {
    listedOn: () => Promise.resolve([{ id: 'c1', districtCodes: ['500118', '500101'] }]),
    stateOn: () => Promise.resolve(null),
  } as unknown as ConsortiumLookup;
  const directories = {
    byDistrict: () =>
      Promise.resolve(
        new Map([
          ['500118', { covered: 4, total: 5 }],
          ['500101', { covered: 1, total: 4 }],
        ]),
      ),
  } as unknown as DirectoryCoverage;
  const dataSource = { manager: { query: () => Promise.resolve([]) } } as unknown as DataSource;
  const repository = {
    tasks: () => Promise.resolve([]),
    milestones: () => Promise.resolve([]),
    reports: () => Promise.resolve([]),
  } as unknown as LedgerRepository;
  const card = (figures: SupplyDemandFigures, method?: 1 | 2) =>
    new DistrictScorecardQuery(dataSource, repository, consortia, directories, figures).scorecard(2026, '2026-12-31', method);

  it('scores coverage alone while no provider gives figures (weight shared out)', async () => {
    const { rows, methodVersion } = await card(new NoSupplyDemandFigures());
    expect(methodVersion).toBe(2);
    // 永川 4/5 = 80 %; 万州 1/4 = 25 %; coverage the only component: the score is the coverage.
    expect(rows.map((r) => [r.districtCode, r.coverage, r.supplyDemand, r.score, r.rank])).toEqual([
      ['500118', 80, null, 80, 1],
      ['500101', 25, null, 25, 2],
    ]);
  });

  it('weights the provider’s figures 0.1 beside coverage’s 0.15, clamps them to 0–100 and ignores unknown districts', async () => {
    const figures: SupplyDemandFigures = {
      scoresByDistrict: () =>
        Promise.resolve(
          new Map([
            ['500118', 130],
            ['500101', 40],
            ['999999', 50],
          ]),
        ),
    };
    const { rows } = await card(figures);
    // 永川: (0.15·80 + 0.1·100) / 0.25 = (12 + 10) / 0.25 = 88; 万州: (0.15·25 + 0.1·40) / 0.25 = (3.75 + 4) / 0.25 = 31.
    expect(rows.map((r) => [r.districtCode, r.coverage, r.supplyDemand, r.score, r.rank])).toEqual([
      ['500118', 80, 100, 88, 1],
      ['500101', 25, 40, 31, 2],
    ]);
    // Method 1 scores neither: no results, no ledger → no score.
    expect((await card(figures, 1)).rows.map((r) => r.score)).toEqual([null, null]);
  });
});
