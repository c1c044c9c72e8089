import { dictionary, type Dictionary, type Label, type Labels } from '#platform';
import type { ApplicationKind, ApplicationStatus } from './application.js';
import type { CompositionWarningCode } from './composition.js';
import type { ConsortiumKind, ConsortiumStatus, Level, Tier } from './consortium.js';
import type { CouncilPosition, DelegatedPowerItem, PlatformService } from './governance.js';
import type { GovernanceDocumentKind } from './governance-document.js';
import type { CityStatistic } from './reference-directory.js';
import type { FileProblemCode, ImportKind, ImportMode, ImportStatus } from './import.js';
import type { IndustryClusterCategory } from './industry-cluster.js';
import type { ExitReason, MembershipEndReason, MembershipRole } from './membership.js';
import type { EnterpriseSize, IntegrationLevel, OrganizationType, ParkLevel, SchoolLevel } from './organization.js';
import type { ParticipationSource } from './participation.js';
import type { UsccRule } from './uscc.js';

/** 联合体类别 */
export const TIER_LABELS: Labels<Tier> = {
  NATIONAL: { zh: '国家级', en: 'National' },
  MUNICIPAL: { zh: '市级', en: 'Municipal' },
  PARK_LED: { zh: '园区牵头', en: 'Park-led' },
  INDUSTRY_LED: { zh: '行业牵头', en: 'Industry-led' },
  SCHOOL_LED: { zh: '院校牵头', en: 'School-led' },
};

/** 联合体状态 */
export const CONSORTIUM_STATUS_LABELS: Labels<ConsortiumStatus> = {
  PREPARING: { zh: '筹建', en: 'Preparing' },
  ACTIVE: { zh: '在册', en: 'Active' },
  WARNED: { zh: '预警', en: 'Warned' },
  PROBATION: { zh: '限期整改', en: 'Probation' },
  DELISTED: { zh: '退出名单', en: 'Delisted' },
};

export const CONSORTIUM_KIND_LABELS: Labels<ConsortiumKind> = {
  CITY: { zh: '市域产教联合体', en: 'City consortium' },
  INDUSTRY_COMMUNITY: { zh: '行业产教融合共同体', en: 'Industry community' },
};

/** 比拼层级 */
export const LEVEL_LABELS: Labels<Level> = {
  L1: { zh: '第一层级', en: 'Level 1' },
  L2: { zh: '第二层级', en: 'Level 2' },
  L3: { zh: '第三层级', en: 'Level 3' },
};

