import { dictionary, type Dictionary, type Label, type Labels } from '#platform';
import type { AnnualGrade, QuarterStatus } from './annual.js';
import type { SheetStatus } from './answer-sheet.js';
import type { BestPracticeStatus } from './best-practice.js';
import type { Grade } from './group-scoring.js';
import type { RoundStatus } from './round.js';
import type { IndicatorNormalization, SchemeSettings, ValueType } from './scheme.js';
import type { Direction } from './scoring/types.js';

/** 轮次状态 */
export const ROUND_STATUS_LABELS: Labels<RoundStatus> = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  OPEN: { zh: '答卷中', en: 'Open' },
  CLOSED: { zh: '已截止', en: 'Closed' },
  SCORING: { zh: '评分中', en: 'Scoring' },
  SCORED: { zh: '已评分', en: 'Scored' },
  PUBLISHED: { zh: '已晾晒', en: 'Published' },
  ARCHIVED: { zh: '已归档', en: 'Archived' },
};

export type ScoringStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
export const SCORING_STATUS_LABELS: Labels<ScoringStatus> = {
  QUEUED: { zh: '排队中', en: 'Queued' },
  RUNNING: { zh: '计算中', en: 'Running' },
  DONE: { zh: '已完成', en: 'Done' },
  FAILED: { zh: '失败', en: 'Failed' },
};

/** The annual competition's status (kept in step with the entity's column type). */
export type AnnualStatus = 'UNSCORED' | 'SCORING' | 'SCORED' | 'PUBLISHED';
export const ANNUAL_STATUS_LABELS: Labels<AnnualStatus> = {
  UNSCORED: { zh: '未评分', en: 'Unscored' },
  SCORING: { zh: '评分中', en: 'Scoring' },
  SCORED: { zh: '已评分', en: 'Scored' },
  PUBLISHED: { zh: '已公布', en: 'Published' },
};

export type TargetSource = 'SCHEME' | 'OVERRIDE';
export const TARGET_SOURCE_LABELS: Labels<TargetSource> = {
  SCHEME: { zh: '方案目标值', en: 'Scheme target' },
  OVERRIDE: { zh: '本联合体专设目标值', en: 'Target set for this consortium' },
};

/** 考卷状态 */
export const SHEET_STATUS_LABELS: Labels<SheetStatus> = {
  DRAFT: { zh: '填报中', en: 'Draft' },
  SUBMITTED: { zh: '已提交', en: 'Submitted' },
  RETURNED: { zh: '已退回', en: 'Returned' },
  ACCEPTED: { zh: '已受理', en: 'Accepted' },
};

/** 答卷一览: a listed consortium's sheet in a round, not started included. */
export const SHEET_OVERVIEW_STATUS_LABELS: Labels<'NOT_STARTED' | SheetStatus> = {
  NOT_STARTED: { zh: '未填报', en: 'Not started' },
  ...SHEET_STATUS_LABELS,
};

/** What a save of answers did that the caller may not have meant. */
export const ANSWER_WARNING_LABELS: Labels<'ANSWERS_REMOVED'> = {
  ANSWERS_REMOVED: { zh: '整卷保存删除了未再提交的答案', en: 'Saving the whole sheet removed answers not sent again' },
};

export const BEST_PRACTICE_STATUS_LABELS: Labels<BestPracticeStatus> = {
  SUBMITTED: { zh: '已报送', en: 'Submitted' },
  SHORTLISTED: { zh: '入围', en: 'Shortlisted' },
  SELECTED: { zh: '入选最佳实践', en: 'Selected' },
};

export const QUARTER_STATUS_LABELS: Labels<QuarterStatus> = {
  SCORED: { zh: '已评分', en: 'Scored' },
  NOT_SUBMITTED: { zh: '未答卷', en: 'Not submitted' },
  ABSENT: { zh: '未参加', en: 'Absent' },
};

/** 年度等级 (the values are the Chinese words themselves). */
export const ANNUAL_GRADE_LABELS: Labels<AnnualGrade> = {
  优秀: { zh: '优秀', en: 'Excellent' },
  良好: { zh: '良好', en: 'Good' },
  合格: { zh: '合格', en: 'Pass' },
  不合格: { zh: '不合格', en: 'Fail' },
};

