import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One write, by anyone: who (actor), what (action on an entity), the state before and after,
 * and from where (request id, address). Append-only: triggers refuse UPDATE, DELETE and TRUNCATE
 * to every database role, the application's included.
 */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_occurred_at', ['occurredAt'])
@Index('ix_audit_event_entity', ['entityType', 'entityId'])
@Index('ix_audit_event_actor', ['actorType', 'actorId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'pk_audit_event' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_type', type: 'text' })
  actorType!: string;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;
}
