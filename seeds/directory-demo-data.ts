import type { EntityManager } from 'typeorm';
import { makeUscc } from '#registry';
import { DEMO_ORGANIZATIONS, type DemoOrganization } from './registry-demo-data.js';

/**
 * The reference directories (名录) and city statistics of the demo, so the dashboard's 2027 targets
 * count against real denominators from the first `npm start`: the 2026 directories list every demo
 * unit that is a key park, a higher vocational college or an above-scale firm, plus a few units of
 * each kind that are in no consortium yet (names marked 演示), so coverage reads below 100 % and rises
 * as they join. The high-skilled share is a demo series, not official statistics.
 */
export const DEMO_DIRECTORY_YEAR = 2026;

export const DEMO_DIRECTORY_OUTSIDE: readonly {
  kind: 'KEY_PARKS' | 'HIGHER_VOCATIONAL_COLLEGES' | 'ABOVE_SCALE_FIRMS';
  name: string;
  districtCode: string;
  body: string;
}[] = [
  { kind: 'KEY_PARKS', name: '重庆璧山高新技术产业开发区（演示名录）', districtCode: '500120', body: '70000001' },
  { kind: 'KEY_PARKS', name: '重庆綦江工业园区（演示名录）', districtCode: '500110', body: '70000002' },
  { kind: 'HIGHER_VOCATIONAL_COLLEGES', name: '重庆能源职业学院（演示名录）', districtCode: '500116', body: '70000003' },
  { kind: 'HIGHER_VOCATIONAL_COLLEGES', name: '重庆护理职业学院（演示名录）', districtCode: '500110', body: '70000004' },
  { kind: 'ABOVE_SCALE_FIRMS', name: '重庆璧山精密制造有限公司（演示名录）', districtCode: '500120', body: '70000005' },
  { kind: 'ABOVE_SCALE_FIRMS', name: '重庆永川智能装备有限公司（演示名录）', districtCode: '500118', body: '70000006' },
  { kind: 'ABOVE_SCALE_FIRMS', name: '重庆江津新材料股份有限公司（演示名录）', districtCode: '500116', body: '70000007' },
];

/** 高技能人才占技能人才比例, per year: a demo series (source says so), rising towards the 45 % target. */
export const DEMO_HIGH_SKILLED_SHARE: readonly { year: number; value: number; reportedOn: string }[] = [
  { year: 2023, value: 35.2, reportedOn: '2024-03-15' },
  { year: 2024, value: 37.8, reportedOn: '2025-03-14' },
  { year: 2025, value: 40.6, reportedOn: '2026-03-13' },
];

/** Registration authority and category of a USCC (GB 32100): organs for parks, public institutions for colleges, firms. */
const REGISTRAR = { KEY_PARKS: ['1', '1'], HIGHER_VOCATIONAL_COLLEGES: ['1', '2'], ABOVE_SCALE_FIRMS: ['9', '1'] } as const;

/** `usccOf` gives a demo organization's credit code as the registry seeds it. */
export async function seedDirectories(manager: EntityManager, usccOf: (org: DemoOrganization) => string): Promise<{ entries: number; statistics: number }> {
  const rows: { kind: string; uscc: string; name: string; districtCode: string }[] = [];
  for (const org of DEMO_ORGANIZATIONS) {
    const kind =
      org.type === 'PARK' && org.keyPark
        ? 'KEY_PARKS'
        : org.type === 'SCHOOL' && org.schoolLevel === 'HIGHER_VOCATIONAL'
          ? 'HIGHER_VOCATIONAL_COLLEGES'
          : org.type === 'ENTERPRISE' && org.aboveScale
            ? 'ABOVE_SCALE_FIRMS'
            : null;
    if (kind) rows.push({ kind, uscc: usccOf(org), name: org.name, districtCode: org.districtCode });
  }
  for (const unit of DEMO_DIRECTORY_OUTSIDE)
    rows.push({
      kind: unit.kind,
      uscc: makeUscc(REGISTRAR[unit.kind][0], REGISTRAR[unit.kind][1], unit.districtCode, unit.body),
      name: unit.name,
      districtCode: unit.districtCode,
    });
  for (const row of rows) {
    await manager.query(`INSERT INTO reference_directory_entry (year, kind, uscc, name, district_code) VALUES ($1, $2, $3, $4, $5)`, [
      DEMO_DIRECTORY_YEAR,
      row.kind,
      row.uscc,
      row.name,
      row.districtCode,
    ]);
  }
  for (const s of DEMO_HIGH_SKILLED_SHARE) {
    await manager.query(`INSERT INTO city_statistic (indicator, year, value, source, reported_on) VALUES ('HIGH_SKILLED_SHARE', $1, $2, $3, $4)`, [
      s.year,
      s.value,
      '演示数据（非官方统计）',
      s.reportedOn,
    ]);
  }
  return { entries: rows.length, statistics: DEMO_HIGH_SKILLED_SHARE.length };
}
