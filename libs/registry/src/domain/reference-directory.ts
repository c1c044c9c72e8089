/**
 * 名录: the reference directories of all key parks (重点园区), higher vocational colleges (高职院校)
 * and above-scale firms (规上企业) of the city, per year, imported by the task force. The 2027
 * "全覆盖" targets are counted against them: covered = directory units (by USCC) that are members of
 * a consortium on the list that day.
 */
export const DIRECTORY_KINDS = ['KEY_PARKS', 'HIGHER_VOCATIONAL_COLLEGES', 'ABOVE_SCALE_FIRMS'] as const;
/** The same codes as the dashboard's coverage populations (registry.labels.ts `CoveragePopulation`). */
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

/** 名录类型 as people write it in a file: the code, or one of these. */
export const DIRECTORY_KIND_TEXT: Readonly<Record<string, DirectoryKind>> = {
  重点园区: 'KEY_PARKS',
  园区: 'KEY_PARKS',
  高职院校: 'HIGHER_VOCATIONAL_COLLEGES',
  高职: 'HIGHER_VOCATIONAL_COLLEGES',
  高等职业学校: 'HIGHER_VOCATIONAL_COLLEGES',
  规上企业: 'ABOVE_SCALE_FIRMS',
  规模以上企业: 'ABOVE_SCALE_FIRMS',
};

/** Statistics the task force enters per year (高技能人才占比, per cent of skilled workers). */
export const CITY_STATISTICS = ['HIGH_SKILLED_SHARE'] as const;
export type CityStatistic = (typeof CITY_STATISTICS)[number];

/** The 2027 target of each statistic (seeds/004: 高技能人才占技能人才比例达到 45% 以上), in per cent. */
export const CITY_STATISTIC_TARGETS_2027: Readonly<Record<CityStatistic, number>> = { HIGH_SKILLED_SHARE: 45 };