/** 季度等级 */
export const GRADE_LABELS: Labels<Grade> = {
  A: { zh: 'A（优秀）', en: 'A' },
  B: { zh: 'B（良好）', en: 'B' },
  C: { zh: 'C（一般）', en: 'C' },
  D: { zh: 'D（较差）', en: 'D' },
};

export const VALUE_TYPE_LABELS: Labels<ValueType> = {
  NUMBER: { zh: '数值', en: 'Number' },
  INTEGER: { zh: '整数', en: 'Integer' },
  PERCENT: { zh: '百分比', en: 'Percent' },
  BOOLEAN: { zh: '是/否', en: 'Yes/no' },
  GRADE: { zh: '等级', en: 'Grade' },
};

export const NORMALIZATION_LABELS: Labels<IndicatorNormalization> = {
  MIN_MAX: { zh: '极差标准化', en: 'Min–max' },
  MAX: { zh: '最大值标准化', en: 'Divide by maximum' },
  TARGET: { zh: '目标值达成度', en: 'Share of target' },
  VECTOR: { zh: '向量标准化', en: 'Vector' },
  GRADE: { zh: '等级赋分', en: 'Grade points' },
  BOOLEAN: { zh: '是否达成', en: 'Yes/no' },
};

export const DIRECTION_LABELS: Labels<Direction> = {
  benefit: { zh: '越大越好', en: 'Higher is better' },
  cost: { zh: '越小越好', en: 'Lower is better' },
};

export const GRADES_METHOD_LABELS: Labels<SchemeSettings['grades']['method']> = {
  PERCENTILE: { zh: '按名次百分位定等', en: 'By percentile' },
  ABSOLUTE: { zh: '按得分定等', en: 'By score' },
};

export const AGGREGATION_LABELS: Labels<SchemeSettings['aggregation']> = {
  WEIGHTED_SUM: { zh: '加权求和', en: 'Weighted sum' },
  TOPSIS: { zh: 'TOPSIS 逼近理想解', en: 'TOPSIS' },
};

export const WEIGHTING_LABELS: Labels<SchemeSettings['weighting']> = {
  EXPERT: { zh: '专家权重', en: 'Expert weights' },
  ENTROPY: { zh: '熵权法', en: 'Entropy weights' },
  COMBINED: { zh: '专家与熵权组合', en: 'Expert and entropy combined' },
};

export const MISSING_OPTIONAL_LABELS: Labels<SchemeSettings['missingOptional']> = {
  RENORMALIZE: { zh: '缺项时其余权重重新归一', en: 'Renormalize the other weights' },
  GROUP_MINIMUM: { zh: '缺项按同层级最低值计', en: 'Count as the level’s minimum' },
};

