import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANNUAL_GRADES } from '../domain/annual.js';
import { SHEET_STATUSES } from '../domain/answer-sheet.js';
import { BEST_PRACTICE_STATUSES } from '../domain/best-practice.js';
import { ROUND_STATUSES } from '../domain/round.js';
import { LEVELS, VALUE_TYPES } from '../domain/scheme.js';
import { DefinitionDto } from './evaluation.dto.js';

/*
 * What the evaluation routes answer, as the contract (openapi.json) describes it: the typed
 * client of district systems and the e2e suite's response check both read these.
 */

const SCORING_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
/** A score field as the API gives it: 0–100, two decimals; its `…Raw` twin keeps the unrounded 0–1 value. */
const shown = (what: string, options: object = {}) => ({
  type: Number,
  minimum: 0,
  maximum: 100,
  example: 98.44,
  description: `${what}, on 0–100 rounded to two decimals (half away from zero); the \`…Raw\` field beside it has the unrounded value on 0–1`,
  ...options,
});
const raw = (what: string, options: object = {}) => ({
  type: Number,
  minimum: 0,
  maximum: 1,
  example: 0.9844444444444445,
  description: `${what}, unrounded on 0–1, as stored and digested: for machines that recompute; people read the rounded field beside it`,
  ...options,
});
const consortiumName = () => ({
  type: String,
  nullable: true,
  example: '西部职教基地国家级产教联合体',
  description: '联合体名称: the consortium’s current name',
});
const dateTime = (options: object = {}) => ({ type: String, format: 'date-time', ...options });
const nullableDateTime = (options: object = {}) => ({ type: String, format: 'date-time', nullable: true, ...options });

/** 考核方案: one version of a scheme. */
export class SchemeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CQ-CONSORTIUM' }) code!: string;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: DefinitionDto }) definition!: DefinitionDto;
  @ApiProperty({ description: 'who defined it' }) createdBy!: string;
  @ApiProperty(dateTime()) createdAt!: string;
  @ApiProperty(nullableDateTime({ description: 'when a round first opened with it (then it is frozen)' })) usedAt!: string | null;
  @ApiProperty({ minimum: 1, description: 'counts the corrections of this version; the ETag is "v<revision>"' }) revision!: number;
}

export class SchemeListDto {
  @ApiProperty({ type: [SchemeDto] }) items!: SchemeDto[];
}

/** A quarterly round (赛马比拼 季度). */
export class RoundDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026Q1' }) code!: string;
  @ApiProperty({ format: 'uuid' }) schemeId!: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status!: string;
  @ApiProperty({ format: 'date', example: '2026-01-01' }) periodStart!: string;
  @ApiProperty({ format: 'date', example: '2026-03-31' }) periodEnd!: string;
  @ApiProperty(dateTime()) deadline!: string;
}

export class RoundListDto {
  @ApiProperty({ type: [RoundDto] }) items!: RoundDto[];
}

/** A scoring of a round (one revision) and its progress. */
export class ScoringDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ minimum: 1 }) revision!: number;
  @ApiProperty({ enum: SCORING_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the step the worker is at' }) phase!: string | null;
  @ApiProperty({ minimum: 0, maximum: 100 }) percent!: number;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the inputs and results, once done' }) digest!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty(dateTime()) requestedAt!: string;
  @ApiProperty(nullableDateTime()) finishedAt!: string | null;
  @ApiProperty(nullableDateTime()) publishedAt!: string | null;
}

class PreviousResultDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: '2026Q2' }) roundCode!: string;
  @ApiProperty({ enum: LEVELS, description: 'the level it was in then' }) level!: string;
  @ApiProperty({ description: 'SCORED or NOT_SUBMITTED then' }) status!: string;
  @ApiProperty(shown('its total then')) total!: number;
  @ApiProperty(raw('its total then')) totalRaw!: number;
  @ApiProperty({ minimum: 1 }) rank!: number;
  @ApiProperty({
    type: Number,
    example: 3.5,
    description: 'shown total now minus shown total then, in points on 0–100 (two decimals): the difference of the figures a reader sees',
  })
  totalChange!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2,
    description: 'places gained (previous rank − rank: from 5th to 3rd is +2); null when the level changed, as ranks of different levels do not compare',
  })
  rankChange!: number | null;
}

