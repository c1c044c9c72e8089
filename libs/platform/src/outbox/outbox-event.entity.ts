import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One domain event, written in the same transaction as the change it records. */
@Entity({ name: 'outbox_event' })
export class OutboxEventEntity {
  /** Insertion position. The table's `tx_id` (xid8, not mapped) records the writing transaction. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'event_id', type: 'uuid', insert: false })
  eventId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'text' })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz', insert: false })
  occurredAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true, insert: false })
  dispatchedAt!: Date | null;

  @Column({ type: 'integer', insert: false })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', insert: false })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true, insert: false })
  lastError!: string | null;
}
