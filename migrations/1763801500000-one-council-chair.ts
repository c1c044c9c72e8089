import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One 理事长 (council CHAIR seat) in office at a time per consortium, enforced by the database the
 * way memberships are (ex_membership_one_chair): an exclusion over the term's date range.
 */
export class OneCouncilChair1763801500000 implements MigrationInterface {
  name = 'OneCouncilChair1763801500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE council_seat ADD CONSTRAINT ex_council_seat_one_chair EXCLUDE USING gist (consortium_id WITH =, daterange(term_start, term_end) WITH &&) WHERE (position = 'CHAIR')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE council_seat DROP CONSTRAINT ex_council_seat_one_chair`);
  }
}
