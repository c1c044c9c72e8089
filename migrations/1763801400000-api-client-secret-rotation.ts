import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An API client's secret can be rotated with an overlap, as a webhook subscription's can: the
 * previous secret's hash stays valid until `previous_secret_expires_at`. Both or neither are set.
 */
export class ApiClientSecretRotation1763801400000 implements MigrationInterface {
  name = 'ApiClientSecretRotation1763801400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE api_client
        ADD COLUMN previous_secret_hash       text,
        ADD COLUMN previous_secret_expires_at timestamptz,
        ADD CONSTRAINT ck_api_client_previous_secret
          CHECK ((previous_secret_hash IS NULL) = (previous_secret_expires_at IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE api_client
        DROP CONSTRAINT ck_api_client_previous_secret,
        DROP COLUMN previous_secret_expires_at,
        DROP COLUMN previous_secret_hash`);
  }
}
