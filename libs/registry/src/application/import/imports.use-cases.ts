import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, AuditRecorder, DomainError, type ExportLabelMode, hasRole, OutboxPublisher, secretariatConsortia } from '#platform';
import {
  type ImportFormat,
  type ImportKind,
  type ImportMode,
  type ImportStatus,
  MEMBERSHIP_FILE,
  ORGANIZATION_FILE,
  type RowError,
} from '../../domain/import.js';
import { REGISTRY_ERROR_LABELS } from '../../domain/registry.labels.js';
import { ImportJobEntity } from '../../persistence/import-job.entity.js';
import type { DistrictScope } from '../organization/organizations.use-cases.js';
import { CONTENT_TYPES, writeTable } from './tabular.js';
import { ImportRequested } from '../../contracts/index.js';

export interface ImportJobView {
  id: string;
  kind: ImportKind;
  format: ImportFormat;
  mode: ImportMode;
  status: ImportStatus;
  fileSha256: string;
  requestedBy: string;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  totalRows: number | null;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  unchangedRows: number;
  rejectedRows: number;
  errorCount: number;
  failure: string | null;
}

const view = (e: ImportJobEntity): ImportJobView => ({
  id: e.id,
  kind: e.kind,
  format: e.format,
  mode: e.mode,
  status: e.status,
  fileSha256: e.fileSha256,
  requestedBy: e.requestedBy,
  requestedAt: e.requestedAt,
  startedAt: e.startedAt,
  finishedAt: e.finishedAt,
  totalRows: e.totalRows,
  processedRows: e.processedRows,
  createdRows: e.createdRows,
  updatedRows: e.updatedRows,
  unchangedRows: e.unchangedRows,
  rejectedRows: e.rejectedRows,
  errorCount: e.errors.length,
  failure: e.failure,
});

export const ImportErrors = {
  notFound: () => new DomainError('NOT_FOUND', 'IMPORT_NOT_FOUND', 'No such import'),
  emptyFile: () => new DomainError('MALFORMED', 'EMPTY_FILE', 'The uploaded file is empty', [{ field: 'body', code: 'EMPTY_FILE', message: 'no content' }]),
};

const actorLabel = (actor: Actor) => (actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);

/**
 * Accepts a file for import: stores it with the job (PostgreSQL is the truth; nothing lives only
 * in Redis) and records `registry.import.requested` in the same transaction; the worker picks it up.
 */
@Injectable()
export class RequestImportUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  /** `scope.consortium`: a secretariat's import of its own consortium's members (other rows are refused, OUTSIDE_CONSORTIUM). */
  execute(
    kind: ImportKind,
    file: Buffer,
    format: ImportFormat,
    mode: ImportMode,
    actor: Actor,
    scope: DistrictScope & { consortium?: string },
  ): Promise<ImportJobView> {
    if (!file?.length) throw ImportErrors.emptyFile();
    const fileSha256 = createHash('sha256').update(file).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.save(
        manager.create(ImportJobEntity, {
          kind,
          format,
          mode,
          file,
          fileSha256,
          scopeDistrict: scope.district ?? null,
          scopeConsortium: scope.consortium ?? null,
          requestedBy: actorLabel(actor),
          errors: [],
        }),
      );
      const job = view((await manager.findOne(ImportJobEntity, { where: { id: entity.id } }))!);
      await this.outbox.publish(manager, ImportRequested.of(job.id, { importId: job.id }));
      await this.audit.record(manager, {
        action: 'registry.import.request',
        entityType: 'import-job',
        entityId: job.id,
        before: null,
        after: { kind: job.kind, format, mode, fileSha256, bytes: file.length, ...(scope.consortium ? { consortiumId: scope.consortium } : {}) },
      });
      return job;
    });
  }
}

@Injectable()
export class GetImportQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The job, visible to whoever may import: the task force and admins every job, a district system
   * its own imports, a secretariat the imports of its consortium's members (whoever of its staff
   * asked for them).
   */
  async execute(id: string, actor: Actor): Promise<ImportJobView & { errors: RowError[] }> {
    const entity = await this.dataSource.getRepository(ImportJobEntity).findOne({ where: { id } });
    const visible =
      entity !== null &&
      (actor.type === 'client'
        ? entity.requestedBy === actorLabel(actor)
        : hasRole(actor, 'admin', 'taskforce') || (entity.scopeConsortium !== null && secretariatConsortia(actor).includes(entity.scopeConsortium)));
    if (!entity || !visible) throw ImportErrors.notFound();
    return { ...view(entity), errors: entity.errors };
  }

  /**
   * The whole row report. For people (`zh`, the default): 行号, the column as users head it
   * (统一社会信用代码 for `uscc`), the code, what it means in Chinese, and the detail; for machines
   * (`codes`): row, field, code, message.
   */
  async report(id: string, actor: Actor, format: ImportFormat, mode: ExportLabelMode = 'zh'): Promise<{ body: Buffer; contentType: string }> {
    const job = await this.execute(id, actor);
    if (mode === 'codes') {
      const rows = job.errors.map((e) => [e.row, e.field, e.code, e.message]);
      return { body: await writeTable(['row', 'field', 'code', 'message'], rows, format, 'report'), contentType: CONTENT_TYPES[format] };
    }
    const rows = job.errors.map((e) => [e.row, columnLabel(e.field), e.code, REGISTRY_ERROR_LABELS[e.code]?.zh ?? '', e.message]);
    return { body: await writeTable(['行号', '列', '错误代码', '问题', '详情'], rows, format, '错误报告'), contentType: CONTENT_TYPES[format] };
  }
}

/** The header users write for a field of an import file (its first Chinese header), else the field itself. */
function columnLabel(field: string): string {
  return [...ORGANIZATION_FILE, ...MEMBERSHIP_FILE].find((c) => c.key === field)?.labels[0] ?? field;
}