class DimensionScoreDto {
  @ApiProperty({ example: 'TALENT_CULTIVATION' }) code!: string;
  @ApiProperty({ example: '多元共育人才培养', description: '维度名称' }) name!: string;
  @ApiProperty(shown('the dimension score (Σ w·n / Σ w over its answered indicators)')) score!: number;
  @ApiProperty(raw('the dimension score')) scoreRaw!: number;
}

class IndicatorExplanationDto {
  @ApiProperty({ example: 'DUAL_QUALIFIED_RATIO' }) code!: string;
  @ApiProperty({ example: '双师型教师占比', description: '指标名称' }) name!: string;
  @ApiProperty({ example: '%' }) unit!: string;
  @ApiProperty({ example: 'TALENT_CULTIVATION' }) dimension!: string;
  @ApiProperty({ example: '多元共育人才培养', description: '维度名称' }) dimensionName!: string;
  @ApiProperty({ enum: ['benefit', 'cost'], description: 'benefit: more is better; cost: less is better' }) direction!: string;
  // null rides on the number member: OpenAPI 3.0 allows `nullable` only beside a `type`.
  @ApiProperty({
    oneOf: [{ type: 'number', nullable: true }, { type: 'boolean' }, { type: 'string' }],
    description: 'the value answered, in the indicator’s unit, as scored; null when not answered',
  })
  value!: number | boolean | string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'the target it was measured against (the level’s, or the task force’s override); null without one',
  })
  target!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 85.5,
    description: 'value ÷ target in percent (target ÷ value for a cost indicator), two decimals; null without a numeric value and target',
  })
  achievementPercent!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1.5,
    description: 'how much more (benefit) or less (cost) of the indicator reaches the target, in its unit, two decimals; 0 once reached',
  })
  shortOfTarget!: number | null;
  @ApiProperty(shown('the normalized value (1 is best on 0–1, so 100 here)', { nullable: true })) normalized!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 12.5,
    description: 'the weight the scoring used (expert, entropy or combined, rescaled over the level’s indicators), in percent, two decimals',
  })
  weightUsed!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 10,
    description: 'the scheme’s declared weight (dimension × indicator, rescaled), in percent, two decimals',
  })
  weightDeclared!: number | null;
  @ApiProperty(shown('its contribution to the level score (weight used × normalized value)')) contribution!: number;
  @ApiProperty(raw('its contribution')) contributionRaw!: number;
  @ApiProperty(shown('points it lost against the best of the level (weight used × (best normalized − own))', { nullable: true })) gap!: number | null;
  @ApiProperty(raw('the gap', { nullable: true })) gapRaw!: number | null;
}

class LargestGapDto {
  @ApiProperty() code!: string;
  @ApiProperty({ description: '指标名称' }) name!: string;
  @ApiProperty(shown('points lost against the best of the level')) gap!: number;
  @ApiProperty(raw('the gap')) gapRaw!: number;
}

class RankProbabilityDto {
  @ApiProperty({ minimum: 1 }) rank!: number;
  @ApiProperty({
    minimum: 0,
    maximum: 100,
    example: 62.4,
    description: 'share of the Monte Carlo draws (weights perturbed ±20 %) that gave this rank, in percent, two decimals',
  })
  percent!: number;
}

