import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ConsortiumStatus, Level, Tier } from '../domain/consortium.js';
import { ConsortiumEntity } from './consortium.entity.js';

/** The official list (建设名单) as of a published round's quarter end, per round and revision; immutable. */
@Entity({ name: 'official_list_snapshot' })
@Unique('uq_official_list_snapshot_round', ['roundId', 'revision'])
@Unique('uq_official_list_snapshot_code', ['roundCode', 'revision'])
@Check('ck_official_list_snapshot_code', `round_code ~ '^[0-9]{4}Q[1-4]$'`)
@Check('ck_official_list_snapshot_revision', `revision >= 1`)
@Check('ck_official_list_snapshot_count', `consortium_count >= 0`)
export class OfficialListSnapshotEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_official_list_snapshot' })
  id!: string;

  /** The evaluation round, by id (another context's row: no foreign key). */
  @Column({ name: 'round_id', type: 'uuid' }) roundId!: string;
  @Column({ name: 'round_code', type: 'text' }) roundCode!: string;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ name: 'as_of', type: 'date' }) asOf!: string;
  @Column({ name: 'consortium_count', type: 'integer' }) consortiumCount!: number;
  @Column({ name: 'taken_at', type: 'timestamptz', default: () => 'now()' }) takenAt!: Date;
}

@Entity({ name: 'official_list_snapshot_entry' })
@Check('ck_official_list_snapshot_entry_tier', `tier IN ('NATIONAL', 'MUNICIPAL', 'PARK_LED', 'INDUSTRY_LED', 'SCHOOL_LED')`)
@Check('ck_official_list_snapshot_entry_level', `level IN ('L1', 'L2', 'L3')`)
@Check('ck_official_list_snapshot_entry_status', `status IN ('ACTIVE', 'WARNED', 'PROBATION')`)
export class OfficialListSnapshotEntryEntity {
  @PrimaryColumn({ name: 'snapshot_id', type: 'uuid', primaryKeyConstraintName: 'pk_official_list_snapshot_entry' }) snapshotId!: string;
  @PrimaryColumn({ name: 'consortium_id', type: 'uuid', primaryKeyConstraintName: 'pk_official_list_snapshot_entry' }) consortiumId!: string;

  @ManyToOne(() => OfficialListSnapshotEntity, { nullable: false })
  @JoinColumn({ name: 'snapshot_id', foreignKeyConstraintName: 'fk_official_list_snapshot_entry_snapshot' })
  snapshot?: OfficialListSnapshotEntity;

  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_official_list_snapshot_entry_consortium' })
  consortium?: ConsortiumEntity;

  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) tier!: Tier;
  @Column({ type: 'text' }) level!: Level;
  @Column({ type: 'text' }) status!: ConsortiumStatus;
  @Column({ name: 'district_codes', type: 'text', array: true }) districtCodes!: string[];
}

export const OFFICIAL_LIST_SNAPSHOT_ENTITIES = [OfficialListSnapshotEntity, OfficialListSnapshotEntryEntity];
