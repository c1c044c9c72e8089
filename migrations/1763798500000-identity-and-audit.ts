import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users with role bindings, refresh-token sessions, API clients of district systems, login
 * throttling, and the append-only audit log.
 */
export class IdentityAndAudit1763798500000 implements MigrationInterface {
  name = 'IdentityAndAudit1763798500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id            uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_app_user PRIMARY KEY,
        username      text        NOT NULL,
        display_name  text        NOT NULL,
        password_hash text        NOT NULL,
        status        text        NOT NULL DEFAULT 'ACTIVE',
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_app_user_username UNIQUE (username),
        CONSTRAINT ck_app_user_status CHECK (status IN ('ACTIVE', 'DISABLED')),
        CONSTRAINT ck_app_user_username CHECK (username = lower(username))
      )`);
    await q.query(`
      CREATE TABLE user_role_binding (
        id              uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_user_role_binding PRIMARY KEY,
        user_id         uuid        NOT NULL CONSTRAINT fk_user_role_binding_user REFERENCES app_user (id),
        role            text        NOT NULL,
        consortium_id   uuid,
        organization_id uuid,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_user_role_binding_role CHECK (role IN ('admin', 'taskforce', 'secretariat', 'member')),
        CONSTRAINT ck_user_role_binding_scope CHECK (
          (role IN ('admin', 'taskforce') AND consortium_id IS NULL AND organization_id IS NULL)
          OR (role = 'secretariat' AND consortium_id IS NOT NULL AND organization_id IS NULL)
          OR (role = 'member' AND organization_id IS NOT NULL AND consortium_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_user_role_binding ON user_role_binding (user_id, role, coalesce(consortium_id, organization_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
    await q.query(`CREATE INDEX ix_user_role_binding_consortium ON user_role_binding (consortium_id) WHERE consortium_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_user_role_binding_organization ON user_role_binding (organization_id) WHERE organization_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE refresh_token (
        id          uuid        NOT NULL CONSTRAINT pk_refresh_token PRIMARY KEY,
        session_id  uuid        NOT NULL,
        user_id     uuid        NOT NULL CONSTRAINT fk_refresh_token_user REFERENCES app_user (id),
        secret_hash text        NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        revoked_at  timestamptz
      )`);
    await q.query(`CREATE INDEX ix_refresh_token_session ON refresh_token (session_id)`);

    await q.query(`
      CREATE TABLE api_client (
        id            uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_api_client PRIMARY KEY,
        client_id     text        NOT NULL,
        name          text        NOT NULL,
        district_code text        NOT NULL,
        scopes        text[]      NOT NULL,
        secret_hash   text        NOT NULL,
        status        text        NOT NULL DEFAULT 'ACTIVE',
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_api_client_client_id UNIQUE (client_id),
        CONSTRAINT ck_api_client_status CHECK (status IN ('ACTIVE', 'DISABLED')),
        CONSTRAINT ck_api_client_district CHECK (district_code ~ '^[0-9]{6}$')
      )`);

    await q.query(`
      CREATE TABLE login_throttle (
        key          text        NOT NULL CONSTRAINT pk_login_throttle PRIMARY KEY,
        failures     integer     NOT NULL,
        window_start timestamptz NOT NULL,
        locked_until timestamptz
      )`);

    await q.query(`
      CREATE TABLE audit_event (
        id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_audit_event PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_type  text        NOT NULL,
        actor_id    text,
        actor_name  text,
        action      text        NOT NULL,
        entity_type text        NOT NULL,
        entity_id   text,
        before      jsonb,
        after       jsonb,
        request_id  text,
        ip          text
      )`);
    await q.query(`CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at)`);
    await q.query(`CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id)`);
    await q.query(`CREATE INDEX ix_audit_event_actor ON audit_event (actor_type, actor_id)`);
    // Append-only for every role: triggers fire for superusers and table owners too.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER tr_audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE api_client`);
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE user_role_binding`);
    await q.query(`DROP TABLE app_user`);
  }
}
