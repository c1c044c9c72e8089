/**
 * The demo evaluation scheme: indicators taken from the table "西部职教基地'十四五'发展规划主要预期指标"
 * of seeds/002, with the document's 2025 targets as the national-level (L1) targets. The L2 and
 * L3 targets (80 % and 60 % of L1), the weights, the digital-governance indicator and the grade
 * bounds are demo.
 */
const t = (l1: number) => ({ L1: { target: l1 }, L2: { target: Math.round(l1 * 0.8 * 10) / 10 }, L3: { target: Math.round(l1 * 0.6 * 10) / 10 } });
const noTarget = { L1: { target: null }, L2: { target: null }, L3: { target: null } };

export const DEMO_SCHEME = {
  code: 'CQ-CONSORTIUM',
  name: '市域产教联合体赛马比拼考核方案（演示）',
  definition: {
    dimensions: [
      { code: 'ENTITY_OPERATION', name: '实体化运行', weight: 0.2 },
      { code: 'RESOURCE_SHARING', name: '资源共建共享', weight: 0.2 },
      { code: 'TALENT_CULTIVATION', name: '多元共育人才培养', weight: 0.25 },
      { code: 'INDUSTRY_SERVICE', name: '教产互促服务发展', weight: 0.25 },
      { code: 'DIGITAL_GOVERNANCE', name: '数字赋能智慧治理', weight: 0.1 },
    ],
    indicators: [
      { code: 'POLICY_SUPPLY_GROWTH', name: '地方政府政策供给增加度', unit: '%', dimension: 'ENTITY_OPERATION', direction: 'benefit', valueType: 'PERCENT', normalization: 'TARGET', weight: 0.5, required: true, evidenceRequired: true, range: { min: -100, max: 1000 }, levels: t(10) },
      { code: 'INTEGRATION_FIRMS', name: '市级及以上产教融合型企业', unit: '家', dimension: 'ENTITY_OPERATION', direction: 'benefit', valueType: 'INTEGER', normalization: 'TARGET', weight: 0.5, required: true, evidenceRequired: true, range: { min: 0, max: 1000 }, levels: t(2) },
      { code: 'TRAINING_BASES', name: '市级及以上产教融合示范基地/虚拟仿真实训基地', unit: '个', dimension: 'RESOURCE_SHARING', direction: 'benefit', valueType: 'INTEGER', normalization: 'TARGET', weight: 0.5, required: true, evidenceRequired: true, range: { min: 0, max: 1000 }, levels: t(9) },
      { code: 'SKILLS_BASES', name: '市级及以上高技能人才培训基地（含技能大师工作室）', unit: '个', dimension: 'RESOURCE_SHARING', direction: 'benefit', valueType: 'INTEGER', normalization: 'TARGET', weight: 0.5, required: true, evidenceRequired: false, range: { min: 0, max: 1000 }, levels: t(8) },
      { code: 'DUAL_QUALIFIED_RATIO', name: '“双师型”教师占专任教师的比例', unit: '%', dimension: 'TALENT_CULTIVATION', direction: 'benefit', valueType: 'PERCENT', normalization: 'TARGET', weight: 0.3, required: true, evidenceRequired: true, range: { min: 0, max: 100 }, levels: t(60) },
      { code: 'STUDENT_TEACHER_RATIO', name: '生师比', unit: ':1', dimension: 'TALENT_CULTIVATION', direction: 'cost', valueType: 'NUMBER', normalization: 'TARGET', weight: 0.3, required: true, evidenceRequired: false, range: { min: 1, max: 60 }, levels: { L1: { target: 18 }, L2: { target: 18 }, L3: { target: 18 } } },
      { code: 'SECONDARY_HIGHER_PATHWAY', name: '中职-高职贯通培养比例', unit: '%', dimension: 'TALENT_CULTIVATION', direction: 'benefit', valueType: 'PERCENT', normalization: 'TARGET', weight: 0.2, required: false, evidenceRequired: false, range: { min: 0, max: 100 }, levels: t(60) },
      { code: 'DOCTORAL_TEACHERS', name: '博士学位教师占比', unit: '%', dimension: 'TALENT_CULTIVATION', direction: 'benefit', valueType: 'PERCENT', normalization: 'TARGET', weight: 0.2, required: false, evidenceRequired: false, range: { min: 0, max: 100 }, levels: t(30) },
      { code: 'TECH_SERVICE_GROWTH', name: '技术服务产值年增长率', unit: '%', dimension: 'INDUSTRY_SERVICE', direction: 'benefit', valueType: 'PERCENT', normalization: 'TARGET', weight: 0.4, required: true, evidenceRequired: true, range: { min: -100, max: 1000 }, levels: t(10) },
      { code: 'TECH_TRANSFERS', name: '科技成果转化项目', unit: '个', dimension: 'INDUSTRY_SERVICE', direction: 'benefit', valueType: 'INTEGER', normalization: 'MIN_MAX', weight: 0.3, required: true, evidenceRequired: true, range: { min: 0, max: 10000 }, levels: noTarget },
      { code: 'LOCAL_EMPLOYMENT', name: '毕业生区域内就业创业率', unit: '%', dimension: 'INDUSTRY_SERVICE', direction: 'benefit', valueType: 'PERCENT', normalization: 'TARGET', weight: 0.3, required: true, evidenceRequired: false, range: { min: 0, max: 100 }, levels: t(20) },
      { code: 'DIGITAL_PLATFORM_LIVE', name: '数字化管理平台上线运行（演示）', unit: '', dimension: 'DIGITAL_GOVERNANCE', direction: 'benefit', valueType: 'BOOLEAN', normalization: 'BOOLEAN', weight: 1, required: true, evidenceRequired: false, range: { min: 0, max: 1 }, levels: noTarget },
    ],
    settings: { aggregation: 'WEIGHTED_SUM', weighting: 'EXPERT', alpha: 0.5, beta: 0.2, missingOptional: 'RENORMALIZE', cap: 1, grades: { method: 'PERCENTILE', bounds: [85, 60, 20] } },
  },
};

/** Demo rounds: two closed past quarters, the current one open. */
export const DEMO_ROUNDS = [
  { code: '2026Q2', status: 'CLOSED', deadline: '2026-07-15T23:59:59+08:00' },
  { code: '2026Q3', status: 'CLOSED', deadline: '2026-10-15T23:59:59+08:00' },
  { code: '2026Q4', status: 'OPEN', deadline: '2027-01-15T23:59:59+08:00' },
] as const;
