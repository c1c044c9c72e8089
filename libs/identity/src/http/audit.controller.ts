import { Readable } from 'node:stream';
import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, ApiProblems, ApiFileResponse, instantOf } from '#platform';
import { type AuditEventView, type AuditFilter, ListAuditEventsQuery } from '../application/audit/audit-events.query.js';
import { AuditEventDto, AuditExportQueryDto, AuditPageDto, AuditQueryDto } from './identity.dto.js';

const toDto = (e: AuditEventView): AuditEventDto => ({ ...e, occurredAt: e.occurredAt.toISOString() });

const filterOf = (q: AuditQueryDto): Omit<AuditFilter, 'limit'> => ({
  actorType: q.actorType,
  actorId: q.actorId,
  action: q.action,
  entityType: q.entityType,
  entityId: q.entityId,
  from: q.from ? instantOf(q.from) : undefined,
  to: q.to ? instantOf(q.to) : undefined,
  before: q.before,
});

const COLUMNS = ['id', 'occurredAt', 'actorType', 'actorId', 'actorName', 'action', 'entityType', 'entityId', 'before', 'after', 'requestId', 'ip'] as const;

/** One CSV field: quoted, quotes doubled, and a leading = + - @ neutralised so Excel does not run it as a formula. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/v1/audit-events')
export class AuditController {
  constructor(private readonly events: ListAuditEventsQuery) {}

  @Get()
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiOperation({ summary: 'The audit log, newest first, filtered (task force and admins)' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const page = await this.events.execute({ ...filterOf(query), limit: query.limit ?? 100 });
    return { items: page.items.map(toDto), nextCursor: page.nextCursor };
  }

  @Get('export')
  @Allow({ roles: ['admin', 'taskforce'] })
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="audit-events.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The filtered audit log as CSV (UTF-8 with BOM, for Excel), streamed' })
  @ApiProblems(400, 401, 403)
  @ApiFileResponse('the audit events as CSV', 'text/csv')
  export(@Query() query: AuditExportQueryDto): StreamableFile {
    const events = this.events;
    const filter = filterOf(query);
    async function* lines(): AsyncGenerator<string> {
      yield `\uFEFF${COLUMNS.join(',')}\r\n`;
      for await (const event of events.stream(filter)) yield `${COLUMNS.map((c) => csvField(event[c])).join(',')}\r\n`;
    }
    return new StreamableFile(Readable.from(lines()));
  }
}
