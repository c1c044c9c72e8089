import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsName } from '#platform';
import { NOTICE_KINDS, TARGET_KINDS, TASK_STATUSES, UNIT_KINDS } from '../domain/ledger.js';
import { SCORECARD_METHOD_VERSIONS, type ScorecardMethodVersion } from '../domain/scorecard.js';

const YEAR = { minimum: 2000, maximum: 2100, example: 2026 };

export class UnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '市教委' }) name!: string;
  @ApiProperty({ enum: UNIT_KINDS, description: 'DEPARTMENT 专班成员单位, DISTRICT_AGENCY 区县部门, ORGANIZATION 单位, GROUP 一类单位（如“各职业院校”）' })
  kind!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the member unit whose staff report for it' }) organizationId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '500118' }) districtCode!: string | null;
}

export class UnitListDto {
  @ApiProperty({ type: [UnitDto] }) items!: UnitDto[];
}

export class CreateUnitDto {
  @ApiProperty({ example: '市经济信息委' }) @IsString() @IsName({ max: 64 }) name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) @IsIn(UNIT_KINDS) kind!: (typeof UNIT_KINDS)[number];
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ example: '500118' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'districtCode must be a 6-digit GB/T 2260 code' })
  districtCode?: string;
}

export class TargetDto {
  @ApiProperty({ enum: TARGET_KINDS, description: 'INDICATOR 指标 (value required) or DELIVERABLE 成果 (deliverable required)' })
  @IsIn(TARGET_KINDS)
  kind!: (typeof TARGET_KINDS)[number];
  @ApiPropertyOptional({ example: 20 }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e12) value?: number;
  @ApiPropertyOptional({ example: '万人' }) @IsOptional() @IsString() @Length(1, 32) unit?: string;
  @ApiPropertyOptional({ example: '建成供需融合大数据平台' }) @IsOptional() @IsString() @Length(1, 500) deliverable?: string;
}

export class MilestoneInputDto {
  @ApiProperty({ example: '完成方案编制' }) @IsString() @IsName({ max: 200 }) title!: string;
  @ApiProperty({ format: 'date', example: '2026-06-30' }) @IsCalendarDate() dueOn!: string;
  @ApiPropertyOptional({ example: 10 }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) targetValue?: number;
}

