import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 成员动态调整: applications to join, leave, change role or expel, with their workflow (DESIGN §2.5);
 * and the name index organization listings walk.
 */
export class MembershipApplications1763798800000 implements MigrationInterface {
  name = 'MembershipApplications1763798800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE membership_application (
        id               uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_membership_application PRIMARY KEY,
        consortium_id    uuid        NOT NULL CONSTRAINT fk_membership_application_consortium REFERENCES consortium (id),
        organization_id  uuid        NOT NULL CONSTRAINT fk_membership_application_organization REFERENCES organization (id),
        kind             text        NOT NULL,
        requested_role   text,
        exit_reason      text,
        effective_on     date        NOT NULL,
        statement        text,
        status           text        NOT NULL DEFAULT 'SUBMITTED',
        submitted_by     text        NOT NULL,
        submitted_at     timestamptz NOT NULL DEFAULT now(),
        decided_by       text,
        decided_at       timestamptz,
        resolution_ref   text,
        decision_note    text,
        membership_id    uuid        CONSTRAINT fk_membership_application_membership REFERENCES membership (id),
        CONSTRAINT ck_membership_application_kind CHECK (kind IN ('JOIN', 'EXIT', 'ROLE_CHANGE', 'EXPEL')),
        CONSTRAINT ck_membership_application_status CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN'))
      )`);
    await q.query(`CREATE INDEX ix_membership_application_consortium ON membership_application (consortium_id, status)`);
    // Organizations listed by name (the default order, and short name fragments trigrams cannot serve).
    await q.query(`CREATE INDEX ix_organization_name ON organization (name, id)`);
    // One open application per organization, consortium and kind.
    await q.query(
      `CREATE UNIQUE INDEX uq_membership_application_open ON membership_application (consortium_id, organization_id, kind)
        WHERE status IN ('SUBMITTED', 'UNDER_REVIEW')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_organization_name`);
    await q.query(`DROP TABLE membership_application`);
  }
}
