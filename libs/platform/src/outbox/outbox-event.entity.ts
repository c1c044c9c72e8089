import { Column, Entity, Generated, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One domain event, written in the same transaction as the change it records. Mirrors the
 * migration exactly (a test checks that entities and migrations agree).
 */
@Entity({ name: 'outbox_event' })
@Unique('uq_outbox_event_event_id', ['eventId'])
@Index('ix_outbox_event_pending', ['id'], { where: 'dispatched_at IS NULL' })
@Index('uq_outbox_event_feed_seq', ['feedSeq'], { unique: true })
@Index('ix_outbox_event_unsequenced', ['txId'], { where: 'feed_seq IS NULL' })
export class OutboxEventEntity {
  /** Insertion position. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'pk_outbox_event' })
  id!: string;

  @Column({ name: 'event_id', type: 'uuid', insert: false })
  @Generated('uuid')
  eventId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'text' })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** The districts the event concerns (`DomainEvent.districtCodes`); empty: city-wide readers only. */
  @Column({ name: 'district_codes', type: 'text', array: true, default: () => "'{}'" })
  districtCodes!: string[];

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()', insert: false })
  occurredAt!: Date;

  /** The writing transaction's 64-bit id (xid8 as bigint, set by a trigger), for reading events in commit order. */
  @Column({ name: 'tx_id', type: 'bigint', insert: false, select: false })
  txId!: string;

  /**
   * Commit-order position, assigned at commit under one advisory lock (see the change-feed
   * migration); null only while the writing transaction is still open.
   */
  @Column({ name: 'feed_seq', type: 'bigint', nullable: true, insert: false, select: false })
  feedSeq!: string | null;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true, insert: false })
  dispatchedAt!: Date | null;

  @Column({ type: 'integer', default: 0, insert: false })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true, insert: false })
  lastError!: string | null;
}
