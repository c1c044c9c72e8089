import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, ValidateNested } from 'class-validator';
import { type Actor, Allow, ApiProblems, CurrentActor, etagOf, IsCalendarDate, IsName, ROLES, UuidParam } from '#platform';
import { GovernanceDocumentsQuery, GovernanceDocumentsUseCases } from '../application/governance/governance-documents.use-cases.js';
import { districtScopeOf } from '../application/organization/organizations.use-cases.js';
import { GOVERNANCE_DOCUMENT_KINDS, type GovernanceDocumentKind } from '../domain/governance-document.js';
import { AsOfQueryDto } from './consortium.dto.js';

class DocumentEvidenceDto {
  @ApiProperty({ example: '联合体章程（2026 年修订）.pdf' }) @IsString() @IsName({ max: 200 }) name!: string;
  @ApiPropertyOptional({ example: 'https://example.gov.cn/files/charter-2026.pdf' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  url?: string;
}

class RecordDocumentDto {
  @ApiProperty({ enum: GOVERNANCE_DOCUMENT_KINDS, description: '章程 or 运行管理制度' }) @IsIn(GOVERNANCE_DOCUMENT_KINDS) kind!: GovernanceDocumentKind;
  @ApiProperty({ example: '2026 年修订版' }) @IsString() @Length(1, 64) versionLabel!: string;
  @ApiProperty({ example: '重庆市某产教联合体章程' }) @IsString() @Length(1, 256) title!: string;
  @ApiProperty({ format: 'date', example: '2026-03-15', description: 'the day it was adopted (the cited resolution’s day)' })
  @IsCalendarDate()
  adoptedOn!: string;
  @ApiProperty({ format: 'date', example: '2026-04-01', description: 'from when it is in force; after the latest version’s, not before adoptedOn' })
  @IsCalendarDate()
  effectiveOn!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the council resolution (决议) that adopted it, when recorded' })
  @IsOptional()
  @IsUUID()
  resolutionId?: string;
  @ApiPropertyOptional({ description: 'the text; or give evidence' }) @IsOptional() @IsString() @Length(1, 100_000) text?: string;
  @ApiPropertyOptional({ type: DocumentEvidenceDto, description: 'the file holding the text; or give text' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DocumentEvidenceDto)
  evidence?: DocumentEvidenceDto;
  @ApiPropertyOptional({ example: '增设监事会，调整理事会表决规则', description: 'what changed from the previous version' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  changeSummary?: string;
}

class DocumentEvidenceViewDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
}

/** One version of a governance document (章程 or 运行管理制度), in force over [effectiveOn, validTo). */
class GovernanceDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: GOVERNANCE_DOCUMENT_KINDS }) kind!: GovernanceDocumentKind;
  @ApiProperty({ description: '1, 2, 3 … per kind; the document’s ETag is "v<sequence>" of its latest version' }) sequence!: number;
  @ApiProperty() versionLabel!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) adoptedOn!: string;
  @ApiProperty({ format: 'date' }) effectiveOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the next version’s effectiveOn; null while latest' }) validTo!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) resolutionId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the resolution’s number (文号)' }) resolutionNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) text!: string | null;
  @ApiProperty({ type: DocumentEvidenceViewDto, nullable: true }) evidence!: DocumentEvidenceViewDto | null;
  @ApiProperty({ type: String, nullable: true }) changeSummary!: string | null;
}

class CurrentDocumentsDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: GovernanceDocumentDto, nullable: true, description: 'the charter (章程) in force on asOf' }) charter!: GovernanceDocumentDto | null;
  @ApiProperty({ type: GovernanceDocumentDto, nullable: true, description: 'the operating rules in force on asOf' })
  operatingRules!: GovernanceDocumentDto | null;
}

class DocumentHistoryDto {
  @ApiProperty({ type: [GovernanceDocumentDto], description: 'every version, by kind then oldest first' }) items!: GovernanceDocumentDto[];
}

