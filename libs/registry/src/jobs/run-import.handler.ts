import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type Actor,
  type AuditEntry,
  AuditRecorder,
  DomainError,
  type EventHandlerContext,
  type EventOf,
  type OutgoingEvent,
  isFinalFailure,
  OnEvent,
  OnEventFailed,
  OutboxPublisher,
} from '#platform';
import {
  byColumn,
  FileProblem,
  mapHeader,
  MEMBERSHIP_FILE,
  ORGANIZATION_FILE,
  type OrganizationRow,
  type RowError,
  validateMembershipRow,
  validateOrganizationRow,
} from '../domain/import.js';
import { JoinConsortiumUseCase } from '../application/membership/memberships.use-cases.js';
import { attributeProblem, NO_ATTRIBUTES, type OrganizationAttributes, type OrganizationType } from '../domain/organization.js';
import { OrganizationCreated, OrganizationUpdated, RegistryJobs } from '../contracts/index.js';
import { readTable, type Table } from '../application/import/tabular.js';

const CHUNK = 1_000;

interface JobRow {
  id: string;
  kind: 'organizations' | 'memberships';
  format: 'csv' | 'xlsx';
  mode: 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';
  status: string;
  scope_district: string | null;
  scope_consortium: string | null;
  requested_by: string;
  file: Buffer;
}

interface ExistingRow {
  id: string;
  uscc: string;
  name: string;
  type: OrganizationType;
  district_code: string;
  version: number;
  school_level: OrganizationAttributes['schoolLevel'];
  enterprise_size: OrganizationAttributes['enterpriseSize'];
  is_chain_leader: boolean;
  is_above_scale: boolean;
  integration_level: OrganizationAttributes['integrationLevel'];
  park_level: OrganizationAttributes['parkLevel'];
  is_key_park: boolean;
}

const ORGANIZATION_RETURNING = `id, uscc, name, type, district_code, version, school_level, enterprise_size, is_chain_leader, is_above_scale, integration_level, park_level, is_key_park`;

const attributesOf = (r: ExistingRow): OrganizationAttributes => ({
  schoolLevel: r.school_level,
  enterpriseSize: r.enterprise_size,
  isChainLeader: r.is_chain_leader,
  isAboveScale: r.is_above_scale,
  integrationLevel: r.integration_level,
  parkLevel: r.park_level,
  isKeyPark: r.is_key_park,
});

/** The organization's state as the REST use cases record it (events, audit). */
const stateOf = (r: ExistingRow) => ({ uscc: r.uscc, name: r.name, type: r.type, districtCode: r.district_code, version: r.version, ...attributesOf(r) });

/**
 * The attributes a row leaves an organization with: the file's columns where it has them, the
 * stored values elsewhere — except those the (new) type rules out, which are cleared.
 */
function mergedAttributes(type: OrganizationType, stored: OrganizationAttributes, fromFile: Partial<OrganizationAttributes>): OrganizationAttributes {
  const merged: OrganizationAttributes = { ...stored, ...fromFile };
  for (let field = attributeProblem(type, merged); field; field = attributeProblem(type, merged)) {
    (merged as unknown as Record<string, unknown>)[field] = typeof NO_ATTRIBUTES[field as keyof OrganizationAttributes] === 'boolean' ? false : null;
  }
  return merged;
}

type Outcome = { status: 'SUCCEEDED' | 'REJECTED'; total: number; created: number; updated: number; unchanged: number; rejected: number; errors: RowError[] };

