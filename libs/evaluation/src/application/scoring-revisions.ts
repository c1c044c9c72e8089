import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { failureReason, statusAfterFailedScoring } from '../domain/scoring-lifecycle.js';

/** The rows of an aggregate scored by revisions: its own table and key, its revisions' table and key, and its status before any scoring. */
interface ScoredAggregate {
  table: string;
  key: string;
  revisions: string;
  revisionKey: string;
  unscored: string;
}

/** A round (`evaluation_round` by id, revisions in `round_scoring`) and a year's annual competition (`annual_competition` by year, `annual_scoring`). */
export const SCORED_AGGREGATES = {
  round: { table: 'evaluation_round', key: 'id', revisions: 'round_scoring', revisionKey: 'round_id', unscored: 'CLOSED' },
  year: { table: 'annual_competition', key: 'year', revisions: 'annual_scoring', revisionKey: 'year', unscored: 'UNSCORED' },
} as const satisfies Record<string, ScoredAggregate>;

export type ScoredKind = keyof typeof SCORED_AGGREGATES;

/**
 * The scoring lifecycle's writes (`domain/scoring-lifecycle.ts`) for rounds and years alike: the
 * job's progress, its completion in the job's transaction, and the failure of a revision after
 * the job's last attempt. One implementation, so the two cannot drift apart.
 */
@Injectable()
export class ScoringRevisions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The running revision's phase and percent, written outside the job's transaction so that
   * `GET …/scoring` shows it while the job runs; left behind only as progress. It touches the
   * revision row alone, which the job's transaction does not lock until it completes.
   */
  progress(kind: ScoredKind, key: string | number, revision: number, phase: string, percent: number): Promise<unknown> {
    const a = SCORED_AGGREGATES[kind];
    return this.dataSource.query(
      `UPDATE ${a.revisions} SET status = 'RUNNING', phase = $3, percent = $4 WHERE ${a.revisionKey} = $1 AND revision = $2 AND status <> 'DONE'`,
      [key, revision, phase, percent],
    );
  }

  /** In the job's transaction: the revision DONE with its digest, the aggregate SCORED. */
  async complete(manager: EntityManager, kind: ScoredKind, key: string | number, revision: number, digest: string): Promise<void> {
    const a = SCORED_AGGREGATES[kind];
    await manager.query(
      `UPDATE ${a.revisions} SET status = 'DONE', phase = 'done', percent = 100, digest = $3, finished_at = now() WHERE ${a.revisionKey} = $1 AND revision = $2`,
      [key, revision, digest],
    );
    await manager.query(`UPDATE ${a.table} SET status = 'SCORED', updated_at = now() WHERE ${a.key} = $1`, [key]);
  }

  /**
   * The job has failed for good: the revision FAILED with its reason, and — if the aggregate is
   * still SCORING that revision — the aggregate back where its earlier revisions leave it
   * (`statusAfterFailedScoring`). Runs in a transaction of its own once the job's attempt has
   * rolled back (so it never waits on the attempt's lock); takes the aggregate's lock first, as
   * the request and the job do; idempotent.
   */
  async fail(manager: EntityManager, kind: ScoredKind, key: string | number, revision: number, error: unknown): Promise<void> {
    const a = SCORED_AGGREGATES[kind];
    const [aggregate]: { status: string; revision: number }[] = await manager.query(`SELECT status, revision FROM ${a.table} WHERE ${a.key} = $1 FOR UPDATE`, [
      key,
    ]);
    await manager.query(
      `UPDATE ${a.revisions} SET status = 'FAILED', finished_at = now(), phase = $3 WHERE ${a.revisionKey} = $1 AND revision = $2 AND status <> 'DONE'`,
      [key, revision, failureReason(error)],
    );
    if (!aggregate || aggregate.status !== 'SCORING' || aggregate.revision !== revision) return;
    const [earlier]: { published: boolean | null; done: boolean | null }[] = await manager.query(
      `SELECT bool_or(published_at IS NOT NULL) AS published, bool_or(status = 'DONE') AS done FROM ${a.revisions} WHERE ${a.revisionKey} = $1`,
      [key],
    );
    const status = statusAfterFailedScoring({ published: earlier?.published === true, done: earlier?.done === true }, a.unscored);
    await manager.query(`UPDATE ${a.table} SET status = $2, updated_at = now() WHERE ${a.key} = $1`, [key, status]);
  }
}