/** 结果解读: what a consortium can act on. */
export class ExplanationDto {
  @ApiProperty({
    type: String,
    enum: ['EXPERT', 'ENTROPY', 'COMBINED', null],
    nullable: true,
    description: 'how the weights were set; null for results scored before it was recorded',
  })
  weighting!: string | null;
  @ApiProperty({
    type: PreviousResultDto,
    nullable: true,
    description: 'its result in the previous round (the latest earlier round with a finished scoring, latest revision); null when it had none',
  })
  previous!: PreviousResultDto | null;
  @ApiProperty({ type: [DimensionScoreDto] }) dimensions!: DimensionScoreDto[];
  @ApiProperty({ type: [IndicatorExplanationDto], description: 'every indicator of its level, in the scheme’s order' }) indicators!: IndicatorExplanationDto[];
  @ApiProperty({ type: [LargestGapDto], description: 'the (at most) three indicators with the largest gap to the best, largest first' })
  largestGaps!: LargestGapDto[];
  @ApiProperty({
    type: [RankProbabilityDto],
    nullable: true,
    description: 'ranks the Monte Carlo draws gave, with their share (ranks no draw gave are left out); null for results scored before it was recorded',
  })
  rankProbabilities!: RankProbabilityDto[] | null;
}

export class RoundResultDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty(consortiumName()) consortiumName!: string | null;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty({ description: 'SCORED, NOT_SUBMITTED, …' }) status!: string;
  @ApiProperty(shown('the level score (水平得分)')) levelScore!: number;
  @ApiProperty(raw('the level score')) levelScoreRaw!: number;
  @ApiProperty(shown('the improvement (进步) against the previous round')) improvement!: number;
  @ApiProperty(raw('the improvement')) improvementRaw!: number;
  @ApiProperty(shown('the total (综合得分) = (1−β)·level + β·improvement')) total!: number;
  @ApiProperty(raw('the total')) totalRaw!: number;
  @ApiProperty() rank!: number;
  @ApiProperty() grade!: string;
  @ApiProperty() medianRank!: number;
  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2, description: 'best and worst rank the uncertainty allows' }) rankInterval!: [number, number];
  @ApiProperty({ type: ExplanationDto, description: 'how the total was reached and what to act on' }) explanation!: ExplanationDto;
}

export class RoundResultsDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: '2026Q3' }) roundCode!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: String, nullable: true }) digest!: string | null;
  @ApiProperty({ type: [RoundResultDto] }) items!: RoundResultDto[];
}

/** One consortium's result in a round, as its secretariat reads it. */
export class ConsortiumResultDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: '2026Q3' }) roundCode!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'whether this revision is published (a secretariat reads published revisions only)' }) published!: boolean;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ description: '联合体名称' }) consortiumName!: string;
  @ApiProperty({ type: RoundResultDto, description: 'the result with its explanation, as in the round’s results' }) result!: RoundResultDto;
}

export class PublishedRoundDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026Q1' }) code!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ description: 'the published revision' }) revision!: number;
  @ApiProperty(dateTime()) publishedAt!: string;
}

export class PublishedRoundListDto {
  @ApiProperty({ type: [PublishedRoundDto] }) items!: PublishedRoundDto[];
}

export class PublishedResultDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty(consortiumName()) consortiumName!: string | null;
  @ApiProperty({ type: String, nullable: true, deprecated: true, description: 'the same as consortiumName, kept for existing clients' }) name!: string | null;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty() status!: string;
  @ApiProperty(shown('the total (综合得分)')) total!: number;
  @ApiProperty(raw('the total')) totalRaw!: number;
  @ApiProperty() rank!: number;
  @ApiProperty() grade!: string;
  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2 }) rankInterval!: [number, number];
}

export class PublishedBestPracticeDto {
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty(consortiumName()) consortiumName!: string | null;
  @ApiProperty({ type: String, nullable: true, deprecated: true, description: 'the same as consortiumName, kept for existing clients' }) name!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() dimension!: string;
}

/** 晾晒: a round's published ranking. */
export class PublishedRankingDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: String, nullable: true }) digest!: string | null;
  @ApiProperty(dateTime()) publishedAt!: string;
  @ApiProperty({ type: [PublishedResultDto] }) items!: PublishedResultDto[];
  @ApiProperty({ type: [PublishedBestPracticeDto], description: 'the best practice selected in each level' }) bestPractices!: PublishedBestPracticeDto[];
}

export class ExtensionResultDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty(dateTime()) until!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ minimum: 1, description: 'the ETag is "v<version>"' }) version!: number;
}