/**
 * Runs an import (organizations or memberships) in the worker. Everything it writes — organizations, name
 * history, events, the job's result and the audit rows (one per organization or membership
 * written, naming the import as the actor, and one for the job with its counts) — commits in the
 * handler's transaction, so a worker killed mid-way leaves nothing half-written and the retried
 * job starts again from the stored file. Progress is written on a separate connection, so it is
 * readable while the job runs. A file that cannot be read at all (encoding, structure, an XLSX
 * sent as CSV) is REJECTED at once with the reason, and never retried: retrying cannot help. A job
 * that has failed for good otherwise is marked FAILED by `failed`, after its transaction rolled back.
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

  @OnEvent(RegistryJobs.runImport)
  async run(event: EventOf<typeof RegistryJobs.runImport>, { manager, job }: EventHandlerContext): Promise<void> {
    const importId = event.payload.importId;
    const [meta]: JobRow[] = await manager.query(
      `SELECT id, kind, format, mode, status, scope_district, scope_consortium, requested_by, file FROM import_job WHERE id = $1`,
      [importId],
    );
    if (!meta || !['QUEUED', 'RUNNING'].includes(meta.status)) return;
    const actor: Actor = { type: 'system', id: `import-job:${importId}`, name: `import on behalf of ${meta.requested_by}` };
    try {
      // clock_timestamp(), not now(): now() is the start of the enclosing transaction, which began
      // before this statement on another connection — finishedAt came out earlier than startedAt.
      await this.progress(importId, `status = 'RUNNING', started_at = clock_timestamp(), processed_rows = 0`);
      let table: Table;
      try {
        table = await readTable(meta.file, meta.format);
      } catch (error) {
        if (!(error instanceof FileProblem)) throw error;
        await this.refuseFile(manager, importId, error, actor);
        return;
      }
      const process = meta.kind === 'memberships' ? this.processMemberships.bind(this) : this.process.bind(this);
      const result = await process(manager, meta, table, actor, async (processed, total) => {
        await this.progress(importId, `processed_rows = $2, total_rows = $3`, [processed, total]);
        await job.updateProgress({ phase: 'writing', percent: total ? Math.round((100 * processed) / total) : 100 });
      });
      await manager.query(
        `UPDATE import_job SET status = $2, finished_at = clock_timestamp(), total_rows = $3, processed_rows = $3, created_rows = $4, updated_rows = $5,
                unchanged_rows = $6, rejected_rows = $7, errors = $8 WHERE id = $1`,
        [importId, result.status, result.total, result.created, result.updated, result.unchanged, result.rejected, JSON.stringify(result.errors)],
      );
      await this.audit.record(manager, {
        action: 'registry.import.apply',
        entityType: 'import-job',
        entityId: importId,
        before: { status: 'QUEUED' },
        after: {
          status: result.status,
          total: result.total,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          rejected: result.rejected,
        },
        actor,
      });
    } catch (error) {
      this.logger.error({ err: error, importId, finalAttempt: isFinalFailure(job, error) }, 'import failed');
      throw error;
    }
  }

  /**
   * The job has failed for good: the import FAILED with its reason. In its own transaction, once
   * the job's has rolled back (it may have written the import's row and so hold its lock).
   */
  @OnEventFailed(RegistryJobs.runImport)
  async failed(event: EventOf<typeof RegistryJobs.runImport>, error: unknown, { manager }: EventHandlerContext): Promise<void> {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    await manager.query(
      `UPDATE import_job SET status = 'FAILED', finished_at = clock_timestamp(), failure = $2 WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [event.payload.importId, reason],
    );
  }

  /** A file that cannot be read: REJECTED with the reason as `failure` and as the report's only line (row 0, field `file`). */
  private async refuseFile(manager: EntityManager, importId: string, problem: FileProblem, actor: Actor): Promise<void> {
    const errors: RowError[] = [{ row: 0, field: 'file', code: problem.code, message: problem.message }];
    await manager.query(
      `UPDATE import_job SET status = 'REJECTED', finished_at = clock_timestamp(), total_rows = 0, processed_rows = 0, errors = $2, failure = $3 WHERE id = $1`,
      [importId, JSON.stringify(errors), `${problem.code}: ${problem.message}`],
    );
    await this.audit.record(manager, {
      action: 'registry.import.apply',
      entityType: 'import-job',
      entityId: importId,
      before: { status: 'QUEUED' },
      after: { status: 'REJECTED', code: problem.code },
      actor,
    });
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
  private async processMemberships(
    manager: EntityManager,
    meta: JobRow,
    table: Table,
    actor: Actor,
    onProgress: (processed: number, total: number) => Promise<void>,
  ): Promise<Outcome> {
    const { columns, errors } = mapHeader(table.header, MEMBERSHIP_FILE);
    const total = table.records.length;
    if (errors.length) return { status: 'REJECTED', total, created: 0, updated: 0, unchanged: 0, rejected: total, errors };
    const seen = new Map<string, number>();
    const audit: AuditEntry[] = [];
    let unchanged = 0;
    await manager.query('SAVEPOINT import_data');
    for (const [i, record] of table.records.entries()) {
      const row = i + 1;
      const checked = validateMembershipRow(row, byColumn(record, columns), seen);
      if (!checked.value) {
        errors.push(...checked.errors);
        continue;
      }
      const m = checked.value;
      if (meta.scope_consortium && m.consortiumId !== meta.scope_consortium) {
        errors.push({ row, field: 'consortiumId', code: 'OUTSIDE_CONSORTIUM', message: 'a secretariat imports the members of its own consortium only' });
        continue;
      }
      const [org]: { id: string }[] = await manager.query(`SELECT id FROM organization WHERE uscc = $1`, [m.uscc]);
      if (!org) {
        errors.push({ row, field: 'uscc', code: 'ORGANIZATION_NOT_FOUND', message: 'no organization with this USCC: import it first' });
        continue;
      }
      const same = await manager.query<unknown[]>(
        `SELECT 1 FROM membership WHERE consortium_id = $1 AND organization_id = $2 AND valid_from = $3 AND role = $4`,
        [m.consortiumId, org.id, m.validFrom, m.role],
      );
      if (same.length) {
        unchanged += 1;
        continue;
      }
      await manager.query('SAVEPOINT import_row');
      try {
        const { membership } = await this.join.applyIn(
          manager,
          m.consortiumId,
          { organizationId: org.id, role: m.role, validFrom: m.validFrom },
          { audit: false },
        );
        await manager.query('RELEASE SAVEPOINT import_row');
        audit.push({
          action: 'registry.membership.join',
          entityType: 'membership',
          entityId: membership.id,
          before: null,
          after: {
            consortiumId: membership.consortiumId,
            organizationId: membership.organizationId,
            role: membership.role,
            validFrom: membership.validFrom,
            importId: meta.id,
          },
          actor,
        });
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT import_row');
        if (!(error instanceof DomainError)) throw error;
        errors.push({
          row,
          field: error.details[0]?.field ?? (error.code.startsWith('CONSORTIUM') ? 'consortiumId' : 'uscc'),
          code: error.code,
          message: error.message,
        });
      }
      if (row % 500 === 0) await onProgress(row, total);
    }
    errors.sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
    const rejected = new Set(errors.map((e) => e.row)).size;
    if (meta.mode === 'ALL_OR_NOTHING' && errors.length) {
      await manager.query('ROLLBACK TO SAVEPOINT import_data');
      return { status: 'REJECTED', total, created: 0, updated: 0, unchanged: 0, rejected, errors };
    }
    await manager.query('RELEASE SAVEPOINT import_data');
    for (let i = 0; i < audit.length; i += CHUNK) await this.audit.recordMany(manager, audit.slice(i, i + CHUNK));
    return { status: 'SUCCEEDED', total, created: audit.length, updated: 0, unchanged, rejected, errors };
  }

  private async process(
    manager: EntityManager,
    meta: JobRow,
    table: Table,
    actor: Actor,
    onProgress: (processed: number, total: number) => Promise<void>,
  ): Promise<Outcome> {
    const { columns, errors } = mapHeader(table.header, ORGANIZATION_FILE);
    const total = table.records.length;
    if (errors.length) return { status: 'REJECTED', total, created: 0, updated: 0, unchanged: 0, rejected: total, errors };

    const seen = new Map<string, number>();
    const valid: OrganizationRow[] = [];
    table.records.forEach((record, i) => {
      const result = validateOrganizationRow(i + 1, byColumn(record, columns), seen, meta.scope_district ?? undefined);
      if (result.value) valid.push(result.value);
      errors.push(...result.errors);
    });

    // A district system may not touch an organization registered in another district.
    const existing = new Map<string, ExistingRow>();
    for (let i = 0; i < valid.length; i += CHUNK) {
      const rows: ExistingRow[] = await manager.query(`SELECT ${ORGANIZATION_RETURNING} FROM organization WHERE uscc = ANY($1) FOR UPDATE`, [
        valid.slice(i, i + CHUNK).map((r) => r.uscc),
      ]);
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
    if (meta.mode === 'ALL_OR_NOTHING' && errors.length) return { status: 'REJECTED', total, created: 0, updated: 0, unchanged: 0, rejected, errors };

    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const arrays = (rows: { r: OrganizationRow; a: OrganizationAttributes }[]) => [
      rows.map(({ r }) => r.uscc),
      rows.map(({ r }) => r.name),
      rows.map(({ r }) => r.type),
      rows.map(({ r }) => r.districtCode),
      rows.map(({ a }) => a.schoolLevel),
      rows.map(({ a }) => a.enterpriseSize),
      rows.map(({ a }) => a.isChainLeader),
      rows.map(({ a }) => a.isAboveScale),
      rows.map(({ a }) => a.integrationLevel),
      rows.map(({ a }) => a.parkLevel),
      rows.map(({ a }) => a.isKeyPark),
    ];
    const UNNEST = `unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::boolean[], $9::text[], $10::text[], $11::boolean[])
                    AS u(uscc, name, type, district_code, school_level, enterprise_size, is_chain_leader, is_above_scale, integration_level, park_level, is_key_park)`;
    for (let i = 0; i < writable.length; i += CHUNK) {
      const chunk = writable.slice(i, i + CHUNK);
      const fresh: { r: OrganizationRow; a: OrganizationAttributes }[] = [];
      const changed: { r: OrganizationRow; a: OrganizationAttributes; before: ExistingRow }[] = [];
      for (const r of chunk) {
        const before = existing.get(r.uscc);
        const a = mergedAttributes(r.type, before ? attributesOf(before) : NO_ATTRIBUTES, r.attributes);
        if (!before) fresh.push({ r, a });
        else if (
          before.name !== r.name ||
          before.type !== r.type ||
          before.district_code !== r.districtCode ||
          JSON.stringify(attributesOf(before)) !== JSON.stringify(a)
        )
          changed.push({ r, a, before });
        else unchanged += 1;
      }
      const events: OutgoingEvent[] = [];
      const audit: AuditEntry[] = [];
      if (fresh.length) {
        const inserted: ExistingRow[] = await manager.query(
          `INSERT INTO organization (uscc, name, type, district_code, school_level, enterprise_size, is_chain_leader, is_above_scale, integration_level, park_level, is_key_park)
           SELECT * FROM ${UNNEST}
           RETURNING ${ORGANIZATION_RETURNING}`,
          arrays(fresh),
        );
        await manager.query(`INSERT INTO organization_name (organization_id, name, valid_from) SELECT id, name, now() FROM organization WHERE id = ANY($1)`, [
          inserted.map((r) => r.id),
        ]);
        for (const r of inserted) {
          events.push(OrganizationCreated.of(r.id, { id: r.id, ...stateOf(r) }, [r.district_code]));
          audit.push({
            action: 'registry.organization.create',
            entityType: 'organization',
            entityId: r.id,
            before: null,
            after: { ...stateOf(r), importId: meta.id },
            actor,
          });
        }
        created += inserted.length;
      }
      if (changed.length) {
        const renamed = changed.filter(({ r, before }) => before.name !== r.name).map(({ before }) => before.id);
        if (renamed.length)
          await manager.query(`UPDATE organization_name SET valid_to = now() WHERE organization_id = ANY($1) AND valid_to IS NULL`, [renamed]);
        const rows: ExistingRow[] = await manager.query(
          // As a CTE so the driver returns the rows (a bare UPDATE … RETURNING comes back with its row count).
          `WITH updated AS (
             UPDATE organization o SET name = u.name, type = u.type, district_code = u.district_code, version = o.version + 1, updated_at = now(),
                    school_level = u.school_level, enterprise_size = u.enterprise_size, is_chain_leader = u.is_chain_leader, is_above_scale = u.is_above_scale,
                    integration_level = u.integration_level, park_level = u.park_level, is_key_park = u.is_key_park
               FROM ${UNNEST}
              WHERE o.uscc = u.uscc
            RETURNING ${ORGANIZATION_RETURNING.split(', ')
              .map((c) => `o.${c}`)
              .join(', ')})
           SELECT * FROM updated`,
          arrays(changed),
        );
        if (renamed.length)
          await manager.query(`INSERT INTO organization_name (organization_id, name, valid_from) SELECT id, name, now() FROM organization WHERE id = ANY($1)`, [
            renamed,
          ]);
        const beforeOf = new Map(changed.map(({ before }) => [before.id, before]));
        for (const r of rows) {
          events.push(OrganizationUpdated.of(r.id, { id: r.id, ...stateOf(r) }, [...new Set([beforeOf.get(r.id)!.district_code, r.district_code])]));
          audit.push({
            action: 'registry.organization.update',
            entityType: 'organization',
            entityId: r.id,
            before: stateOf(beforeOf.get(r.id)!),
            after: { ...stateOf(r), importId: meta.id },
            actor,
          });
        }
        updated += rows.length;
      }
      await this.outbox.publish(manager, events);
      await this.audit.recordMany(manager, audit);
      await onProgress(Math.min(total, i + chunk.length), total);
    }
    return { status: 'SUCCEEDED', total, created, updated, unchanged, rejected, errors };
  }
}