class HistoryQueryDto {
  @ApiPropertyOptional({ enum: GOVERNANCE_DOCUMENT_KINDS }) @IsOptional() @IsIn(GOVERNANCE_DOCUMENT_KINDS) kind?: GovernanceDocumentKind;
}

class InForceDto {
  @ApiProperty() versionLabel!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) effectiveOn!: string;
  @ApiProperty() sequence!: number;
}

class DocumentStandingDto {
  @ApiProperty({ type: InForceDto, nullable: true, description: 'the version in force on asOf' }) inForce!: InForceDto | null;
  @ApiProperty({ description: 'versions in force on or before asOf' }) versions!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'when it last changed (the in-force version’s effectiveOn)' }) lastChangedOn!:
    string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'a version recorded to take effect after asOf' }) nextEffectiveOn!: string | null;
}

class CityDocumentsRowDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty() consortiumName!: string;
  @ApiProperty({ type: [String] }) districtCodes!: string[];
  @ApiProperty({ type: DocumentStandingDto }) charter!: DocumentStandingDto;
  @ApiProperty({ type: DocumentStandingDto }) operatingRules!: DocumentStandingDto;
}

class CityDocumentsDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'consortia on the list on asOf' }) listed!: number;
  @ApiProperty({ description: 'of them, with a charter in force' }) withCharter!: number;
  @ApiProperty({ description: 'of them, with operating rules in force' }) withOperatingRules!: number;
  @ApiProperty({ type: [CityDocumentsRowDto] }) items!: CityDocumentsRowDto[];
}

const MANAGERS = { roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' } as const;

/** 章程 and operating rules of a consortium, versioned and effective-dated (一体一策: "以章程为根本"). */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1/consortia/:consortiumId/governance-documents')
export class GovernanceDocumentsController {
  constructor(
    private readonly documents: GovernanceDocumentsUseCases,
    private readonly read: GovernanceDocumentsQuery,
  ) {}

  @Post()
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'Record a new version of the charter (章程) or the operating rules, from its effective day' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Required once the document has a version: "v<sequence>" of its latest version (428 without, 412 when stale)',
    example: '"v1"',
  })
  @ApiCreatedResponse({
    type: GovernanceDocumentDto,
    description: 'the version recorded',
    headers: { ETag: { description: '"v<sequence>"', schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async record(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Body() body: RecordDocumentDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const version = await this.documents.record(id, body, ifMatch);
    void reply.header('etag', etagOf(version.sequence));
    return version;
  }

  @Get()
  @Allow({ roles: ROLES, scopes: ['registry:read'] })
  @ApiOperation({ summary: 'The charter and the operating rules in force on asOf (default today)' })
  @ApiOkResponse({ type: CurrentDocumentsDto })
  @ApiProblems(400, 401, 403, 404)
  current(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Query() query: AsOfQueryDto, @CurrentActor() actor: Actor) {
    return this.read.current(id, query.asOf, districtScopeOf(actor));
  }

  @Get('history')
  @Allow({ roles: ROLES, scopes: ['registry:read'] })
  @ApiOperation({ summary: 'Every version of the charter and the operating rules (or of one kind), with the summary of changes' })
  @ApiOkResponse({ type: DocumentHistoryDto })
  @ApiProblems(400, 401, 403, 404)
  history(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Query() query: HistoryQueryDto, @CurrentActor() actor: Actor) {
    return this.read.history(id, query.kind, districtScopeOf(actor));
  }
}

/** The task force's city-wide view: which consortia have a charter in force, and when it last changed. */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1/governance-documents')
export class CityGovernanceDocumentsController {
  constructor(private readonly read: GovernanceDocumentsQuery) {}

  @Get()
  @Allow({ roles: ['admin', 'taskforce'], scopes: ['registry:read'] })
  @ApiOperation({
    summary:
      'Each consortium on the list on asOf (default today): its charter and operating rules in force, versions and last change; a district system sees its districts’ consortia',
  })
  @ApiOkResponse({ type: CityDocumentsDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: AsOfQueryDto, @CurrentActor() actor: Actor) {
    return this.read.cityWide(query.asOf, districtScopeOf(actor));
  }
}
