/** The events that start the scoring jobs: published by the requests, handled by the worker. */
export const SCORING_REQUESTED = 'evaluation.round.scoring-requested';
export const ANNUAL_SCORING_REQUESTED = 'evaluation.annual.scoring-requested';
