import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ClientScope, Role } from '#platform';

/** A person who logs in. Mirrors the migration (a test checks that entities and migrations agree). */
@Entity({ name: 'app_user' })
@Unique('uq_app_user_username', ['username'])
@Check('ck_app_user_status', `status IN ('ACTIVE', 'DISABLED')`)
@Check('ck_app_user_username', `username = lower(username)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id!: string;

  @Column({ type: 'text' })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: 'ACTIVE' | 'DISABLED';

  /** Moves on with every change of the user or its bindings; the ETag is `"v<version>"`. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

@Entity({ name: 'user_role_binding' })
@Index('uq_user_role_binding', { synchronize: false })
@Index('ix_user_role_binding_consortium', ['consortiumId'], { where: 'consortium_id IS NOT NULL' })
@Index('ix_user_role_binding_organization', ['organizationId'], { where: 'organization_id IS NOT NULL' })
@Check('ck_user_role_binding_role', `role IN ('admin', 'taskforce', 'secretariat', 'member')`)
@Check(
  'ck_user_role_binding_scope',
  `(role IN ('admin', 'taskforce') AND consortium_id IS NULL AND organization_id IS NULL) OR (role = 'secretariat' AND consortium_id IS NOT NULL AND organization_id IS NULL) OR (role = 'member' AND organization_id IS NOT NULL AND consortium_id IS NULL)`,
)
export class RoleBindingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user_role_binding' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_role_binding_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'consortium_id', type: 'uuid', nullable: true })
  consortiumId!: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** One refresh token of a login session; rotated on every use, revoked with its session. */
@Entity({ name: 'refresh_token' })
@Index('ix_refresh_token_session', ['sessionId'])
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_refresh_token' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_refresh_token_user' })
  user?: UserEntity;

  @Column({ name: 'secret_hash', type: 'text' })
  secretHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}

/** A district system (区县系统) that calls the API with OAuth2 client credentials. */
@Entity({ name: 'api_client' })
@Unique('uq_api_client_client_id', ['clientId'])
@Check('ck_api_client_status', `status IN ('ACTIVE', 'DISABLED')`)
@Check('ck_api_client_district', `district_code ~ '^[0-9]{6}$'`)
@Check('ck_api_client_previous_secret', `(previous_secret_hash IS NULL) = (previous_secret_expires_at IS NULL)`)
export class ApiClientEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_api_client' })
  id!: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'district_code', type: 'text' })
  districtCode!: string;

  @Column({ type: 'text', array: true })
  scopes!: ClientScope[];

  @Column({ name: 'secret_hash', type: 'text' })
  secretHash!: string;

  /** The secret before the last rotation, accepted too until `previousSecretExpiresAt`. */
  @Column({ name: 'previous_secret_hash', type: 'text', nullable: true })
  previousSecretHash!: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: 'ACTIVE' | 'DISABLED';

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** Failed-login counter of one account or one address. */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_login_throttle' })
  key!: string;

  @Column({ type: 'integer' })
  failures!: number;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}

export const IDENTITY_ENTITIES = [UserEntity, RoleBindingEntity, RefreshTokenEntity, ApiClientEntity, LoginThrottleEntity];
