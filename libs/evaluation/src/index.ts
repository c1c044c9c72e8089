/**
 * 赛马比拼 evaluation: the scoring engine (pure, no I/O; formulas in ../README.md), schemes, rounds
 * and papers. Answer sheets, queued scoring and results come with the rest of the evaluation issue.
 */
export { EvaluationModule } from './evaluation.module.js';
export * from './domain/scoring/index.js';
export { EVIDENCE_MEDIA_TYPES } from './domain/evidence.js';
export { quarterOf } from './domain/round.js';
export { type SchemeDefinition, schemeProblem } from './domain/scheme.js';
export { type GroupIndicator, type GroupMember, type GroupSettings, type MemberResult, scoreGroup } from './domain/group-scoring.js';
