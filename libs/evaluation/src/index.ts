/**
 * 赛马比拼 evaluation. So far: the scoring engine (pure, no I/O; formulas in ../README.md). Rounds,
 * answer sheets, queued scoring and results come with the rest of the evaluation issue.
 */
export * from './domain/scoring/index.js';