export class CreateTaskDto {
  @ApiProperty(YEAR) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiPropertyOptional({ format: 'uuid', description: "a consortium's ledger (一体一策); absent: city-wide or a district's" })
  @IsOptional()
  @IsUUID()
  consortiumId?: string;
  @ApiPropertyOptional({ example: '500118' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'districtCode must be a 6-digit GB/T 2260 code' })
  districtCode?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the task this one is a sub-task of' }) @IsOptional() @IsUUID() parentId?: string;
  @ApiPropertyOptional({ example: '永川区任务清单' }) @IsOptional() @IsString() @IsName({ max: 100 }) @Length(1, 100) listName?: string;
  @ApiPropertyOptional({ example: '5' }) @IsOptional() @IsString() @Length(1, 16) seq?: string;
  @ApiProperty({ example: '职教学生规模达到 20 万人以上' }) @IsString() @IsName({ max: 500 }) title!: string;
  @ApiProperty({ type: TargetDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => TargetDto) target!: TargetDto;
  @ApiProperty({ format: 'uuid' }) @IsUUID() leadUnitId!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) responsibleUnitIds!: string[];
  @ApiPropertyOptional({ format: 'date', description: 'default: 1 January of the year' }) @IsOptional() @IsCalendarDate() startOn?: string;
  @ApiProperty({ format: 'date', example: '2026-12-31' }) @IsCalendarDate() dueOn!: string;
  @ApiPropertyOptional({ type: [MilestoneInputDto], description: 'default: one milestone “完成” at the due date' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInputDto)
  milestones?: MilestoneInputDto[];
  @ApiPropertyOptional({ type: [String], format: 'uuid' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) dependsOn?: string[];
}

export class AddDependencyDto {
  @ApiProperty({ format: 'uuid', description: 'the task that must be done first' }) @IsUUID() dependsOnId!: string;
}

export class EvidenceDto {
  @ApiProperty({ example: '验收报告.pdf' }) @IsString() @IsName({ max: 200 }) @Length(1, 200) name!: string;
  @ApiPropertyOptional({ example: 'https://example.gov.cn/files/1' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  url?: string;
}

export class SubmitReportDto {
  @ApiProperty({ format: 'uuid', description: 'the reporting unit: the lead or a responsible unit of the task' }) @IsUUID() unitId!: string;
  @ApiPropertyOptional({ format: 'date', description: 'default: today (Asia/Shanghai); not in the future' })
  @IsOptional()
  @IsCalendarDate()
  reportedOn?: string;
  @ApiPropertyOptional({ example: 12 }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e12) valueReached?: number;
  @ApiProperty({ example: '已完成 2 个市级产业学院申报' }) @IsString() @Length(2, 4000) narrative!: string;
  @ApiPropertyOptional({ type: [EvidenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
  @ApiProperty({ description: 'the milestone is reached' }) @IsBoolean() done!: boolean;
}

export class ReviewReportDto {
  @ApiProperty({ enum: ['ACCEPT', 'RETURN'] }) @IsIn(['ACCEPT', 'RETURN']) outcome!: 'ACCEPT' | 'RETURN';
  @ApiPropertyOptional({ description: 'required to return' }) @IsOptional() @IsString() @Length(2, 2000) note?: string;
}

/**
 * A view of one year's ledger as of a date. Either may be left out: the date defaults to today
 * (Asia/Shanghai), the year to the date's year — so `?asOf=2026-06-30` reads the 2026 ledger as it
 * stood that day. A year without a ledger reads as empty, not as an error.
 */
export class YearQueryDto {
  @ApiPropertyOptional({ minimum: 1900, maximum: 9999, example: 2026, description: 'default: the year of asOf' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(9999)
  year?: number;
  @ApiPropertyOptional({ format: 'date', description: 'default: today (Asia/Shanghai)' }) @IsOptional() @IsCalendarDate() asOf?: string;
}

/** The year and the date a `YearQueryDto` asks for, defaults applied. */
export function yearAndDate(query: YearQueryDto, today: string): { year: number; asOf: string } {
  const asOf = query.asOf ?? today;
  return { year: query.year ?? Number(asOf.slice(0, 4)), asOf };
}

export class TaskQueryDto extends YearQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() consortiumId?: string;
  @ApiPropertyOptional({ enum: TASK_STATUSES }) @IsOptional() @IsIn(TASK_STATUSES) status?: (typeof TASK_STATUSES)[number];
}

export class AsOfQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'default: today (Asia/Shanghai)' }) @IsOptional() @IsCalendarDate() asOf?: string;
}

export class SupervisionRunDto {
  @ApiProperty({ format: 'date', description: 'the day to supervise as of (the scheduled job uses today)' }) @IsCalendarDate() asOf!: string;
}

export class NoticeQueryDto {
  @ApiPropertyOptional({ enum: NOTICE_KINDS }) @IsOptional() @IsIn(NOTICE_KINDS) kind?: (typeof NOTICE_KINDS)[number];
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate() to?: string;
}

export class ImportQueryDto {
  @ApiProperty(YEAR) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty({ example: '永川区任务清单' }) @IsString() @IsName({ max: 100 }) @Length(1, 100) listName!: string;
  @ApiPropertyOptional({ example: '500118', description: "a district's list: its units and tasks belong to the district" })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'districtCode must be a 6-digit GB/T 2260 code' })
  districtCode?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() consortiumId?: string;
}

class NamedRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class DependencyRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: string;
}

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) milestoneId!: string;
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ format: 'date' }) reportedOn!: string;
  @ApiProperty({ type: Number, nullable: true }) valueReached!: number | null;
  @ApiProperty() narrative!: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
  @ApiProperty() done!: boolean;
  @ApiProperty({ enum: ['SUBMITTED', 'ACCEPTED', 'RETURNED'] }) status!: string;
  @ApiProperty() submittedBy!: string;
  @ApiProperty({ type: String, nullable: true }) reviewNote!: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class MilestoneDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ type: Number, nullable: true }) targetValue!: number | null;
  @ApiProperty({ enum: ['MET', 'REPORTED', 'OPEN', 'LATE'], description: 'MET 已验收, REPORTED 已报待审, OPEN 未到期, LATE 逾期' }) state!: string;
  @ApiProperty({ type: [ReportDto] }) reports!: ReportDto[];
}

