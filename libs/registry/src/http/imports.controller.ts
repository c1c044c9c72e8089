import { Body, Controller, Get, Header, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import {
  type Actor,
  Allow,
  ApiFileResponse,
  ApiProblems,
  attachmentDisposition as attachment,
  CurrentActor,
  EXPORT_CONTENT_TYPES,
  EXPORT_LABEL_MODES,
  EXPORT_LABELS_DESCRIPTION,
  type ExportLabelMode,
  ExportQueryOptionsDto,
  exportTable,
  IsCalendarDate,
  RequestValidationError,
  UuidParam,
  XLSX_CONTENT_TYPE,
} from '#platform';
import { MEMBERSHIP_EXPORT, ORGANIZATION_EXPORT } from '../application/export/registry-exports.js';
import { GetImportQuery, type ImportJobView, RequestImportUseCase } from '../application/import/imports.use-cases.js';
import { districtScopeOf, ListOrganizationsQuery } from '../application/organization/organizations.use-cases.js';
import {
  IMPORT_FORMATS,
  IMPORT_MODES,
  type ImportFormat,
  type ImportKind,
  type ImportMode,
  MEMBERSHIP_COLUMNS,
  ORGANIZATION_COLUMNS,
} from '../domain/import.js';
import type { Organization } from '../domain/organization.js';
import { MembershipExportQuery } from '../application/membership/memberships.use-cases.js';
import { ConsortiumExistsQuery } from '../application/membership/membership-history.query.js';

export class ImportQueryDto {
  @ApiPropertyOptional({ enum: IMPORT_MODES, default: 'ALL_OR_NOTHING' }) @IsOptional() @IsIn(IMPORT_MODES) mode?: ImportMode;
}

export class FormatQueryDto {
  @ApiPropertyOptional({ enum: IMPORT_FORMATS, default: 'xlsx' }) @IsOptional() @IsIn(IMPORT_FORMATS) format?: ImportFormat;
}

class ImportReportQueryDto extends FormatQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_LABEL_MODES, default: 'zh', description: EXPORT_LABELS_DESCRIPTION })
  @IsOptional()
  @IsIn(EXPORT_LABEL_MODES)
  labels?: ExportLabelMode;
}

class ConsortiumMembershipExportQueryDto extends ExportQueryOptionsDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-03-31' }) @IsOptional() @IsCalendarDate() asOf?: string;
}

class MembershipExportQueryDto extends ExportQueryOptionsDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-03-31' }) @IsOptional() @IsCalendarDate() asOf?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() consortiumId?: string;
}

class ExportQueryDto extends ExportQueryOptionsDto {
  @ApiPropertyOptional({ example: '500118' }) @IsOptional() @Matches(/^\d{6}$/) districtCode?: string;
}

class RowErrorDto {
  @ApiProperty({ description: 'data row, from 1 (0 = the header, or the file as a whole: field "file")' }) row!: number;
  @ApiProperty() field!: string;
  @ApiProperty({ example: 'USCC_CHECK_CHARACTER' }) code!: string;
  @ApiProperty() message!: string;
}

export class ImportJobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['organizations', 'memberships'] }) kind!: string;
  @ApiProperty({ enum: IMPORT_FORMATS }) format!: string;
  @ApiProperty({ enum: IMPORT_MODES }) mode!: string;
  @ApiProperty({ enum: ['QUEUED', 'RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED'] }) status!: string;
  @ApiProperty() fileSha256!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) totalRows!: number | null;
  @ApiProperty() processedRows!: number;
  @ApiProperty() createdRows!: number;
  @ApiProperty() updatedRows!: number;
  @ApiProperty() unchangedRows!: number;
  @ApiProperty() rejectedRows!: number;
  @ApiProperty() errorCount!: number;
  @ApiProperty({ nullable: true, type: String }) failure!: string | null;
  @ApiPropertyOptional({ type: [RowErrorDto], description: 'the row-level report (first 1,000; download it whole)' }) errors?: RowErrorDto[];
}

export const toImportJobDto = (j: ImportJobView & { errors?: RowErrorDto[] }): ImportJobDto => ({
  ...j,
  requestedAt: j.requestedAt.toISOString(),
  startedAt: j.startedAt?.toISOString() ?? null,
  finishedAt: j.finishedAt?.toISOString() ?? null,
  ...(j.errors ? { errors: j.errors.slice(0, 1_000) } : {}),
});