export const EVALUATION_ERROR_LABELS: Record<string, Label> = {
  ...ANSWER_WARNING_LABELS,
  EVIDENCE_NOT_FOUND: { zh: '该考卷未引用此佐证文件', en: 'The sheet cites no such evidence' },
  INVALID_SHA256: { zh: '应为 64 位小写十六进制的 SHA-256', en: 'Must be a SHA-256 in lower-case hex' },
  RESULT_NOT_FOUND: { zh: '该轮次没有此联合体的结果', en: 'No result of this consortium in the round' },
  REASON_REQUIRED: { zh: '更正已晾晒的轮次须说明理由', en: 'A correction of a published round needs its reason' },
  EXTENSION_BEFORE_DEADLINE: { zh: '延期须晚于本轮截止时间', en: 'An extension must end after the deadline' },
  EVIDENCE_NOT_ON_SHEET: { zh: '佐证须是本联合体本轮考卷所附的文件', en: 'Evidence must be a file attached to this round’s sheet' },
  ANSWER_SHEET_NOT_FOUND: { zh: '该联合体本轮没有考卷', en: 'No answer sheet for this consortium in this round' },
  BEST_PRACTICE_NOT_FOUND: { zh: '该联合体本轮没有最佳实践案例', en: 'No best-practice case of this consortium in this round' },
  ROUND_NOT_FOUND: { zh: '轮次不存在', en: 'No such round' },
  SCHEME_NOT_FOUND: { zh: '评价方案不存在', en: 'No such scheme' },
  CORRECTION_PENDING: { zh: '为更正而退回的考卷尚未重新提交', en: 'Sheets reopened for a correction are not submitted again' },
  ROUND_NOT_ACCEPTING_ANSWERS: { zh: '本轮当前不接受答卷', en: 'The round does not accept answers now' },
  PLATFORM_VALUE_READ_ONLY: { zh: '该指标取自平台数据，不能填报或改写', en: 'The value is taken from the platform, not answered' },
  UNKNOWN_PLATFORM_METRIC: { zh: '不是平台可取数的指标', en: 'Not a metric of the platform' },
  ROUND_NOT_SCORED: { zh: '本轮尚未完成评分', en: 'The round has no finished scoring' },
  ROUND_NOT_PUBLISHED: { zh: '本轮排名尚未晾晒', en: 'The round has no published ranking' },
  UNKNOWN_DIMENSION: { zh: '不是本轮的评价维度', en: 'Not a dimension of this round' },
  UNKNOWN_INDICATOR: { zh: '不是本轮方案中的指标', en: 'Not an indicator of this round' },
  QUARTER_NOT_ENDED: { zh: '季度结束前不能晾晒', en: 'Cannot publish before the quarter has ended' },
  SCHEME_IN_USE: { zh: '方案已被轮次使用而冻结，请创建新版本', en: 'The scheme is used by a round and frozen' },
  ROUND_TRANSITION_NOT_ALLOWED: { zh: '轮次不能手动转为该状态', en: 'The round cannot change to that status by hand' },
  ROUND_NOT_PUBLISHABLE: { zh: '轮次须先评分才能晾晒', en: 'Score the round before publishing it' },
  ROUND_NOT_SCORABLE: { zh: '轮次须先截止才能评分', en: 'Close the round before scoring it' },
  ANNUAL_NOT_PUBLISHABLE: { zh: '年度比拼须先评分才能公布', en: 'Score the annual competition before publishing it' },
  ANNUAL_NOT_PUBLISHED: { zh: '该年度比拼尚未公布', en: 'The annual competition has no published ranking' },
  ANNUAL_NOT_SCORED: { zh: '该年度比拼尚未评分', en: 'The annual competition has not been scored' },
  ANNUAL_QUARTERS_NOT_PUBLISHED: { zh: '年度比拼需要四个季度的排名均已晾晒', en: 'The four quarters must be published first' },
  QUARTER_NOT_PUBLISHED: { zh: '该季度排名尚未晾晒', en: 'The quarter is not published' },
  BEST_PRACTICE_LOCKED: { zh: '该案例已不能修改', en: 'The case can no longer change' },
  BEST_PRACTICE_STATUS: { zh: '该案例当前状态不允许此操作', en: 'The case’s status does not allow this' },
  BEST_PRACTICE_WINDOW_CLOSED: { zh: '案例只在答卷期间报送', en: 'Cases are taken while the round is open' },
  BEST_PRACTICE_ALREADY_SELECTED: { zh: '本层级本季度已选出最佳实践', en: 'A best practice is already selected' },
  BEST_PRACTICE_NOT_SHORTLISTED: { zh: '只有入围案例才能入选', en: 'Only a shortlisted case can be selected' },
  NOT_TOP_REVIEWED: { zh: '入选案例须来自本层级排名靠前的联合体', en: 'The case is not from a top-ranked consortium' },
  REVIEWS_INCOMPLETE: { zh: '评审尚未完成', en: 'The reviews are incomplete' },
  ROUND_NOT_CORRECTABLE: { zh: '只有已截止、已评分或已晾晒的轮次才能退回考卷更正', en: 'The round’s sheets cannot be reopened now' },
  ANSWER_SHEET_STATUS: { zh: '考卷当前状态不允许此操作', en: 'The sheet’s status does not allow this' },
  ROUND_NOT_IN_REVIEW: { zh: '案例在截止后、晾晒前评审', en: 'Cases are judged after closing and before publication' },
  EVIDENCE_REQUIRED: { zh: '以下指标须附佐证材料', en: 'Evidence is required' },
  EVIDENCE_TYPE_MISMATCH: { zh: '文件类型与声明不符', en: 'The file is not of the declared type' },
  INVALID_ANSWERS: { zh: '答卷有误', en: 'Invalid answers' },
  INVALID_SCHEME: { zh: '评价方案有误', en: 'Invalid scheme' },
  REVISION_NOT_PUBLISHED: { zh: '该修订版本未晾晒', en: 'That revision is not published' },
  ROUND_CODE_TAKEN: { zh: '该轮次已存在', en: 'The round exists' },
  ROUND_NOT_OPEN: { zh: '只有草稿、答卷中或已截止的轮次才能修改', en: 'The round can no longer change' },
  INVALID_YEAR: { zh: '年份应为 2000–2100 的四位数', en: 'year must be four digits, 2000–2100' },
  OUT_OF_RANGE: { zh: '超出允许范围', en: 'Out of range' },
  NOT_AN_INTEGER: { zh: '应为整数', en: 'Must be a whole number' },
  WRONG_TYPE: { zh: '应为是或否', en: 'Must be true or false' },
  NOT_ON_PAPER: { zh: '该指标不在本联合体的考卷上', en: 'Not on this consortium’s paper' },
};

