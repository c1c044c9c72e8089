/**
 * The demo evaluation scheme: every indicator of the table "西部职教基地'十四五'发展规划主要预期指标"
 * of seeds/002 (34 rows; the three rows counting "学校/专业" are two indicators each, a school
 * count and a programme count, since one answer cannot hold "1/2"), with the document's 2020
 * baseline and 2025 target, plus one demo indicator of the fifth mechanism (数字化管理平台).
 *
 * How the level targets were set (a task force's reading of the plan, not the document's):
 * - L1 (national-level consortia, the West China base itself among them): the document's 2025
 *   target. "> 20", "> 10", "> 8" are read as 20, 10, 8.
 * - L2 (municipal consortia) and L3 (park-, industry- and school-led ones): counts are whole
 *   numbers, about a third of the level above, at least 1 (e.g. 产教融合示范基地 9 / 3 / 2,
 *   科技成果转化项目 150 / 40 / 15). Shares and rates keep the L1 target where any consortium
 *   can reach it (区域内就业创业率 20 %, 技术服务产值增长 10 %, 生师比 18:1) and are lower where a
 *   smaller consortium has fewer schools to draw on (博士学位教师占比 30 / 20 / 10 %).
 * - Indicators only a base of national scale can move (国家“双高”学校, 本科职业教育院校,
 *   应用型大学, 职业教育综合用地面积) are on the L1 paper only; a few more stop at L2.
 * - Weights, dimensions, "required" and evidence flags, ranges and grade bounds are demo.
 */

type Level = 'L1' | 'L2' | 'L3';
type Dimension = 'ENTITY_OPERATION' | 'RESOURCE_SHARING' | 'TALENT_CULTIVATION' | 'INDUSTRY_SERVICE' | 'DIGITAL_GOVERNANCE';

/** One row of seeds/002's table as the demo scheme uses it. */
export interface DemoIndicatorSource {
  code: string;
  /** The row's name in seeds/002 (a school/programme row names its half). */
  name: string;
  unit: string;
  dimension: Dimension;
  valueType: 'INTEGER' | 'NUMBER' | 'PERCENT' | 'BOOLEAN';
  direction?: 'benefit' | 'cost';
  /** 2020 in seeds/002; null where the table has "/". */
  baseline2020: number | null;
  /** 2025 in seeds/002 (null for the demo indicator). */
  target2025: number | null;
  /** Targets per level; a level without one does not answer the indicator. */
  targets: Partial<Record<Level, number>>;
  weight: number;
  required?: boolean;
  evidence?: boolean;
  /** A yearly growth rate: may be negative (a bad year). */
  growth?: boolean;
}

const count = (
  code: string,
  name: string,
  unit: string,
  dimension: Dimension,
  baseline2020: number | null,
  target2025: number,
  [l2, l3]: [number | null, number | null],
  weight: number,
  extra: Partial<DemoIndicatorSource> = {},
): DemoIndicatorSource => ({
  code,
  name,
  unit,
  dimension,
  valueType: 'INTEGER',
  baseline2020,
  target2025,
  targets: { L1: target2025, ...(l2 === null ? {} : { L2: l2 }), ...(l3 === null ? {} : { L3: l3 }) },
  weight,
  evidence: true,
  ...extra,
});

const share = (
  code: string,
  name: string,
  dimension: Dimension,
  baseline2020: number | null,
  [l1, l2, l3]: [number, number, number],
  weight: number,
  extra: Partial<DemoIndicatorSource> = {},
): DemoIndicatorSource => ({
  code,
  name,
  unit: '%',
  dimension,
  valueType: 'PERCENT',
  baseline2020,
  target2025: l1,
  targets: { L1: l1, L2: l2, L3: l3 },
  weight,
  ...extra,
});

