import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 答卷: one consortium's answers to its paper in one round, with the review workflow. */
export class AnswerSheets1763799500000 implements MigrationInterface {
  name = 'AnswerSheets1763799500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE answer_sheet (
        id            uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_answer_sheet PRIMARY KEY,
        round_id      uuid        NOT NULL CONSTRAINT fk_answer_sheet_round REFERENCES evaluation_round (id),
        consortium_id uuid        NOT NULL,
        status        text        NOT NULL DEFAULT 'DRAFT',
        answers       jsonb       NOT NULL,
        comments      jsonb       NOT NULL,
        late          boolean     NOT NULL DEFAULT false,
        submitted_at  timestamptz,
        decided_at    timestamptz,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        version       integer     NOT NULL DEFAULT 1,
        CONSTRAINT uq_answer_sheet_round_consortium UNIQUE (round_id, consortium_id),
        CONSTRAINT ck_answer_sheet_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE answer_sheet`);
  }
}
