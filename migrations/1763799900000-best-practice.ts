import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 最佳实践: one case per consortium per round, task-force shortlist, one score per reviewer, and
 * at most one selected case per level and round.
 */
export class BestPractice1763799900000 implements MigrationInterface {
  name = 'BestPractice1763799900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE best_practice (
        id             uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_best_practice PRIMARY KEY,
        round_id       uuid        NOT NULL CONSTRAINT fk_best_practice_round REFERENCES evaluation_round (id),
        consortium_id  uuid        NOT NULL,
        level          text        NOT NULL,
        title          text        NOT NULL,
        summary        text        NOT NULL,
        dimension      text        NOT NULL,
        evidence       text[]      NOT NULL DEFAULT '{}',
        status         text        NOT NULL DEFAULT 'SUBMITTED',
        submitted_at   timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        shortlisted_at timestamptz,
        selected_at    timestamptz,
        selected_by    text,
        version        integer     NOT NULL DEFAULT 1,
        CONSTRAINT uq_best_practice_round_consortium UNIQUE (round_id, consortium_id),
        CONSTRAINT ck_best_practice_status CHECK (status IN ('SUBMITTED', 'SHORTLISTED', 'SELECTED'))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_best_practice_selected_per_level ON best_practice (round_id, level) WHERE status = 'SELECTED'`);
    await q.query(`
      CREATE TABLE best_practice_review (
        best_practice_id uuid        NOT NULL CONSTRAINT fk_best_practice_review_case REFERENCES best_practice (id),
        reviewer         text        NOT NULL,
        score            integer     NOT NULL,
        comment          text        NOT NULL,
        reviewed_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_best_practice_review PRIMARY KEY (best_practice_id, reviewer),
        CONSTRAINT ck_best_practice_review_score CHECK (score BETWEEN 0 AND 100)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE best_practice_review`);
    await q.query(`DROP TABLE best_practice`);
  }
}
