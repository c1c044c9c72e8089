import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scoring of a round: revisions, their progress and digest, and the results per consortium. */
export class RoundScoring1763799700000 implements MigrationInterface {
  name = 'RoundScoring1763799700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluation_round ADD COLUMN revision integer NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE round_scoring (
        round_id    uuid        NOT NULL CONSTRAINT fk_round_scoring_round REFERENCES evaluation_round (id),
        revision    integer     NOT NULL,
        status      text        NOT NULL DEFAULT 'QUEUED',
        phase       text,
        percent     integer     NOT NULL DEFAULT 0,
        digest      text,
        reason      text,
        requested_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT pk_round_scoring PRIMARY KEY (round_id, revision),
        CONSTRAINT ck_round_scoring_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
      )`);
    await q.query(`
      CREATE TABLE round_result (
        round_id         uuid             NOT NULL CONSTRAINT fk_round_result_round REFERENCES evaluation_round (id),
        revision         integer          NOT NULL,
        consortium_id    uuid             NOT NULL,
        level            text             NOT NULL,
        status           text             NOT NULL,
        level_score      double precision NOT NULL,
        improvement      double precision NOT NULL,
        total            double precision NOT NULL,
        rank             integer          NOT NULL,
        grade            text             NOT NULL,
        median_rank      integer          NOT NULL,
        rank_low         integer          NOT NULL,
        rank_high        integer          NOT NULL,
        explanation      jsonb            NOT NULL,
        CONSTRAINT pk_round_result PRIMARY KEY (round_id, revision, consortium_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE round_result`);
    await q.query(`DROP TABLE round_scoring`);
    await q.query(`ALTER TABLE evaluation_round DROP COLUMN revision`);
  }
}
