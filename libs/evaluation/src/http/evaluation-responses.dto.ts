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

export class RoundResultDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty({ description: 'SCORED, NOT_SUBMITTED, …' }) status!: string;
  @ApiProperty() levelScore!: number;
  @ApiProperty() improvement!: number;
  @ApiProperty() total!: number;
  @ApiProperty() rank!: number;
  @ApiProperty() grade!: string;
  @ApiProperty() medianRank!: number;
  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2, description: 'best and worst rank the uncertainty allows' }) rankInterval!: [number, number];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'how the total was reached, indicator by indicator' })
  explanation!: Record<string, unknown>;
}

export class RoundResultsDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: String, nullable: true }) digest!: string | null;
  @ApiProperty({ type: [RoundResultDto] }) items!: RoundResultDto[];
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
  @ApiProperty({ description: '联合体名称' }) name!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty() status!: string;
  @ApiProperty() total!: number;
  @ApiProperty() rank!: number;
  @ApiProperty() grade!: string;
  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2 }) rankInterval!: [number, number];
}

export class PublishedBestPracticeDto {
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty() name!: string;
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
}

/** 考卷: a consortium's paper in a round. */
export class PaperDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty(dateTime({ description: 'the round’s deadline, or this consortium’s extension' })) deadline!: string;
  @ApiProperty() extended!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'the version of this consortium’s extension (its ETag "v<version>"), null without one' }) extensionVersion!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'the version of each target override, by indicator code' }) targetOverrideVersions!: Record<string, number>;
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

/** 答卷: a consortium's answers in a round. */
export class AnswerSheetDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
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
  @ApiProperty({ type: Number, nullable: true, description: 'null when ABSENT' }) total!: number | null;
  @ApiProperty({ description: 'what it counted for in the annual total' }) counted!: number;
}

export class AnnualResultDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty() annualTotal!: number;
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
  @ApiProperty() counted!: number;
}

export class PublishedAnnualResultDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty() annualTotal!: number;
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