/** seeds/002's table, in its order (办学水平, 办学规模, 社会贡献, 师资队伍, 改革创新, 发展生态), then the demo indicator. */
export const DEMO_INDICATOR_SOURCES: readonly DemoIndicatorSource[] = [
  // 办学水平
  count('DOUBLE_HIGH_SCHOOLS', '国家“双高”计划学校', '所', 'TALENT_CULTIVATION', 0, 1, [null, null], 0.05),
  count('DOUBLE_HIGH_PROGRAMS', '国家“双高”计划专业', '个', 'TALENT_CULTIVATION', 0, 2, [1, null], 0.05),
  count('DOUBLE_EXCELLENT_SCHOOLS', '国家“双优”计划学校', '所', 'TALENT_CULTIVATION', null, 2, [1, null], 0.05),
  count('DOUBLE_EXCELLENT_PROGRAMS', '国家“双优”计划专业', '个', 'TALENT_CULTIVATION', null, 4, [2, 1], 0.05),
  count('VOC_UNDERGRAD_SCHOOLS', '本科职业教育院校', '所', 'TALENT_CULTIVATION', 0, 1, [null, null], 0.03),
  count('VOC_UNDERGRAD_PROGRAMS', '本科职业教育专业', '个', 'TALENT_CULTIVATION', 0, 6, [2, null], 0.04),
  count('APPLIED_UNIVERSITIES', '应用型大学', '所', 'TALENT_CULTIVATION', 2, 3, [null, null], 0.03),
  count('SINO_FOREIGN_PROGRAMS', '中外合作办学项目', '个', 'RESOURCE_SHARING', 0, 3, [1, null], 0.05),
  count('NATIONAL_LANDMARK_RESULTS', '国家级标志性成果', '项', 'TALENT_CULTIVATION', null, 300, [30, 10], 0.05),
  // 办学规模
  count('ENGINEERS_TRAINED', '年均工程师培养数量', '人', 'TALENT_CULTIVATION', null, 500, [150, 60], 0.05, { evidence: false }),
  count('VOC_SCHOOLS', '职业院校数量', '所', 'RESOURCE_SHARING', 15, 20, [6, 2], 0.1, { evidence: false }),
  {
    code: 'VOC_LAND_AREA',
    name: '职业教育综合用地面积',
    unit: '平方公里',
    dimension: 'RESOURCE_SHARING',
    valueType: 'NUMBER',
    baseline2020: 12.8,
    target2025: 20,
    targets: { L1: 20 },
    weight: 0.05,
  },
  {
    code: 'VOC_ENROLMENT',
    name: '职业院校在校生规模',
    unit: '万人',
    dimension: 'RESOURCE_SHARING',
    valueType: 'NUMBER',
    baseline2020: 14.4,
    target2025: 20,
    targets: { L1: 20, L2: 5, L3: 1 },
    weight: 0.1,
  },
  // 社会贡献
  share('LOCAL_EMPLOYMENT', '毕业生区域内就业创业率', 'INDUSTRY_SERVICE', null, [20, 20, 20], 0.2, { required: true }),
  count('RESEARCH_PLATFORMS', '高层次科研创新平台', '个', 'RESOURCE_SHARING', 5, 10, [3, 1], 0.1),
  count('SKILLS_BASES', '市级及以上高技能人才培训基地（含技能大师工作室）', '个', 'RESOURCE_SHARING', 2, 8, [3, 2], 0.15, { required: true, evidence: false }),
  count('TECH_TRANSFERS', '科技成果转化项目', '个', 'INDUSTRY_SERVICE', null, 150, [40, 15], 0.2, { required: true }),
  share('TECH_SERVICE_GROWTH', '技术服务产值年增长率', 'INDUSTRY_SERVICE', null, [10, 10, 10], 0.25, { required: true, evidence: true, growth: true }),
  count('COMMUNITY_COLLEGES', '社区学院、市民学院', '所', 'INDUSTRY_SERVICE', 3, 8, [2, 1], 0.1),
  count('ELDERLY_EDU_SCHOOLS', '老年教育示范校（基地）', '个', 'INDUSTRY_SERVICE', null, 10, [3, 1], 0.15),
  // 师资队伍
  {
    code: 'STUDENT_TEACHER_RATIO',
    name: '生师比',
    unit: ':1',
    dimension: 'TALENT_CULTIVATION',
    valueType: 'NUMBER',
    direction: 'cost',
    baseline2020: 22,
    target2025: 18,
    targets: { L1: 18, L2: 18, L3: 18 },
    weight: 0.1,
    required: true,
  },
  share('DUAL_QUALIFIED_RATIO', '“双师型”教师占专任教师的比例', 'TALENT_CULTIVATION', null, [60, 60, 50], 0.15, { required: true, evidence: true }),
  count('TEACHING_TEAMS', '市级及以上教学科研创新团队', '个', 'TALENT_CULTIVATION', 2, 8, [3, 1], 0.04),
  count('SKILL_MASTERS', '市级及以上技能大师', '人', 'TALENT_CULTIVATION', 6, 30, [8, 3], 0.03),
  count('TOP_TALENTS', '市级及以上重庆英才等拔尖创新人才', '人', 'TALENT_CULTIVATION', 12, 50, [12, 4], 0.03),
  share('DOCTORAL_TEACHERS', '博士学位教师占比', 'TALENT_CULTIVATION', 24, [30, 20, 10], 0.05),
  // 改革创新
  share('SECONDARY_HIGHER_PATHWAY', '中职-高职贯通培养比例', 'TALENT_CULTIVATION', null, [60, 60, 50], 0.1),
  share('HIGHER_UNDERGRAD_PATHWAY', '高职-本科贯通培养比例', 'TALENT_CULTIVATION', null, [10, 8, 5], 0.05),
  count('CITY_INTEGRATION_MODELS', '产城职创融合发展模式', '个', 'ENTITY_OPERATION', null, 1, [1, 1], 0.2, { evidence: false }),
  count('JOB_COURSE_PROJECTS', '“岗课赛证”综合育人项目', '项', 'TALENT_CULTIVATION', null, 20, [8, 4], 0.05),
  count('REFORM_CASES', '国家级综合改革典型案例', '个', 'INDUSTRY_SERVICE', 0, 10, [2, 1], 0.1),
  count('INTL_SKILLS_COLLEGES', '国际技能学院', '所', 'RESOURCE_SHARING', null, 3, [1, null], 0.1),
  // 发展生态
  count('DEMO_VOC_GROUPS', '市级及以上示范性职教集团', '个', 'ENTITY_OPERATION', 3, 6, [2, 1], 0.2),
  count('TRAINING_BASES', '市级及以上产教融合示范基地/虚拟仿真实训基地', '个', 'RESOURCE_SHARING', null, 9, [3, 2], 0.2, { required: true }),
  count('INTEGRATION_FIRMS', '市级及以上产教融合型企业', '家', 'ENTITY_OPERATION', null, 2, [2, 1], 0.3, { required: true }),
  count('INDUSTRY_COLLEGES', '市级及以上产业学院等办学项目', '个', 'RESOURCE_SHARING', null, 8, [3, 2], 0.15),
  share('POLICY_SUPPLY_GROWTH', '地方政府政策供给增加度', 'ENTITY_OPERATION', null, [10, 10, 10], 0.3, { required: true, evidence: true, growth: true }),
  // Demo: the fifth mechanism (数字赋能智慧治理) has no row in seeds/002.
  {
    code: 'DIGITAL_PLATFORM_LIVE',
    name: '数字化管理平台上线运行（演示）',
    unit: '',
    dimension: 'DIGITAL_GOVERNANCE',
    valueType: 'BOOLEAN',
    baseline2020: null,
    target2025: null,
    targets: { L1: 1, L2: 1, L3: 1 },
    weight: 1,
    required: true,
  },
];

