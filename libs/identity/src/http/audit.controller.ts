import { Readable } from 'node:stream';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, ApiProblems, ApiFileResponse, attachmentDisposition, type ExportLabelMode, instantOf, plainText } from '#platform';
import { PRINCIPAL_TYPE_LABELS } from '../domain/identity.labels.js';
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

/** The headers people read (`labels=zh`, the default); `labels=codes` keeps the keys above. */
const HEADERS_ZH: Record<(typeof COLUMNS)[number], string> = {
  id: '编号',
  occurredAt: '时间（北京时间）',
  actorType: '操作方类型',
  actorId: '操作方编号',
  actorName: '操作方',
  action: '操作',
  entityType: '对象类型',
  entityId: '对象编号',
  before: '变更前',
  after: '变更后',
  requestId: '请求编号',
  ip: 'IP 地址',
};

const ACTOR_TYPES_ZH: Record<string, string> = {
  ...Object.fromEntries(Object.entries(PRINCIPAL_TYPE_LABELS).map(([k, v]) => [k, v.zh])),
  system: '系统',
  anonymous: '未登录',
};

/** An instant as people in Chongqing read it: `2026-12-03 16:40:05`, Beijing time. */
const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium' });

/** A cell of the export: for people, Beijing time and the actor type's label; for machines, the stored value. */
function cell(event: AuditEventView, column: (typeof COLUMNS)[number], mode: ExportLabelMode): unknown {
  const value = event[column];
  if (mode === 'codes') return value;
  if (column === 'occurredAt' && value instanceof Date) return beijing.format(value);
  if (column === 'actorType' && typeof value === 'string') return ACTOR_TYPES_ZH[value] ?? value;
  return value;
}

/** One CSV field: quoted, quotes doubled, and a leading = + - @ neutralised so Excel does not run it as a formula. */
export function csvField(value: unknown): string {
  let text = plainText(value);
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
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The filtered audit log as CSV (UTF-8 with BOM, for Excel), streamed: Chinese headers, Beijing time and labels unless ?labels=codes',
  })
  @ApiProblems(400, 401, 403)
  @ApiFileResponse('the audit events as CSV', 'text/csv')
  export(@Query() query: AuditExportQueryDto): StreamableFile {
    const events = this.events;
    const filter = filterOf(query);
    const mode = query.labels ?? 'zh';
    const header = mode === 'codes' ? COLUMNS.join(',') : COLUMNS.map((c) => csvField(HEADERS_ZH[c])).join(',');
    async function* lines(): AsyncGenerator<string> {
      yield `\uFEFF${header}\r\n`;
      for await (const event of events.stream(filter)) yield `${COLUMNS.map((c) => csvField(cell(event, c, mode))).join(',')}\r\n`;
    }
    return new StreamableFile(Readable.from(lines()), {
      type: 'text/csv; charset=utf-8',
      disposition: attachmentDisposition('audit-events.csv', '审计日志.csv', mode),
    });
  }
}
