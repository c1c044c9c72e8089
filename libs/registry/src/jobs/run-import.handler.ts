import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecorder, DomainError, type DomainEvent, type EventEnvelope, type EventHandlerContext, OnEvent, OutboxPublisher } from '#platform';
import { headerProblems, MEMBERSHIP_COLUMNS, type OrganizationRow, type RowError, validateMembershipRow, validateOrganizationRow } from '../domain/import.js';
import { JoinConsortiumUseCase } from '../application/membership/memberships.use-cases.js';
import { ORGANIZATION_CREATED, ORGANIZATION_UPDATED } from '../domain/organization.js';
import { IMPORT_REQUESTED } from '../application/import/imports.use-cases.js';
import { readTable } from '../application/import/tabular.js';

const CHUNK = 1_000;

interface JobRow {
  id: string;
  kind: 'organizations' | 'memberships';
  format: 'csv' | 'xlsx';
  mode: 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';
  status: string;
  scope_district: string | null;
  requested_by: string;
  file: Buffer;
}

interface ExistingRow {
  id: string;
  uscc: string;
  name: string;
  type: string;
  district_code: string;
  version: number;
}

/**
 * Runs an import (organizations or memberships) in the worker. Everything it writes — organizations, name
 * history, events, the job's result and one audit row — commits in the handler's transaction, so
 * a worker killed mid-way leaves nothing half-written and the retried job starts again from the
 * stored file. Progress is written on a separate connection, so it is readable while the job runs.
 * All-or-nothing: any bad row and nothing is written. Valid-rows-only: the good rows are written,
 * the bad ones reported. Re-importing the same file changes nothing (unchanged rows are counted).
 */
@Injectable()
export class RunImportHandler {
  private readonly logger = new Logger(RunImportHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly join: JoinConsortiumUseCase,
  ) {}

  @OnEvent({ type: IMPORT_REQUESTED, queue: 'imports', consumer: 'registry.run-import' })
  async run(event: EventEnvelope, { manager, job }: EventHandlerContext): Promise<void> {
    const importId = String(event.payload.importId);
    const [meta]: JobRow[] = await manager.query(`SELECT id, kind, format, mode, status, scope_district, requested_by, file FROM import_job WHERE id = $1`, [importId]);
    if (!meta || !['QUEUED', 'RUNNING'].includes(meta.status)) return;
    try {
      await this.progress(importId, `status = 'RUNNING', started_at = now(), processed_rows = 0`);
      const process = meta.kind === 'memberships' ? this.processMemberships.bind(this) : this.process.bind(this);
      const result = await process(manager, meta, async (processed, total) => {
        await this.progress(importId, `processed_rows = $2, total_rows = $3`, [processed, total]);
        await job.updateProgress({ phase: 'writing', percent: total ? Math.round((100 * processed) / total) : 100 });
      });
      await manager.query(
        `UPDATE import_job SET status = $2, finished_at = now(), total_rows = $3, processed_rows = $3, created_rows = $4, updated_rows = $5,
                unchanged_rows = $6, rejected_rows = $7, errors = $8 WHERE id = $1`,
        [importId, result.status, result.total, result.created, result.updated, result.unchanged, result.rejected, JSON.stringify(result.errors)],
      );
      await this.audit.record(manager, {
        action: 'registry.import.apply',
        entityType: 'import-job',
        entityId: importId,
        before: { status: 'QUEUED' },
        after: { status: result.status, total: result.total, created: result.created, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected },
        actor: { type: 'system', id: `import-job:${importId}`, name: `import on behalf of ${meta.requested_by}` },
      });
    } catch (error) {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.error({ err: error, importId, finalAttempt }, 'import failed');
      if (finalAttempt) await this.progress(importId, `status = 'FAILED', finished_at = now(), failure = $2`, [(error as Error).message.slice(0, 1000)]);
      throw error;
    }
  }

  /** Outside the job's transaction: visible at once, and left behind only as progress. */
  private progress(importId: string, assignments: string, params: unknown[] = []): Promise<unknown> {
    return this.dataSource.query(`UPDATE import_job SET ${assignments} WHERE id = $1`, [importId, ...params]);
  }