/**
 * Bulk import and export of organizations as CSV or XLSX (DESIGN §6). Uploads are the raw file
 * (`Content-Type: text/csv` or the XLSX type), up to IMPORT_MAX_BYTES; the work runs on the
 * `imports` queue and its progress and row-level report are read here.
 */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1')
export class ImportsController {
  constructor(
    private readonly request: RequestImportUseCase,
    private readonly imports: GetImportQuery,
    private readonly organizations: ListOrganizationsQuery,
    private readonly membershipExport: MembershipExportQuery,
    private readonly consortia: ConsortiumExistsQuery,
  ) {}

  @Post('imports/organizations')
  @Allow({ roles: ['admin', 'taskforce'], scopes: ['registry:write'] })
  @ApiConsumes('text/csv', XLSX_CONTENT_TYPE)
  @ApiBody({
    description: `A file with the columns ${ORGANIZATION_COLUMNS.join(', ')} (the first four required; Chinese headers such as 统一社会信用代码, 单位名称, 单位类型, 所在区县 accepted)`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({ summary: 'Import organizations (upsert by USCC) from CSV or XLSX; 202 with the job to poll' })
  @ApiAcceptedResponse({ type: ImportJobDto, description: 'the import job, queued (poll it)' })
  @ApiProblems(400, 401, 403, 413, 415)
  uploadOrganizations(
    @Body() body: Buffer,
    @Query() query: ImportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportJobDto> {
    return this.accept('organizations', body, query, actor, reply);
  }

  @Post('imports/memberships')
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiConsumes('text/csv', XLSX_CONTENT_TYPE)
  @ApiBody({
    description: `A file with the header ${MEMBERSHIP_COLUMNS.join(', ')} (a membership export works as it is)`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({ summary: 'Import memberships (joins on a date) from CSV or XLSX; 202 with the job to poll' })
  @ApiAcceptedResponse({ type: ImportJobDto, description: 'the import job, queued (poll it)' })
  @ApiProblems(400, 401, 403, 413, 415)
  uploadMemberships(
    @Body() body: Buffer,
    @Query() query: ImportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportJobDto> {
    return this.accept('memberships', body, query, actor, reply);
  }

  @Post('consortia/:consortiumId/imports/memberships')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' })
  @ApiConsumes('text/csv', XLSX_CONTENT_TYPE)
  @ApiBody({
    description: `A file with the header ${MEMBERSHIP_COLUMNS.join(', ')} (this consortium’s export works as it is); rows of another consortium are refused (OUTSIDE_CONSORTIUM)`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({ summary: 'A secretariat imports its own consortium’s members (joins on a date) from CSV or XLSX; 202 with the job to poll at /imports/{id}' })
  @ApiAcceptedResponse({ type: ImportJobDto, description: 'the import job, queued (poll it)' })
  @ApiProblems(400, 401, 403, 404, 413, 415)
  async uploadConsortiumMemberships(
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Body() body: Buffer,
    @Query() query: ImportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportJobDto> {
    await this.consortia.execute(consortiumId);
    return this.accept('memberships', body, query, actor, reply, consortiumId);
  }

  @Get('consortia/:consortiumId/memberships/export')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' })
  @Header('cache-control', 'no-store')
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'A secretariat exports its own consortium’s members on a date (default today) as XLSX or CSV, importable as they are' })
  @ApiProblems(400, 401, 403, 404)
  @ApiFileResponse('the consortium’s memberships, as a file to re-import', 'text/csv', XLSX_CONTENT_TYPE)
  async exportConsortiumMemberships(
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Query() query: ConsortiumMembershipExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    await this.consortia.execute(consortiumId);
    return this.exportMemberships({ ...query, consortiumId }, actor, reply);
  }

  private async accept(kind: ImportKind, body: Buffer, query: ImportQueryDto, actor: Actor, reply: FastifyReply, consortium?: string): Promise<ImportJobDto> {
    if (!Buffer.isBuffer(body)) {
      throw new RequestValidationError([{ field: 'body', code: 'NOT_A_FILE', message: `send the file itself as text/csv or ${XLSX_CONTENT_TYPE}` }]);
    }
    const contentType = String(reply.request.headers['content-type'] ?? '');
    const format: ImportFormat = contentType.startsWith('text/csv') ? 'csv' : 'xlsx';
    const job = await this.request.execute(kind, body, format, query.mode ?? 'ALL_OR_NOTHING', actor, {
      ...districtScopeOf(actor),
      ...(consortium ? { consortium } : {}),
    });
    void reply.status(202).header('location', `/api/v1/imports/${job.id}`);
    return toImportJobDto(job);
  }

  @Get('memberships/export')
  @Allow({ roles: ['admin', 'taskforce'], scopes: ['registry:read'] })
  @Header('cache-control', 'no-store')
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOperation({
    summary: 'Memberships on a date (default today) as XLSX or CSV, importable as they are (a district system: consortia covering its district)',
  })
  @ApiProblems(400, 401, 403)
  @ApiFileResponse('the memberships, as a file to re-import', 'text/csv', XLSX_CONTENT_TYPE)
  async exportMemberships(
    @Query() query: MembershipExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const format = query.format ?? 'xlsx';
    const rows = await this.membershipExport.execute(query.asOf, query.consortiumId, districtScopeOf(actor));
    void reply
      .header('content-type', EXPORT_CONTENT_TYPES[format])
      .header('content-disposition', attachment(`memberships.${format}`, `成员名单.${format}`, query.labels));
    return new StreamableFile(await exportTable(MEMBERSHIP_EXPORT, rows, format, query.labels ?? 'zh', query.labels === 'codes' ? 'memberships' : '成员名单'));
  }

  @Get('imports/:importId')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], scopes: ['registry:write'] })
  @ApiOperation({ summary: 'An import’s status, progress, counts and the first 1,000 row errors (a secretariat: the imports of its consortium’s members)' })
  @ApiOkResponse({ type: ImportJobDto })
  @ApiProblems(400, 401, 403, 404)
  async status(@Param('importId', new UuidParam('importId')) id: string, @CurrentActor() actor: Actor): Promise<ImportJobDto> {
    return toImportJobDto(await this.imports.execute(id, actor));
  }

  @Get('imports/:importId/report')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], scopes: ['registry:write'] })
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOperation({
    summary: 'The whole row-level report as XLSX or CSV: 行号, 列, 错误代码, 问题, 详情 for people; row, field, code, message with ?labels=codes',
  })
  @ApiProblems(400, 401, 403, 404)
  @ApiFileResponse('the row-level report', 'text/csv', XLSX_CONTENT_TYPE)
  async report(
    @Param('importId', new UuidParam('importId')) id: string,
    @Query() query: ImportReportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const format = query.format ?? 'xlsx';
    const file = await this.imports.report(id, actor, format, query.labels ?? 'zh');
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', attachment(`import-${id}-report.${format}`, `导入错误报告-${id}.${format}`, query.labels));
    return new StreamableFile(file.body);
  }

  @Get('organizations/export')
  @Allow({ roles: ['admin', 'taskforce'], scopes: ['registry:read'] })
  @Header('cache-control', 'no-store')
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'Organizations as XLSX or CSV, in the import format (a district system: its district)' })
  @ApiProblems(400, 401, 403)
  @ApiFileResponse('the organizations, as a file to re-import', 'text/csv', XLSX_CONTENT_TYPE)
  async export(@Query() query: ExportQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const format = query.format ?? 'xlsx';
    const rows: Organization[] = [];
    let after: string | undefined;
    do {
      const page = await this.organizations.execute({ districtCode: query.districtCode, after, limit: 200 }, districtScopeOf(actor));
      rows.push(...page.items);
      after = page.nextCursor ?? undefined;
    } while (after);
    void reply
      .header('content-type', EXPORT_CONTENT_TYPES[format])
      .header('content-disposition', attachment(`organizations.${format}`, `单位名录.${format}`, query.labels));
    return new StreamableFile(
      await exportTable(ORGANIZATION_EXPORT, rows, format, query.labels ?? 'zh', query.labels === 'codes' ? 'organizations' : '单位名录'),
    );
  }
}