const rangeOf = (s: DemoIndicatorSource) =>
  s.growth
    ? { min: -100, max: 1000 }
    : s.valueType === 'PERCENT'
      ? { min: 0, max: 100 }
      : s.valueType === 'BOOLEAN'
        ? { min: 0, max: 1 }
        : s.direction === 'cost'
          ? { min: 1, max: 60 }
          : { min: 0, max: 10000 };

const indicatorOf = (s: DemoIndicatorSource) => ({
  code: s.code,
  name: s.name,
  unit: s.unit,
  dimension: s.dimension,
  direction: s.direction ?? 'benefit',
  valueType: s.valueType,
  normalization: s.valueType === 'BOOLEAN' ? 'BOOLEAN' : 'TARGET',
  weight: s.weight,
  required: s.required ?? false,
  evidenceRequired: s.evidence ?? false,
  range: rangeOf(s),
  levels: Object.fromEntries(Object.entries(s.targets).map(([level, target]) => [level, { target: s.valueType === 'BOOLEAN' ? null : target }])),
});

export const DEMO_SCHEME = {
  code: 'CQ-CONSORTIUM',
  name: '市域产教联合体赛马比拼考核方案（演示）',
  definition: {
    dimensions: [
      { code: 'ENTITY_OPERATION', name: '实体化运行', weight: 0.15 },
      { code: 'RESOURCE_SHARING', name: '资源共建共享', weight: 0.2 },
      { code: 'TALENT_CULTIVATION', name: '多元共育人才培养', weight: 0.3 },
      { code: 'INDUSTRY_SERVICE', name: '教产互促服务发展', weight: 0.25 },
      { code: 'DIGITAL_GOVERNANCE', name: '数字赋能智慧治理', weight: 0.1 },
    ],
    indicators: DEMO_INDICATOR_SOURCES.map(indicatorOf),
    settings: {
      aggregation: 'WEIGHTED_SUM',
      weighting: 'EXPERT',
      alpha: 0.5,
      beta: 0.2,
      missingOptional: 'RENORMALIZE',
      cap: 1,
      grades: { method: 'PERCENTILE', bounds: [85, 60, 20] },
    },
  },
};

/** Demo rounds: two closed past quarters, the current one open. */
export const DEMO_ROUNDS = [
  { code: '2026Q2', status: 'CLOSED', deadline: '2026-07-15T23:59:59+08:00' },
  { code: '2026Q3', status: 'CLOSED', deadline: '2026-10-15T23:59:59+08:00' },
  { code: '2026Q4', status: 'OPEN', deadline: '2027-01-15T23:59:59+08:00' },
] as const;