export class TargetOverrideResultDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty() indicatorCode!: string;
  @ApiProperty() target!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ minimum: 1, description: 'the ETag is "v<version>"' }) version!: number;
}

class PaperRangeDto {
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
}

export class PaperItemDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() dimension!: string;
  @ApiProperty({ enum: ['benefit', 'cost'] }) direction!: string;
  @ApiProperty({ enum: VALUE_TYPES }) valueType!: string;
  @ApiProperty() required!: boolean;
  @ApiProperty() evidenceRequired!: boolean;
  @ApiProperty({ type: PaperRangeDto }) range!: PaperRangeDto;
  @ApiProperty({ type: Number, nullable: true }) target!: number | null;
  @ApiProperty({ type: String, enum: ['SCHEME', 'OVERRIDE', null], nullable: true }) targetSource!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the platform metric the value is taken from (source PLATFORM), or null when the secretariat answers it',
  })
  platformSource!: string | null;
}

/** 考卷: a consortium's paper in a round. */
export class PaperDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty(dateTime({ description: 'the round’s deadline, or this consortium’s extension' })) deadline!: string;
  @ApiProperty() extended!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'the version of this consortium’s extension (its ETag "v<version>"), null without one' })
  extensionVersion!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'the version of each target override, by indicator code' })
  targetOverrideVersions!: Record<string, number>;
  @ApiProperty({ type: [PaperItemDto] }) items!: PaperItemDto[];
}

export class ReviewCommentResultDto {
  @ApiProperty({ type: String, nullable: true }) indicatorCode!: string | null;
  @ApiProperty() comment!: string;
}

export class EvidenceFileDto {
  @ApiProperty() indicatorCode!: string;
  @ApiProperty({ example: 'a3f1…' }) sha256!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
}

/** A fact of the platform behind a value with source PLATFORM (evidence). */
export class PlatformFactDto {
  @ApiProperty({ example: 'PAYMENT' }) kind!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '技术服务合同 JS-2026-001 到款（重庆某某科技有限公司 ← 重庆某某职业技术学院）' }) label!: string;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ example: '/api/v1/supply-demand/outcomes/…' }) href!: string;
}

export class PlatformAnswerDto {
  @ApiProperty() indicatorCode!: string;
  @ApiProperty({ enum: ['PLATFORM'] }) source!: string;
  @ApiProperty({ example: 'SD_SERVICE_INCOME' }) metric!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'null: the platform has no value for the quarter (the indicator then counts as missing)' }) value!:
    number | null;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ format: 'date-time' }) computedAt!: string;
  @ApiProperty({ type: [PlatformFactDto] }) facts!: PlatformFactDto[];
}

export class AnswerWarningDto {
  @ApiProperty({ enum: ['ANSWERS_REMOVED'] }) code!: string;
  @ApiProperty({ example: '本次保存删除了 2 项已填答案：…。PUT 以提交的内容替换整张答卷；只改其中几项请用 PATCH。' }) message!: string;
  @ApiProperty({ type: [String], description: 'the indicators concerned' }) indicatorCodes!: string[];
}

/** 答卷: a consortium's answers in a round. */
export class AnswerSheetDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026Q3', description: 'the round’s code' }) roundCode!: string | null;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty(consortiumName()) consortiumName!: string | null;
  @ApiProperty({ enum: SHEET_STATUSES }) status!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'number' }, { type: 'boolean' }, { type: 'string' }] },
    description: 'indicator code → value',
  })
  answers!: Record<string, number | boolean | string>;
  @ApiProperty({ type: [ReviewCommentResultDto] }) comments!: ReviewCommentResultDto[];
  @ApiProperty({ description: 'submitted after the deadline' }) late!: boolean;
  @ApiProperty(nullableDateTime()) submittedAt!: string | null;
  @ApiProperty(nullableDateTime()) decidedAt!: string | null;
  @ApiProperty(dateTime()) updatedAt!: string;
  @ApiProperty() version!: number;
  @ApiPropertyOptional({ type: [EvidenceFileDto] }) evidence?: EvidenceFileDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['PLATFORM', 'SECRETARIAT'] },
    description: 'indicator code → where its answer comes from',
  })
  sources!: Record<string, 'PLATFORM' | 'SECRETARIAT'>;
  @ApiProperty({ type: [PlatformAnswerDto], description: 'answers taken from the platform (source PLATFORM), with the facts behind them' })
  platformAnswers!: PlatformAnswerDto[];
  @ApiPropertyOptional({ type: [AnswerWarningDto], description: 'saves only: what the save did that may not have been meant (a PUT that removed answers)' })
  warnings?: AnswerWarningDto[];
}