  /**
   * Memberships, row by row through the join use case, each in a savepoint: a row the database
   * refuses (joining twice, a second chair, a delisted consortium) is reported with its code and
   * the others go on; in all-or-nothing mode everything is rolled back if any row failed.
   */
  private async processMemberships(manager: EntityManager, meta: JobRow, onProgress: (processed: number, total: number) => Promise<void>) {
    const table = await readTable(meta.file, meta.format);
    const errors: RowError[] = headerProblems(table.header, MEMBERSHIP_COLUMNS);
    const total = table.records.length;
    if (errors.length) return { status: 'REJECTED' as const, total, created: 0, updated: 0, unchanged: 0, rejected: total, errors };
    const seen = new Map<string, number>();
    let created = 0;
    let unchanged = 0;
    await manager.query('SAVEPOINT import_data');
    for (const [i, record] of table.records.entries()) {
      const row = i + 1;
      const checked = validateMembershipRow(row, record, seen);
      if (!checked.value) {
        errors.push(...checked.errors);
        continue;
      }
      const m = checked.value;
      const [org]: { id: string }[] = await manager.query(`SELECT id FROM organization WHERE uscc = $1`, [m.uscc]);
      if (!org) {
        errors.push({ row, field: 'uscc', code: 'ORGANIZATION_NOT_FOUND', message: 'no organization with this USCC: import it first' });
        continue;
      }
      const same = await manager.query(
        `SELECT 1 FROM membership WHERE consortium_id = $1 AND organization_id = $2 AND valid_from = $3 AND role = $4`,
        [m.consortiumId, org.id, m.validFrom, m.role],
      );
      if (same.length) {
        unchanged += 1;
        continue;
      }
      await manager.query('SAVEPOINT import_row');
      try {
        await this.join.applyIn(manager, m.consortiumId, { organizationId: org.id, role: m.role, validFrom: m.validFrom }, { audit: false });
        await manager.query('RELEASE SAVEPOINT import_row');
        created += 1;
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT import_row');
        if (!(error instanceof DomainError)) throw error;
        errors.push({ row, field: error.details[0]?.field ?? (error.code.startsWith('CONSORTIUM') ? 'consortiumId' : 'uscc'), code: error.code, message: error.message });
      }
      if (row % 500 === 0) await onProgress(row, total);
    }
    errors.sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
    const rejected = new Set(errors.map((e) => e.row)).size;
    if (meta.mode === 'ALL_OR_NOTHING' && errors.length) {
      await manager.query('ROLLBACK TO SAVEPOINT import_data');
      return { status: 'REJECTED' as const, total, created: 0, updated: 0, unchanged: 0, rejected, errors };
    }
    await manager.query('RELEASE SAVEPOINT import_data');
    return { status: 'SUCCEEDED' as const, total, created, updated: 0, unchanged, rejected, errors };
  }

