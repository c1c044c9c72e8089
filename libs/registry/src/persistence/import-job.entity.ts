import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConsortiumEntity } from './consortium.entity.js';
import type { ImportFormat, ImportKind, ImportMode, ImportStatus, RowError } from '../domain/import.js';

@Entity({ name: 'import_job' })
@Check('ck_import_job_kind', `kind IN ('organizations', 'memberships')`)
@Check('ck_import_job_format', `format IN ('csv', 'xlsx')`)
@Check('ck_import_job_mode', `mode IN ('ALL_OR_NOTHING', 'VALID_ROWS_ONLY')`)
@Check('ck_import_job_scope_consortium', `scope_consortium IS NULL OR kind = 'memberships'`)
@Index('ix_import_job_scope_consortium', ['scopeConsortium'], { where: 'scope_consortium IS NOT NULL' })
@Check('ck_import_job_status', `status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED')`)
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_import_job' }) id!: string;
  @Column({ type: 'text' }) kind!: ImportKind;
  @Column({ type: 'text' }) format!: ImportFormat;
  @Column({ type: 'text' }) mode!: ImportMode;
  @Column({ type: 'text', default: 'QUEUED' }) status!: ImportStatus;
  @Column({ type: 'bytea', select: false }) file!: Buffer;
  @Column({ name: 'file_sha256', type: 'text' }) fileSha256!: string;
  @Column({ name: 'scope_district', type: 'text', nullable: true }) scopeDistrict!: string | null;
  /** A secretariat's membership import: only rows of this consortium are taken. */
  @Column({ name: 'scope_consortium', type: 'uuid', nullable: true }) scopeConsortium!: string | null;
  @ManyToOne(() => ConsortiumEntity, { nullable: true })
  @JoinColumn({ name: 'scope_consortium', foreignKeyConstraintName: 'fk_import_job_scope_consortium' })
  scopeConsortiumRow?: ConsortiumEntity;
  @Column({ name: 'requested_by', type: 'text' }) requestedBy!: string;
  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ name: 'total_rows', type: 'integer', nullable: true }) totalRows!: number | null;
  @Column({ name: 'processed_rows', type: 'integer', default: 0 }) processedRows!: number;
  @Column({ name: 'created_rows', type: 'integer', default: 0 }) createdRows!: number;
  @Column({ name: 'updated_rows', type: 'integer', default: 0 }) updatedRows!: number;
  @Column({ name: 'unchanged_rows', type: 'integer', default: 0 }) unchangedRows!: number;
  @Column({ name: 'rejected_rows', type: 'integer', default: 0 }) rejectedRows!: number;
  @Column({ type: 'jsonb' }) errors!: RowError[];
  @Column({ type: 'text', nullable: true }) failure!: string | null;
}