/** 目标任务 with its status as of a date. */
export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) consortiumId!: string | null;
  @ApiProperty({ type: String, nullable: true }) districtCode!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) listName!: string | null;
  @ApiProperty({ type: String, nullable: true }) seq!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TARGET_KINDS }) targetKind!: string;
  @ApiProperty({ type: Number, nullable: true }) targetValue!: number | null;
  @ApiProperty({ type: String, nullable: true }) targetUnit!: string | null;
  @ApiProperty({ type: String, nullable: true }) deliverable!: string | null;
  @ApiProperty({ format: 'uuid' }) leadUnitId!: string;
  @ApiProperty({ type: NamedRefDto }) leadUnit!: NamedRefDto;
  @ApiProperty({ type: [NamedRefDto] }) responsibleUnits!: NamedRefDto[];
  @ApiProperty({ type: [DependencyRefDto] }) dependsOn!: DependencyRefDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) subTaskIds!: string[];
  @ApiProperty({ format: 'date' }) startOn!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: Number, nullable: true }) valueReached!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'per cent of the target, one decimal' }) progressPercent!: number | null;
  @ApiProperty({ type: [MilestoneDto] }) milestones!: MilestoneDto[];
}

export class TaskListDto {
  @ApiProperty({ type: [TaskDto] }) items!: TaskDto[];
}

export class NoticeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTICE_KINDS }) kind!: string;
  @ApiProperty({ example: '逾期督办' }) kindLabel!: string;
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty() taskTitle!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) milestoneId!: string | null;
  @ApiProperty({ type: String, nullable: true }) milestoneTitle!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: to the task force' }) unitId!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ format: 'date' }) noticeOn!: string;
  @ApiProperty({ description: 'days left (DUE_SOON), days late (OVERDUE, ESCALATION), days ahead of the due date (TOO_FAST)' }) days!: number;
  @ApiProperty() message!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class NoticeListDto {
  @ApiProperty({ type: [NoticeDto] }) items!: NoticeDto[];
}

class RaisedCountsDto {
  @ApiProperty() DUE_SOON!: number;
  @ApiProperty() OVERDUE!: number;
  @ApiProperty() ESCALATION!: number;
  @ApiProperty() TOO_FAST!: number;
}

class RaisedNoticeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTICE_KINDS }) kind!: string;
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) milestoneId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId!: string | null;
  @ApiProperty({ format: 'date' }) noticeOn!: string;
  @ApiProperty() days!: number;
  @ApiProperty() message!: string;
}

export class SupervisionSummaryDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty() methodVersion!: number;
  @ApiProperty({ type: RaisedCountsDto, description: 'notices raised by this run (0 when the day was supervised already)' }) raised!: RaisedCountsDto;
  @ApiProperty({ type: [RaisedNoticeDto] }) notices!: RaisedNoticeDto[];
}

export class ImportResultDto {
  @ApiProperty() listName!: string;
  @ApiProperty() year!: number;
  @ApiProperty() created!: number;
  @ApiProperty() unitsCreated!: number;
  @ApiProperty({ type: [String], format: 'uuid' }) taskIds!: string[];
}

class CompletionDto {
  @ApiProperty() total!: number;
  @ApiProperty() done!: number;
  @ApiProperty() onTrack!: number;
  @ApiProperty() atRisk!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() notStarted!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'done / total, per cent, one decimal' }) completionPercent!: number | null;
}

class RollupRowDto extends CompletionDto {
  @ApiProperty({ description: 'unit or consortium id, or district code' }) id!: string;
  @ApiProperty() name!: string;
}

