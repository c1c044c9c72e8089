import { defineContracts, defineJob, defineQueue } from '#platform';
import { AnnualScoringRequested, EvaluationEvents, ScoringRequested } from './events.js';

export * from './events.js';

/** Scoring: one job at a time per worker (a round's scoring is CPU-bound and holds the round's lock). */
export const EvaluationQueues = { evaluation: defineQueue('evaluation') } as const;

export const EvaluationJobs = {
  scoreRound: defineJob('evaluation.score-round', { on: ScoringRequested, queue: EvaluationQueues.evaluation }),
  scoreYear: defineJob('evaluation.score-year', { on: AnnualScoringRequested, queue: EvaluationQueues.evaluation }),
} as const;

export const EvaluationContracts = defineContracts({
  context: 'evaluation',
  events: Object.values(EvaluationEvents),
  jobs: Object.values(EvaluationJobs),
  queues: Object.values(EvaluationQueues),
});