export const ORGANIZATION_TYPE_LABELS: Labels<OrganizationType> = {
  SCHOOL: { zh: '学校', en: 'School' },
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  PARK: { zh: '园区', en: 'Industrial park' },
  RESEARCH_INSTITUTE: { zh: '科研机构', en: 'Research institute' },
  INDUSTRY_ASSOCIATION: { zh: '行业组织', en: 'Industry association' },
  GOVERNMENT_AGENCY: { zh: '政府部门', en: 'Government agency' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const SCHOOL_LEVEL_LABELS: Labels<SchoolLevel> = {
  SECONDARY_VOCATIONAL: { zh: '中等职业学校', en: 'Secondary vocational school' },
  HIGHER_VOCATIONAL: { zh: '高等职业学校', en: 'Higher vocational college' },
  VOCATIONAL_UNDERGRADUATE: { zh: '职业本科学校', en: 'Vocational undergraduate university' },
  APPLIED_UNDERGRADUATE: { zh: '应用型本科高校', en: 'Applied undergraduate university' },
  UNIVERSITY: { zh: '普通高校', en: 'University' },
};

export const ENTERPRISE_SIZE_LABELS: Labels<EnterpriseSize> = {
  LARGE: { zh: '大型', en: 'Large' },
  MEDIUM: { zh: '中型', en: 'Medium' },
  SMALL: { zh: '小型', en: 'Small' },
  MICRO: { zh: '微型', en: 'Micro' },
};

export const INTEGRATION_LEVEL_LABELS: Labels<IntegrationLevel> = {
  NATIONAL: { zh: '国家级产教融合型企业', en: 'National' },
  MUNICIPAL: { zh: '市级产教融合型企业', en: 'Municipal' },
};

export const PARK_LEVEL_LABELS: Labels<ParkLevel> = {
  NATIONAL: { zh: '国家级园区', en: 'National' },
  MUNICIPAL: { zh: '市级园区', en: 'Municipal' },
  DISTRICT: { zh: '区县级园区', en: 'District' },
};

export const MEMBERSHIP_ROLE_LABELS: Labels<MembershipRole> = {
  COUNCIL_CHAIR: { zh: '理事长单位', en: 'Council chair' },
  COUNCIL_VICE_CHAIR: { zh: '副理事长单位', en: 'Council vice-chair' },
  COUNCIL_MEMBER: { zh: '理事单位', en: 'Council member' },
  MEMBER: { zh: '成员单位', en: 'Member' },
};

export const EXIT_REASON_LABELS: Labels<ExitReason> = {
  VOLUNTARY: { zh: '主动退出', en: 'Voluntary' },
  EXPELLED: { zh: '除名', en: 'Expelled' },
  ADJUSTMENT: { zh: '动态调整', en: 'Adjustment' },
  DISSOLVED: { zh: '联合体撤销', en: 'Dissolved' },
};

/** Why a membership interval ended: an exit, or a role change that began the next interval. */
export const MEMBERSHIP_END_REASON_LABELS: Labels<MembershipEndReason> = {
  ...EXIT_REASON_LABELS,
  ROLE_CHANGE: { zh: '角色变更', en: 'Role change' },
};

export const APPLICATION_KIND_LABELS: Labels<ApplicationKind> = {
  JOIN: { zh: '申请加入', en: 'Join' },
  EXIT: { zh: '申请退出', en: 'Exit' },
  ROLE_CHANGE: { zh: '变更角色', en: 'Role change' },
  EXPEL: { zh: '除名', en: 'Expel' },
};

export const APPLICATION_STATUS_LABELS: Labels<ApplicationStatus> = {
  SUBMITTED: { zh: '已提交', en: 'Submitted' },
  UNDER_REVIEW: { zh: '审核中', en: 'Under review' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '已驳回', en: 'Rejected' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
};

export const IMPORT_MODE_LABELS: Labels<ImportMode> = {
  ALL_OR_NOTHING: { zh: '全部正确才导入', en: 'All or nothing' },
  VALID_ROWS_ONLY: { zh: '只导入正确的行', en: 'Valid rows only' },
};

export const IMPORT_KIND_LABELS: Labels<ImportKind> = {
  organizations: { zh: '单位', en: 'Organizations' },
  memberships: { zh: '成员关系', en: 'Memberships' },
};

export const IMPORT_STATUS_LABELS: Labels<ImportStatus> = {
  QUEUED: { zh: '排队中', en: 'Queued' },
  RUNNING: { zh: '导入中', en: 'Running' },
  SUCCEEDED: { zh: '已完成', en: 'Succeeded' },
  REJECTED: { zh: '已拒绝', en: 'Rejected' },
  FAILED: { zh: '失败', en: 'Failed' },
};

export const COUNCIL_POSITION_LABELS: Labels<CouncilPosition> = {
  CHAIR: { zh: '理事长', en: 'Chair' },
  VICE_CHAIR: { zh: '副理事长', en: 'Vice-chair' },
  DIRECTOR: { zh: '理事', en: 'Director' },
  SUPERVISOR: { zh: '监事', en: 'Supervisor' },
};

export const DELEGATED_POWER_LABELS: Labels<DelegatedPowerItem> = {
  INDUSTRY_POLICY: { zh: '产业政策制定', en: 'Industry policy' },
  SPECIAL_FUNDS: { zh: '专项资金管理', en: 'Special funds' },
  TALENT_POLICY: { zh: '人才政策创新', en: 'Talent policy' },
  TRAINING_CENTRES: { zh: '企业培训中心建设', en: 'Training centres' },
  SKILLS_COMPETITIONS: { zh: '高技能比赛组织', en: 'Skills competitions' },
  SKILLS_CERTIFICATION: { zh: '高技能人才鉴定', en: 'Skills certification' },
  PROJECT_REVIEW: { zh: '项目评审认定', en: 'Project review' },
  DUAL_QUALIFIED_TEACHERS: { zh: '“双师”认定', en: 'Dual-qualified teachers' },
};

export const PLATFORM_SERVICE_LABELS: Labels<PlatformService> = {
  TALENT_MATCHING: { zh: '人才供需信息服务', en: 'Talent matching' },
  SMART_EDUCATION: { zh: '智慧教育服务', en: 'Smart education' },
  LIFELONG_LEARNING: { zh: '终身学习服务', en: 'Lifelong learning' },
  TECHNOLOGY_SERVICES: { zh: '技术服务', en: 'Technology services' },
  TRAINING: { zh: '培训服务', en: 'Training' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** Populations the official list's coverage is counted over (覆盖率). */
export type CoveragePopulation = 'KEY_PARKS' | 'HIGHER_VOCATIONAL_COLLEGES' | 'ABOVE_SCALE_FIRMS';
export const COVERAGE_POPULATION_LABELS: Labels<CoveragePopulation> = {
  KEY_PARKS: { zh: '重点园区', en: 'Key parks' },
  HIGHER_VOCATIONAL_COLLEGES: { zh: '高职院校', en: 'Higher vocational colleges' },
  ABOVE_SCALE_FIRMS: { zh: '规上企业', en: 'Firms above designated size' },
};

/** 治理文件 */
export const GOVERNANCE_DOCUMENT_KIND_LABELS: Labels<GovernanceDocumentKind> = {
  CHARTER: { zh: '章程', en: 'Charter' },
  OPERATING_RULES: { zh: '运行管理制度', en: 'Operating rules' },
};

/** 覆盖率口径 */
export const COVERAGE_BASIS_LABELS: Labels<'DIRECTORY' | 'REGISTRY_FLAGS'> = {
  DIRECTORY: { zh: '按名录统计', en: 'Against the directory' },
  REGISTRY_FLAGS: { zh: '按登记标识统计（未导入名录）', en: 'Against the registry’s flags (no directory)' },
};

/** 年度统计指标 */
export const CITY_STATISTIC_LABELS: Labels<CityStatistic> = {
  HIGH_SKILLED_SHARE: { zh: '高技能人才占技能人才比例', en: 'High-skilled share of skilled workers' },
};

/** 目标计量单位 */
export const TREND_UNIT_LABELS: Labels<'CONSORTIA' | 'PERCENT'> = {
  CONSORTIA: { zh: '个联合体', en: 'Consortia' },
  PERCENT: { zh: '百分比', en: 'Per cent' },
};

export const PARTICIPATION_SOURCE_LABELS: Labels<ParticipationSource> = {
  EVIDENCE: { zh: '考卷佐证材料', en: 'Evidence' },
  BEST_PRACTICE: { zh: '最佳实践案例', en: 'Best practice' },
  DEMAND_RESPONSE: { zh: '供需对接', en: 'Demand response' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const INDUSTRY_CLUSTER_CATEGORY_LABELS: Labels<IndustryClusterCategory> = {
  PILLAR: { zh: '支柱产业', en: 'Pillar' },
  ADVANTAGE: { zh: '优势产业', en: 'Advantage' },
  EMERGING: { zh: '新兴产业', en: 'Emerging' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** 组成提示: advisory composition rules (DESIGN §2.3). */
export const COMPOSITION_WARNING_LABELS: Labels<CompositionWarningCode> = {
  NO_SCHOOL: { zh: '成员中没有学校', en: 'No school among the members' },
  NO_ENTERPRISE: { zh: '成员中没有企业', en: 'No enterprise among the members' },
  COUNCIL_NO_GOVERNMENT_OR_PARK: { zh: '理事会中没有政府部门或园区', en: 'No government agency or park on the council' },
  COUNCIL_NO_SCHOOL: { zh: '理事会中没有学校', en: 'No school on the council' },
  COUNCIL_NO_ENTERPRISE: { zh: '理事会中没有企业', en: 'No enterprise on the council' },
  NO_CHAIR: { zh: '没有理事长单位', en: 'No council chair' },
  NO_LEAD: { zh: '没有牵头单位', en: 'No lead unit' },
};

export const USCC_RULE_LABELS: Labels<`USCC_${UsccRule}`> = {
  USCC_LENGTH: { zh: '统一社会信用代码应为 18 位', en: 'A USCC has 18 characters' },
  USCC_CHARSET: { zh: '统一社会信用代码含有不允许的字符（不用 I、O、S、V、Z）', en: 'The USCC holds a character outside its set' },
  USCC_REGISTRATION_AUTHORITY: { zh: '统一社会信用代码的登记管理部门代码无效', en: 'Unknown registration authority' },
  USCC_DIVISION_CODE: { zh: '统一社会信用代码的行政区划码无效', en: 'Invalid division code' },
  USCC_ORGANIZATION_CODE_CHECK: { zh: '统一社会信用代码中的组织机构代码校验位不对', en: 'The organization code check digit is wrong' },
  USCC_CHECK_CHARACTER: { zh: '统一社会信用代码的校验码不对', en: 'The check character is wrong' },
};

export const FILE_PROBLEM_LABELS: Labels<FileProblemCode> = {
  FILE_FORMAT_MISMATCH: { zh: '文件格式与声明的内容类型不符', en: 'The file is not of the declared type' },
  FILE_ENCODING_UNSUPPORTED: { zh: '文件编码无法识别，请另存为“CSV UTF-8”', en: 'Unsupported encoding; save as CSV UTF-8' },
  FILE_NOT_TEXT: { zh: '文件不是 CSV 文本', en: 'The file is not CSV text' },
  CSV_MALFORMED: { zh: 'CSV 无法解析', en: 'The CSV cannot be parsed' },
  XLSX_MALFORMED: { zh: 'XLSX 工作簿已损坏或无法读取', en: 'The XLSX workbook cannot be read' },
};

/** Codes of import rows (行级错误). */
const IMPORT_ROW_LABELS: Record<string, Label> = {
  DUPLICATE_COLUMN: { zh: '表头中有重复的列', en: 'Duplicate column' },
  MISSING_COLUMN: { zh: '表头缺少必填列', en: 'Missing column' },
  CELL_ERROR: { zh: '单元格是错误值', en: 'The cell holds an error value' },
  NUMBER_LOST_DIGITS: { zh: '被 Excel 存成数字，位数已丢失', en: 'Stored as a number by Excel; digits lost' },
  INVALID_FLAG: { zh: '应为“是”或“否”', en: 'Must be yes or no' },
  UNKNOWN_ROLE: { zh: '不是有效的成员角色', en: 'Unknown role' },
  UNKNOWN_TYPE: { zh: '不是有效的单位类型', en: 'Unknown organization type' },
  UNKNOWN_VALUE: { zh: '不是该列的取值', en: 'Not a value of this column' },
  DUPLICATE_IN_FILE: { zh: '与文件中另一行重复', en: 'Duplicate of another row' },
  INVALID_NAME: { zh: '名称应为 2–128 个字符', en: 'The name must be 2 to 128 characters' },
  EMPTY_FILE: { zh: '上传的文件是空的', en: 'The uploaded file is empty' },
  NOT_A_FILE: { zh: '请直接上传文件本身', en: 'Send the file itself' },
};

export const REGISTRY_ERROR_LABELS: Record<string, Label> = {
  ...COMPOSITION_WARNING_LABELS,
  ...USCC_RULE_LABELS,
  ...FILE_PROBLEM_LABELS,
  ...IMPORT_ROW_LABELS,
  NOTHING_TO_CORRECT: { zh: '更正须修改名称、区县或产业集群之一', en: 'A correction changes the name, the districts or the industry cluster' },
  COUNCIL_SEAT_AFTER_EXIT: { zh: '该单位有理事会席位始于退出日期当天或之后，请先结束或更正', en: 'A council seat begins on or after the exit date' },
  CONSORTIUM_DELISTED: { zh: '已退出名单的联合体不再接受决定', en: 'A delisted consortium takes no further decisions' },
  OUTSIDE_DISTRICT: { zh: '区县系统只能写入本区县的单位', en: 'Outside the district of the caller' },
  GRANTED_ON_IN_FUTURE: { zh: '赋权日期不能晚于今天', en: 'grantedOn cannot be after today' },
  INVALID_QUARTER: { zh: '季度应写作 YYYYQn，如 2026Q3', en: 'A quarter is written YYYYQn' },
  REJECTION_REASON_REQUIRED: { zh: '驳回须说明理由', en: 'A rejection says why' },
  INVALID_ROUND_CODE: { zh: '轮次代码应为季度，如 2026Q3', en: 'A round code is a quarter, YYYYQn' },
  RESOLUTION_REQUIRED: { zh: '批准须引用理事会决议', en: 'An approval cites the council resolution' },
  EXPEL_NOT_ALLOWED: { zh: '除名由秘书处或工作专班提出；成员单位可申请退出', en: 'An expulsion is filed by the secretariat or the task force' },
  APPLICATION_PENDING: { zh: '该单位在该联合体已有同类未决申请', en: 'An open application of this kind exists' },
  APPLICATION_NOT_FOUND: { zh: '申请不存在，或无权查看', en: 'No such application' },
  APPLICATION_ALREADY_DECIDED: { zh: '申请已有结论，不能再修改', en: 'The application is decided' },
  APPLICATION_WITHDRAWN: { zh: '申请已撤回，不能再修改', en: 'The application is withdrawn' },
  APPLICATION_FIELD_REQUIRED: { zh: '该类申请缺少必填项', en: 'The application lacks a field its kind needs' },
  APPLICATION_NOT_SUBMITTED: { zh: '只有“已提交”的申请才能进入审核', en: 'Only a submitted application goes under review' },
  APPLICATION_NOT_UNDER_REVIEW: { zh: '只有审核中的申请才能批准，请先受理', en: 'Only an application under review can be approved' },
  CONSORTIUM_NOT_FOUND: { zh: '联合体不存在，或无权查看', en: 'No such consortium' },
  COUNCIL_SEAT_NOT_FOUND: { zh: '理事会席位不存在', en: 'No such council seat' },
  DELEGATED_POWER_NOT_FOUND: { zh: '赋权事项不存在', en: 'No such delegated power' },
  IMPORT_NOT_FOUND: { zh: '导入任务不存在，或无权查看', en: 'No such import' },
  MEMBERSHIP_NOT_FOUND: { zh: '成员关系不存在，或无权查看', en: 'No such membership' },
  ORGANIZATION_NOT_FOUND: { zh: '单位不存在，或无权查看', en: 'No such organization' },
  SNAPSHOT_NOT_FOUND: { zh: '名单快照不存在', en: 'No such snapshot' },
  SUCCESSOR_NOT_APPLICABLE: { zh: '只有退出或除名申请才指定接任牵头单位', en: 'Only an exit or expulsion names a successor lead unit' },
  SECOND_CHAIR: { zh: '该日联合体已有理事长单位', en: 'The consortium already has a council chair on that date' },
  SECOND_LEAD: { zh: '该日联合体已有牵头单位', en: 'The consortium already has a lead unit on that date' },
  SECOND_CHAIR_SEAT: { zh: '该届理事会已有理事长在任', en: 'The council already has a chair in that term' },
  DECISION_CHANGES_NOTHING: { zh: '决定既未改变状态也未改变类别', en: 'The decision changes neither status nor tier' },
  LEAD_WITHOUT_SUCCESSOR: { zh: '牵头单位退出须指定接任单位', en: 'The lead unit cannot leave without a successor' },
  SAME_ROLE: { zh: '成员已是该角色', en: 'The membership already has this role' },
  ALREADY_MEMBER: { zh: '该单位在该日已是成员', en: 'Already a member on that date' },
  NOT_A_MEMBER: { zh: '该单位在该日不是联合体成员', en: 'Not a member on that date' },
  INVALID_SUCCESSOR: { zh: '接任单位须是同一联合体的另一现任成员', en: 'The successor must be another current member' },
  TERM_END_TOO_EARLY: { zh: '任期结束须晚于开始', en: 'The term must end after it began' },
  COUNCIL_SEAT_ENDED: { zh: '该席位任期已结束', en: 'The seat’s term has ended' },
  DELEGATED_POWER_REVOKED: { zh: '该赋权已被收回', en: 'The delegated power is revoked' },
  ALREADY_LEFT: { zh: '该成员关系已结束', en: 'The membership has ended' },
  PARTICIPATION_ALREADY_RECORDED: { zh: '该参与记录已存在', en: 'This participation is recorded already' },
  POWER_ALREADY_GRANTED: { zh: '该事项在该日已赋权', en: 'The power is already in force' },
  UNKNOWN_DISTRICT: { zh: '不是有效的区县代码（GB/T 2260）', en: 'Not a known district code' },
  UNKNOWN_INDUSTRY_CLUSTER: { zh: '不在产业集群目录中', en: 'Not in the industry-cluster dictionary' },
  ATTRIBUTE_NOT_APPLICABLE: { zh: '该属性不适用于此类单位', en: 'The attribute does not apply to this organization type' },
  QUARTER_IN_FUTURE: { zh: '该季度尚未开始', en: 'The quarter has not begun' },
  STATUS_TRANSITION_NOT_ALLOWED: { zh: '联合体不能从当前状态转为该状态', en: 'The status change is not allowed' },
  CONSORTIUM_NAME_TAKEN: { zh: '同名联合体已存在', en: 'A consortium of that name exists' },
  BEFORE_CONSORTIUM_ESTABLISHED: { zh: '成员关系不能早于联合体成立日', en: 'Before the consortium was established' },
  INDUSTRY_CLUSTER_EXISTS: { zh: '该产业集群已存在', en: 'The industry cluster exists' },
  RESOLUTION_NOT_FOUND: { zh: '未找到所引用的理事会决议，请先在治理结构中登记', en: 'No such council resolution' },
  RESOLUTION_NUMBER_TAKEN: { zh: '该决议文号已登记', en: 'The resolution number is recorded already' },
  EFFECTIVE_BEFORE_CURRENT: { zh: '变更生效日不能早于现行版本', en: 'Cannot take effect before the version in force' },
  STALE_DECISION: { zh: '联合体状态已变化，请刷新后再决定', en: 'The consortium’s status changed since it was read' },
  DATE_BEFORE_START: { zh: '日期须晚于成员关系开始日', en: 'The date must be after the membership began' },
  EFFECTIVE_DATE_TOO_EARLY: { zh: '决定生效日须晚于当前状态开始日', en: 'The decision must take effect after the current state began' },
  GRANTED_ON_AFTER_REVOCATION: { zh: '赋权日须早于收回日', en: 'The grant must precede its revocation' },
  NOT_A_MEMBER_IN_QUARTER: { zh: '该单位在该季度不是联合体成员', en: 'Not a member during that quarter' },
  REVOKED_ON_INVALID: { zh: '收回日须晚于赋权日且不晚于今天', en: 'Invalid revocation date' },
  FIELD_NOT_EDITABLE: { zh: '成员单位不能自行修改该字段，请联系工作专班', en: 'The unit cannot change this field itself' },
  ORGANIZATION_ALREADY_REGISTERED: { zh: '该统一社会信用代码的单位已登记', en: 'A unit with this USCC is registered already' },
  OUTSIDE_CONSORTIUM: { zh: '只能导入本联合体的成员', en: 'Outside the caller’s consortium' },
  EFFECTIVE_BEFORE_ADOPTION: { zh: '生效日不能早于通过日', en: 'Cannot take effect before it was adopted' },
  DOCUMENT_CONTENT_REQUIRED: { zh: '须提供文本或证明文件', en: 'Give the text or an evidence file' },
  ADOPTED_ON_NOT_RESOLUTION_DATE: { zh: '通过日须与所引用理事会决议的通过日一致', en: 'adoptedOn must be the cited resolution’s day' },
  DOCUMENT_VERSION_LABEL_TAKEN: { zh: '该版本号已登记', en: 'The version label is recorded already' },
  DIRECTORY_INVALID: { zh: '名录文件有错误，未导入任何单位', en: 'The directory has problems; nothing was imported' },
  UNKNOWN_DIRECTORY_KIND: { zh: '名录类型应为重点园区、高职院校或规上企业', en: 'Unknown directory kind' },
};

export const REGISTRY_DICTIONARIES: Dictionary[] = [
  dictionary('Tier', { zh: '联合体类别', en: 'Tier' }, TIER_LABELS),
  dictionary('ConsortiumStatus', { zh: '联合体状态', en: 'Consortium status' }, CONSORTIUM_STATUS_LABELS),
  dictionary('ConsortiumKind', { zh: '联合体类型', en: 'Consortium kind' }, CONSORTIUM_KIND_LABELS),
  dictionary('Level', { zh: '比拼层级', en: 'Level' }, LEVEL_LABELS),
  dictionary('OrganizationType', { zh: '单位类型', en: 'Organization type' }, ORGANIZATION_TYPE_LABELS),
  dictionary('SchoolLevel', { zh: '学校层次', en: 'School level' }, SCHOOL_LEVEL_LABELS),
  dictionary('EnterpriseSize', { zh: '企业规模', en: 'Enterprise size' }, ENTERPRISE_SIZE_LABELS),
  dictionary('IntegrationLevel', { zh: '产教融合型企业级别', en: 'Integration level' }, INTEGRATION_LEVEL_LABELS),
  dictionary('ParkLevel', { zh: '园区级别', en: 'Park level' }, PARK_LEVEL_LABELS),
  dictionary('MembershipRole', { zh: '成员角色', en: 'Membership role' }, MEMBERSHIP_ROLE_LABELS),
  dictionary('ExitReason', { zh: '退出原因', en: 'Exit reason' }, EXIT_REASON_LABELS),
  dictionary('MembershipEndReason', { zh: '成员关系结束原因', en: 'Membership end reason' }, MEMBERSHIP_END_REASON_LABELS),
  dictionary('ApplicationKind', { zh: '申请类型', en: 'Application kind' }, APPLICATION_KIND_LABELS),
  dictionary('ApplicationStatus', { zh: '申请状态', en: 'Application status' }, APPLICATION_STATUS_LABELS),
  dictionary('ImportMode', { zh: '导入方式', en: 'Import mode' }, IMPORT_MODE_LABELS),
  dictionary('ImportKind', { zh: '导入内容', en: 'Import kind' }, IMPORT_KIND_LABELS),
  dictionary('ImportStatus', { zh: '导入状态', en: 'Import status' }, IMPORT_STATUS_LABELS),
  dictionary('CouncilPosition', { zh: '理事会职务', en: 'Council position' }, COUNCIL_POSITION_LABELS),
  dictionary('DelegatedPowerItem', { zh: '赋权事项', en: 'Delegated power' }, DELEGATED_POWER_LABELS),
  dictionary('PlatformService', { zh: '运营平台服务', en: 'Platform service' }, PLATFORM_SERVICE_LABELS),
  dictionary('CoveragePopulation', { zh: '覆盖对象', en: 'Coverage population' }, COVERAGE_POPULATION_LABELS),
  dictionary('GovernanceDocumentKind', { zh: '治理文件类型', en: 'Governance document kind' }, GOVERNANCE_DOCUMENT_KIND_LABELS),
  dictionary('CoverageBasis', { zh: '覆盖率口径', en: 'Coverage basis' }, COVERAGE_BASIS_LABELS),
  dictionary('CityStatistic', { zh: '年度统计指标', en: 'City statistic' }, CITY_STATISTIC_LABELS),
  dictionary('TrendTarget', { zh: '2027 年目标', en: '2027 target' }, { ...TIER_LABELS, ...COVERAGE_POPULATION_LABELS, ...CITY_STATISTIC_LABELS }),
  dictionary('TrendUnit', { zh: '目标计量单位', en: 'Target unit' }, TREND_UNIT_LABELS),
  dictionary('ParticipationSource', { zh: '参与记录来源', en: 'Participation source' }, PARTICIPATION_SOURCE_LABELS),
  dictionary('IndustryClusterCategory', { zh: '产业集群类别', en: 'Industry cluster category' }, INDUSTRY_CLUSTER_CATEGORY_LABELS),
  dictionary('CompositionWarning', { zh: '组成提示', en: 'Composition warning' }, COMPOSITION_WARNING_LABELS),
];