export class RollupsDto {
  @ApiProperty() year!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: CompletionDto }) city!: CompletionDto;
  @ApiProperty({ type: [RollupRowDto] }) byUnit!: RollupRowDto[];
  @ApiProperty({ type: [RollupRowDto] }) byConsortium!: RollupRowDto[];
  @ApiProperty({ type: [RollupRowDto] }) byDistrict!: RollupRowDto[];
}

class TimetableMilestoneDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: ['MET', 'REPORTED', 'OPEN', 'LATE'] }) state!: string;
}

class TimetableRowDto {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) seq!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() leadUnitName!: string;
  @ApiProperty({ format: 'date' }) startOn!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: string;
  @ApiProperty({ example: '逾期' }) statusLabel!: string;
  @ApiProperty({ type: [TimetableMilestoneDto] }) milestones!: TimetableMilestoneDto[];
}

export class TimetableDto {
  @ApiProperty() year!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [TimetableRowDto] }) rows!: TimetableRowDto[];
}

class TaskMapNodeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() leadUnitName!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: string;
}

class TaskMapEdgeDto {
  @ApiProperty({ enum: ['SUBTASK', 'DEPENDS_ON'], description: 'SUBTASK: from parent to sub-task; DEPENDS_ON: from a task to what it depends on' })
  kind!: string;
  @ApiProperty({ format: 'uuid' }) from!: string;
  @ApiProperty({ format: 'uuid' }) to!: string;
}

export class TaskMapDto {
  @ApiProperty() year!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [TaskMapNodeDto] }) nodes!: TaskMapNodeDto[];
  @ApiProperty({ type: [TaskMapEdgeDto] }) edges!: TaskMapEdgeDto[];
}

export class ViewQueryDto extends YearQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() consortiumId?: string;
}

class ScorecardRowDto {
  @ApiProperty({ example: '500118' }) districtCode!: string;
  @ApiProperty({ example: '永川区' }) districtName!: string;
  @ApiProperty({ description: 'consortia on the list on the day with the district among theirs' }) consortia!: number;
  @ApiProperty({ description: 'of them, those placed in the year’s published annual competition' }) rankedConsortia!: number;
  @ApiProperty({ type: Number, nullable: true, description: '联合体赛马成绩, 0–100' }) results!: number | null;
  @ApiProperty({ description: 'top-level ledger tasks of the district' }) tasks!: number;
  @ApiProperty({ type: Number, nullable: true, description: '台账完成率, per cent' }) completion!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '按时推进率, per cent' }) onTime!: number | null;
  @ApiProperty({ description: 'units of the reference directories (名录) in the district' }) directoryUnits!: number;
  @ApiProperty({ description: 'of them, members of a consortium on the list on the day' }) coveredUnits!: number;
  @ApiProperty({ type: Number, nullable: true, description: '成员覆盖率, per cent; null without directory units' }) coverage!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '供需对接, 0–100; null where the supply–demand context provides no figure' }) supplyDemand!:
    number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'weighted mean of the components present, one decimal' }) score!: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
}

class ScorecardWeightsDto {
  @ApiProperty({ example: 0.4 }) results!: number;
  @ApiProperty({ example: 0.2 }) completion!: number;
  @ApiProperty({ example: 0.15 }) onTime!: number;
  @ApiPropertyOptional({ example: 0.15, description: 'from method 2' }) coverage?: number;
  @ApiPropertyOptional({ example: 0.1, description: 'from method 2' }) supplyDemand?: number;
}

export class ScorecardQueryDto extends YearQueryDto {
  @ApiPropertyOptional({ enum: SCORECARD_METHOD_VERSIONS, description: 'the method version (default the current, 2); 1 reproduces a version 1 scorecard' })
  @IsOptional()
  @Type(() => Number)
  @IsIn(SCORECARD_METHOD_VERSIONS)
  method?: ScorecardMethodVersion;
}

/** 区县履职评价. */
export class ScorecardDto {
  @ApiProperty() year!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty() methodVersion!: number;
  @ApiProperty({ type: ScorecardWeightsDto }) weights!: ScorecardWeightsDto;
  @ApiProperty({ type: [ScorecardRowDto] }) rows!: ScorecardRowDto[];
}