/** 答案来源: taken from the platform's facts, or answered by the secretariat. */
export const ANSWER_SOURCE_LABELS: Labels<'PLATFORM' | 'SECRETARIAT'> = {
  PLATFORM: { zh: '平台数据', en: 'Platform' },
  SECRETARIAT: { zh: '秘书处填报', en: 'Secretariat' },
};

export const EVALUATION_DICTIONARIES: Dictionary[] = [
  dictionary('AnswerSource', { zh: '答案来源', en: 'Answer source' }, ANSWER_SOURCE_LABELS),
  dictionary('RoundStatus', { zh: '轮次状态', en: 'Round status' }, ROUND_STATUS_LABELS),
  dictionary('ScoringStatus', { zh: '评分任务状态', en: 'Scoring status' }, SCORING_STATUS_LABELS),
  dictionary('AnnualStatus', { zh: '年度比拼状态', en: 'Annual competition status' }, ANNUAL_STATUS_LABELS),
  dictionary('TargetSource', { zh: '目标值来源', en: 'Target source' }, TARGET_SOURCE_LABELS),
  dictionary('SheetStatus', { zh: '考卷状态', en: 'Answer sheet status' }, SHEET_STATUS_LABELS),
  dictionary('SheetOverviewStatus', { zh: '答卷一览状态', en: 'Answer sheet overview status' }, SHEET_OVERVIEW_STATUS_LABELS),
  dictionary('AnswerWarningCode', { zh: '答卷保存提示', en: 'Answer warning' }, ANSWER_WARNING_LABELS),
  dictionary('BestPracticeStatus', { zh: '最佳实践案例状态', en: 'Best-practice status' }, BEST_PRACTICE_STATUS_LABELS),
  dictionary('QuarterStatus', { zh: '季度参与情况', en: 'Quarter status' }, QUARTER_STATUS_LABELS),
  dictionary('AnnualGrade', { zh: '年度等级', en: 'Annual grade' }, ANNUAL_GRADE_LABELS),
  dictionary('Grade', { zh: '季度等级', en: 'Round grade' }, GRADE_LABELS),
  dictionary('ValueType', { zh: '指标取值类型', en: 'Value type' }, VALUE_TYPE_LABELS),
  dictionary('Normalization', { zh: '标准化方法', en: 'Normalization' }, NORMALIZATION_LABELS),
  dictionary('Direction', { zh: '指标方向', en: 'Direction' }, DIRECTION_LABELS),
  dictionary('GradesMethod', { zh: '定等方法', en: 'Grading method' }, GRADES_METHOD_LABELS),
  dictionary('Aggregation', { zh: '汇总方法', en: 'Aggregation' }, AGGREGATION_LABELS),
  dictionary('Weighting', { zh: '赋权方法', en: 'Weighting' }, WEIGHTING_LABELS),
  dictionary('MissingOptional', { zh: '选答缺项处理', en: 'Missing optional answers' }, MISSING_OPTIONAL_LABELS),
];