  private async process(manager: EntityManager, meta: JobRow, onProgress: (processed: number, total: number) => Promise<void>) {
    const table = await readTable(meta.file, meta.format);
    const errors: RowError[] = headerProblems(table.header);
    const total = table.records.length;
    if (errors.length) return { status: 'REJECTED' as const, total, created: 0, updated: 0, unchanged: 0, rejected: total, errors };

    const seen = new Map<string, number>();
    const valid: OrganizationRow[] = [];
    table.records.forEach((record, i) => {
      const result = validateOrganizationRow(i + 1, record, seen, meta.scope_district ?? undefined);
      if (result.value) valid.push(result.value);
      errors.push(...result.errors);
    });

    // A district system may not touch an organization registered in another district.
    const existing = new Map<string, ExistingRow>();
    for (let i = 0; i < valid.length; i += CHUNK) {
      const rows: ExistingRow[] = await manager.query(
        `SELECT id, uscc, name, type, district_code, version FROM organization WHERE uscc = ANY($1) FOR UPDATE`,
        [valid.slice(i, i + CHUNK).map((r) => r.uscc)],
      );
      for (const row of rows) existing.set(row.uscc, row);
    }
    const writable = valid.filter((r) => {
      const found = existing.get(r.uscc);
      if (meta.scope_district && found && found.district_code !== meta.scope_district) {
        errors.push({ row: r.row, field: 'uscc', code: 'OUTSIDE_DISTRICT', message: 'registered in another district' });
        return false;
      }
      return true;
    });
    errors.sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
    const rejected = new Set(errors.map((e) => e.row)).size;
    if (meta.mode === 'ALL_OR_NOTHING' && errors.length) return { status: 'REJECTED' as const, total, created: 0, updated: 0, unchanged: 0, rejected, errors };

    let created = 0;
    let updated = 0;
    let unchanged = 0;
    for (let i = 0; i < writable.length; i += CHUNK) {
      const chunk = writable.slice(i, i + CHUNK);
      const fresh = chunk.filter((r) => !existing.has(r.uscc));
      const changed = chunk.filter((r) => {
        const e = existing.get(r.uscc);
        return e && (e.name !== r.name || e.type !== r.type || e.district_code !== r.districtCode);
      });
      unchanged += chunk.length - fresh.length - changed.length;
      const events: DomainEvent[] = [];
      if (fresh.length) {
        const inserted: ExistingRow[] = await manager.query(
          `INSERT INTO organization (uscc, name, type, district_code)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
           RETURNING id, uscc, name, type, district_code, version`,
          [fresh.map((r) => r.uscc), fresh.map((r) => r.name), fresh.map((r) => r.type), fresh.map((r) => r.districtCode)],
        );
        await manager.query(`INSERT INTO organization_name (organization_id, name, valid_from) SELECT id, name, now() FROM organization WHERE id = ANY($1)`, [inserted.map((r) => r.id)]);
        for (const r of inserted) events.push({ type: ORGANIZATION_CREATED, aggregateType: 'organization', aggregateId: r.id, payload: { id: r.id, uscc: r.uscc, name: r.name, type: r.type, districtCode: r.district_code, version: r.version }, districtCodes: [r.district_code] });
        created += inserted.length;
      }
      if (changed.length) {
        const renamed = changed.filter((r) => existing.get(r.uscc)!.name !== r.name).map((r) => existing.get(r.uscc)!.id);
        if (renamed.length) await manager.query(`UPDATE organization_name SET valid_to = now() WHERE organization_id = ANY($1) AND valid_to IS NULL`, [renamed]);
        const rows: ExistingRow[] = await manager.query(
          // As a CTE so the driver returns the rows (a bare UPDATE … RETURNING comes back with its row count).
          `WITH updated AS (
             -- The file carries no type-specific attributes: they stay, unless the new type rules them out.
             UPDATE organization o SET name = u.name, type = u.type, district_code = u.district_code, version = o.version + 1, updated_at = now(),
                    school_level = CASE WHEN u.type = 'SCHOOL' THEN o.school_level END,
                    enterprise_size = CASE WHEN u.type = 'ENTERPRISE' THEN o.enterprise_size END,
                    is_chain_leader = u.type = 'ENTERPRISE' AND o.is_chain_leader,
                    is_above_scale = u.type = 'ENTERPRISE' AND o.is_above_scale,
                    integration_level = CASE WHEN u.type = 'ENTERPRISE' THEN o.integration_level END,
                    park_level = CASE WHEN u.type = 'PARK' THEN o.park_level END,
                    is_key_park = u.type = 'PARK' AND o.is_key_park
               FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(uscc, name, type, district_code)
              WHERE o.uscc = u.uscc
            RETURNING o.id, o.uscc, o.name, o.type, o.district_code, o.version)
           SELECT * FROM updated`,
          [changed.map((r) => r.uscc), changed.map((r) => r.name), changed.map((r) => r.type), changed.map((r) => r.districtCode)],
        );
        if (renamed.length) await manager.query(`INSERT INTO organization_name (organization_id, name, valid_from) SELECT id, name, now() FROM organization WHERE id = ANY($1)`, [renamed]);
        for (const r of rows) {
          events.push({
            type: ORGANIZATION_UPDATED,
            aggregateType: 'organization',
            aggregateId: r.id,
            payload: { id: r.id, uscc: r.uscc, name: r.name, type: r.type, districtCode: r.district_code, version: r.version },
            districtCodes: [existing.get(r.uscc)!.district_code, r.district_code],
          });
        }
        updated += rows.length;
      }
      await this.outbox.publish(manager, events);
      await onProgress(Math.min(total, i + chunk.length), total);
    }
    return { status: 'SUCCEEDED' as const, total, created, updated, unchanged, rejected, errors };
  }
}