const OVERVIEW_STATUSES = ['NOT_STARTED', ...SHEET_STATUSES] as const;

/** One consortium's line in the 答卷一览 of a round. */
export class SheetOverviewItemDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ description: '联合体名称' }) consortiumName!: string;
  @ApiProperty({ type: String, enum: LEVELS, nullable: true, description: 'its level at the round’s period end (null if it was not on the list then)' })
  level!: string | null;
  @ApiProperty({ enum: OVERVIEW_STATUSES, description: 'NOT_STARTED 未填报, DRAFT 草稿, SUBMITTED 已提交, RETURNED 已退回, ACCEPTED 已接收' })
  sheetStatus!: string;
  @ApiProperty({ description: '逾期: submitted after its deadline' }) late!: boolean;
  @ApiProperty(nullableDateTime()) submittedAt!: string | null;
  @ApiProperty(nullableDateTime({ description: 'when the task force last returned, accepted or reopened it' })) decidedAt!: string | null;
  @ApiProperty(nullableDateTime()) updatedAt!: string | null;
  @ApiProperty({ description: 'indicators answered' }) answeredCount!: number;
  @ApiProperty({ description: 'evidence files attached' }) evidenceCount!: number;
  @ApiProperty(dateTime({ description: 'the round’s deadline, or this consortium’s extension' })) deadline!: string;
  @ApiProperty() extended!: boolean;
}

export class SheetOverviewCountsDto {
  @ApiProperty({ description: 'consortia listed' }) total!: number;
  @ApiProperty() NOT_STARTED!: number;
  @ApiProperty() DRAFT!: number;
  @ApiProperty() SUBMITTED!: number;
  @ApiProperty() RETURNED!: number;
  @ApiProperty() ACCEPTED!: number;
  @ApiProperty({ description: 'sheets flagged late, whatever their state' }) late!: number;
}

/** 答卷一览: every listed consortium's answer sheet in a round. */
export class SheetOverviewDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: '2026Q4' }) roundCode!: string;
  @ApiProperty({ enum: ROUND_STATUSES }) roundStatus!: string;
  @ApiProperty(dateTime()) deadline!: string;
  @ApiProperty({ type: SheetOverviewCountsDto, description: 'over every consortium, whatever the filter' }) counts!: SheetOverviewCountsDto;
  @ApiProperty({ type: [SheetOverviewItemDto], description: 'by level, then name' }) items!: SheetOverviewItemDto[];
}

export class BestPracticeReviewDto {
  @ApiProperty() reviewer!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty() comment!: string;
  @ApiProperty(dateTime()) reviewedAt!: string;
  @ApiProperty({ minimum: 1, description: 'the ETag of this review is "v<version>"' }) version!: number;
}

/** 最佳实践案例: a consortium's case in a round. */
export class BestPracticeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() dimension!: string;
  @ApiProperty({ type: [String] }) evidence!: string[];
  @ApiProperty({ type: [String], description: 'member units the case names (organization ids)' }) participants!: string[];
  @ApiProperty({ enum: BEST_PRACTICE_STATUSES }) status!: string;
  @ApiProperty(dateTime()) submittedAt!: string;
  @ApiProperty(dateTime()) updatedAt!: string;
  @ApiProperty(nullableDateTime()) shortlistedAt!: string | null;
  @ApiProperty(nullableDateTime()) selectedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiPropertyOptional({ type: [BestPracticeReviewDto], description: 'task force and administrators only' }) reviews?: BestPracticeReviewDto[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'task force and administrators only' }) meanScore?: number | null;
}

