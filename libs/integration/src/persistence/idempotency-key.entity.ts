import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One `Idempotency-Key` of one caller (mirrors migration `IdempotencyKeys1763800800000`). */
@Entity({ name: 'idempotency_key' })
@Check('ck_idempotency_key_status', `status IN ('IN_PROGRESS', 'COMPLETED')`)
@Index('ix_idempotency_key_expires', ['expiresAt'])
export class IdempotencyKeyEntity {
  /** `user:<id>` or `client:<id>`: keys are unique per caller, never shared. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_idempotency_key' }) principal!: string;
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_idempotency_key' }) key!: string;
  @Column({ type: 'text' }) fingerprint!: string;
  @Column({ type: 'text' }) method!: string;
  @Column({ type: 'text' }) path!: string;
  @Column({ type: 'text', default: 'IN_PROGRESS' }) status!: 'IN_PROGRESS' | 'COMPLETED';
  @Column({ name: 'response_status', type: 'integer', nullable: true }) responseStatus!: number | null;
  @Column({ name: 'response_headers', type: 'jsonb', nullable: true }) responseHeaders!: Record<string, string> | null;
  @Column({ name: 'response_body', type: 'jsonb', nullable: true }) responseBody!: unknown;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
}
