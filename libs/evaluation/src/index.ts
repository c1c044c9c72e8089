/**
 * 赛马比拼 evaluation: the scoring engine (pure, no I/O; formulas in ../README.md), schemes, rounds
 * papers, answer sheets, and queued scoring of rounds with results kept per revision.
 */
export { EvaluationModule } from './evaluation.module.js';
export { EvaluationWorkerModule } from './evaluation.worker.module.js';
export * from './domain/scoring/index.js';
export { EVIDENCE_MEDIA_TYPES } from './domain/evidence.js';
export { quarterOf } from './domain/round.js';
export {
  computeRoundResults,
  type ListedConsortium,
  loadRoundScoringInput,
  roundSeed,
  type RoundScoringInput,
  scoreRound,
} from './application/round-results.js';
export { RoundEntity, RoundResultEntity } from './persistence/evaluation.entities.js';
export { type PublishedStanding, publishedAnnualStandings, publishedStandingsUpTo, roundPeriodEnd } from './application/published-standings.js';
export { type SchemeDefinition, schemeProblem } from './domain/scheme.js';
export { type GroupIndicator, type GroupMember, type GroupSettings, type MemberResult, MIN_RELATIVE_GROUP, scoreGroup } from './domain/group-scoring.js';
export * from './domain/evaluation.labels.js';
export { PLATFORM_VALUE_SOURCE, type PlatformValueSource } from './application/platform-values.port.js';
export type { PlatformFact, PlatformValue } from './domain/platform-value.js';
