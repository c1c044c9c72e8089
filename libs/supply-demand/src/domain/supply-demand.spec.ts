import { districtProximity, matchScore, rankSuppliers, statusOn } from './supply-demand.js';

const supplier = (id: string, over: Partial<Parameters<typeof matchScore>[1]> = {}) => ({
  organizationId: id,
  organizationName: id,
  districtCode: '500118',
  clusterCodes: ['ICV-NEV'],
  programCodes: [] as string[],
  pastOutcomes: 0,
  ...over,
});

describe('matchScore', () => {
  it('explains each factor: cluster 0.4, program 0.3, district 0.2, fulfilment 0.1 (×100, two decimals)', () => {
    const demand = { clusterCodes: ['ICV-NEV', 'EIM'], programCodes: ['460702', '460701', '510101'], districtCodes: ['500118'] };
    // Serves 1 of 2 clusters (0.5), runs 1 of 3 programs (1/3), same district (1), 3 past outcomes (3/4).
    const m = matchScore(demand, supplier('a', { programCodes: ['460702'], pastOutcomes: 3 }));
    expect(m.reasons.map((r) => [r.factor, r.value, r.points])).toEqual([
      ['CLUSTER', 0.5, 20],
      ['PROGRAM', 1 / 3, 10],
      ['DISTRICT', 1, 20],
      ['FULFILMENT', 0.75, 7.5],
    ]);
    expect(m.score).toBe(57.5);
  });

  it('reads district distance by region: same district, same region, same province, elsewhere', () => {
    expect(districtProximity('500118', ['500118']).value).toBe(1);
    expect(districtProximity('500106', ['500118']).value).toBe(0.5); // 沙坪坝 and 永川: 主城都市区
    expect(districtProximity('500101', ['500118']).value).toBe(0.25); // 万州 (渝东北) and 永川
    expect(districtProximity('510100', ['500118']).value).toBe(0);
  });

  it('ranks by score, ties by organization id, drops zero scores, keeps the limit', () => {
    const demand = { clusterCodes: ['ICV-NEV'], programCodes: [], districtCodes: ['500118'] };
    const ranked = rankSuppliers(
      demand,
      [supplier('c'), supplier('b'), supplier('a', { districtCode: '500101' }), supplier('z', { clusterCodes: [], districtCode: '510100' })],
      2,
    );
    expect(ranked.map((r) => [r.organizationId, r.score])).toEqual([
      ['b', 90],
      ['c', 90],
    ]);
  });
});

describe('statusOn', () => {
  it('reads an open demand past its validity as EXPIRED, and nothing else', () => {
    expect(statusOn('PUBLISHED', '2026-09-30', '2026-10-01')).toBe('EXPIRED');
    expect(statusOn('IN_DOCKING', '2026-09-30', '2026-09-30')).toBe('IN_DOCKING');
    expect(statusOn('FULFILLED', '2026-09-30', '2026-12-01')).toBe('FULFILLED');
    expect(statusOn('PUBLISHED', null, '9999-12-31')).toBe('PUBLISHED');
  });
});
