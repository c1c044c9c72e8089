import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 有进有出、动态调整: versioned rule sets (version 1 holds DESIGN §4's defaults) and the proposals
 * the rules write, each decided once by the task force.
 */
/** Version 1 of the rule set: DESIGN §4's defaults, as they stood when this migration was written. */
const VERSION_1 = {
  bottomShare: 0.1,
  failingGrade: 'D',
  warnAfterRounds: 2,
  liftAfterRounds: 2,
  topShare: 0.5,
  rectificationDays: 180,
  delistAnnualGrade: '不合格',
  promotionAnnualGrade: '优秀',
  compositionGraceDays: 90,
  idleQuarters: 4,
};

export class Adjustment1763800450000 implements MigrationInterface {
  name = 'Adjustment1763800450000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE adjustment_rule_set (
        version    integer     NOT NULL CONSTRAINT pk_adjustment_rule_set PRIMARY KEY,
        thresholds jsonb       NOT NULL,
        note       text        NOT NULL,
        created_by text        NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_adjustment_rule_set_version CHECK (version >= 1)
      )`);
    await q.query(`INSERT INTO adjustment_rule_set (version, thresholds, note, created_by) VALUES (1, $1, 'DESIGN §4 defaults', 'system:migration')`, [
      JSON.stringify(VERSION_1),
    ]);
    await q.query(`
      CREATE TABLE adjustment_proposal (
        id                     uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_adjustment_proposal PRIMARY KEY,
        rule_set_version       integer     NOT NULL CONSTRAINT fk_adjustment_proposal_rule_set REFERENCES adjustment_rule_set (version),
        rule                   integer     NOT NULL,
        trigger                text        NOT NULL,
        kind                   text        NOT NULL,
        consortium_id          uuid        NOT NULL,
        organization_id        uuid,
        from_status            text        NOT NULL,
        to_status              text,
        from_tier              text        NOT NULL,
        to_tier                text,
        rectification_deadline date,
        evidence               jsonb       NOT NULL,
        status                 text        NOT NULL DEFAULT 'PENDING',
        created_at             timestamptz NOT NULL DEFAULT now(),
        decided_at             timestamptz,
        decided_by             text,
        decision_reason        text,
        effective_on           date,
        decision_id            uuid,
        application_id         uuid,
        version                integer     NOT NULL DEFAULT 1,
        CONSTRAINT ck_adjustment_proposal_rule CHECK (rule BETWEEN 1 AND 7),
        CONSTRAINT ck_adjustment_proposal_kind CHECK (kind IN ('STATUS', 'TIER', 'MEMBER_EXIT')),
        CONSTRAINT ck_adjustment_proposal_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
      )`);
    // One proposal per trigger, rule, consortium and member unit: running the rules again adds none.
    await q.query(
      `CREATE UNIQUE INDEX uq_adjustment_proposal_trigger ON adjustment_proposal (trigger, rule, consortium_id, organization_id) NULLS NOT DISTINCT`,
    );
    await q.query(`CREATE INDEX ix_adjustment_proposal_consortium ON adjustment_proposal (consortium_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE adjustment_proposal`);
    await q.query(`DROP TABLE adjustment_rule_set`);
  }
}