export class BestPracticeListDto {
  @ApiProperty({ type: [BestPracticeDto] }) items!: BestPracticeDto[];
}

export class AnnualSourceDto {
  @ApiProperty({ example: '2026Q1' }) quarter!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() revision!: number;
}

/** A scoring of the annual competition (one revision) and its progress. */
export class AnnualScoringDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty() revision!: number;
  @ApiProperty({ enum: SCORING_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) phase!: string | null;
  @ApiProperty({ minimum: 0, maximum: 100 }) percent!: number;
  @ApiProperty({ type: String, nullable: true }) digest!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: [AnnualSourceDto], description: 'the published quarterly revisions it reads' }) sources!: AnnualSourceDto[];
  @ApiProperty(dateTime()) requestedAt!: string;
  @ApiProperty(nullableDateTime()) finishedAt!: string | null;
  @ApiProperty(nullableDateTime()) publishedAt!: string | null;
}

const QUARTER_STATUSES = ['SCORED', 'NOT_SUBMITTED', 'ABSENT'];

export class AnnualQuarterDto {
  @ApiProperty({ example: '2026Q1' }) quarter!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ enum: QUARTER_STATUSES }) status!: string;
  @ApiProperty(shown('the quarter’s total; null when ABSENT', { nullable: true })) total!: number | null;
  @ApiProperty(raw('the quarter’s total', { nullable: true })) totalRaw!: number | null;
  @ApiProperty(shown('what it counted for in the annual total')) counted!: number;
  @ApiProperty(raw('what it counted for')) countedRaw!: number;
}

export class AnnualResultDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty(consortiumName()) consortiumName!: string | null;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty(shown('the annual total')) annualTotal!: number;
  @ApiProperty(raw('the annual total')) annualTotalRaw!: number;
  @ApiProperty() rank!: number;
  @ApiProperty({ enum: ANNUAL_GRADES }) grade!: string;
  @ApiProperty({ description: 'quarters without a submitted sheet' }) notSubmitted!: number;
  @ApiProperty({ type: [AnnualQuarterDto] }) quarters!: AnnualQuarterDto[];
}

export class AnnualResultsDto {
  @ApiProperty() year!: number;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: String, nullable: true }) digest!: string | null;
  @ApiProperty(nullableDateTime()) publishedAt!: string | null;
  @ApiProperty({ type: [AnnualResultDto] }) items!: AnnualResultDto[];
}

export class QuarterTotalDto {
  @ApiProperty({ example: '2026Q1' }) quarter!: string;
  @ApiProperty({ enum: QUARTER_STATUSES }) status!: string;
  @ApiProperty(shown('what it counted for in the annual total')) counted!: number;
  @ApiProperty(raw('what it counted for')) countedRaw!: number;
}

export class PublishedAnnualResultDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty(consortiumName()) consortiumName!: string | null;
  @ApiProperty({ type: String, nullable: true, deprecated: true, description: 'the same as consortiumName, kept for existing clients' }) name!: string | null;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty(shown('the annual total')) annualTotal!: number;
  @ApiProperty(raw('the annual total')) annualTotalRaw!: number;
  @ApiProperty() rank!: number;
  @ApiProperty({ enum: ANNUAL_GRADES }) grade!: string;
  @ApiProperty({ type: [QuarterTotalDto] }) quarterTotals!: QuarterTotalDto[];
}

/** The published annual ranking (public). */
export class PublishedAnnualRankingDto {
  @ApiProperty() year!: number;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: String, nullable: true }) digest!: string | null;
  @ApiProperty(dateTime()) publishedAt!: string;
  @ApiProperty({ type: [PublishedAnnualResultDto] }) items!: PublishedAnnualResultDto[];
}

export class PublishedYearDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ description: 'the latest published revision' }) revision!: number;
  @ApiProperty(dateTime()) publishedAt!: string;
}

export class PublishedYearListDto {
  @ApiProperty({ type: [PublishedYearDto] }) items!: PublishedYearDto[];
}
