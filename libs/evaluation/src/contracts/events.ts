import { defineEvent, Schema as T } from '#platform';

/** The evaluation context's events. `RoundPublished` is public (change feed and webhooks). */

const uuid = T.String({ format: 'uuid' });
const schemeRef = T.Object({ id: uuid, code: T.String(), version: T.Integer() });

export const SchemeCreated = defineEvent('evaluation.scheme.created', { version: 1, aggregateType: 'scheme', payload: schemeRef });
export const SchemeUpdated = defineEvent('evaluation.scheme.updated', { version: 1, aggregateType: 'scheme', payload: schemeRef });

export const RoundCreated = defineEvent('evaluation.round.created', {
  version: 1,
  aggregateType: 'round',
  payload: T.Object({ id: uuid, code: T.String(), schemeId: uuid }),
});

const roundMoved = T.Object({ id: uuid, code: T.String(), status: T.String({ description: 'RoundStatus' }) });
export const RoundOpened = defineEvent('evaluation.round.open', { version: 1, aggregateType: 'round', payload: roundMoved });
export const RoundClosed = defineEvent('evaluation.round.closed', { version: 1, aggregateType: 'round', payload: roundMoved });
export const RoundArchived = defineEvent('evaluation.round.archived', { version: 1, aggregateType: 'round', payload: roundMoved });

/** Internal: a round's scoring was requested (the job `evaluation.score-round` runs it). */
export const ScoringRequested = defineEvent('evaluation.round.scoring-requested', {
  version: 1,
  aggregateType: 'round',
  payload: T.Object({ roundId: uuid, revision: T.Integer({ minimum: 1 }) }),
});

const roundResult = T.Object({
  id: uuid,
  code: T.String({ example: '2026Q3' }),
  revision: T.Integer({ minimum: 1, description: 'A correction is a new revision' }),
  digest: T.String({ description: 'Digest of the scoring (inputs, method and results)' }),
});

export const RoundScored = defineEvent('evaluation.round.scored', { version: 1, aggregateType: 'round', payload: roundResult });

export const RoundPublished = defineEvent('evaluation.round.published', {
  version: 1,
  aggregateType: 'round',
  payload: roundResult,
  public: {
    summary: 'Round published',
    zh: '赛马比拼排名晾晒',
    description: 'Seen by every reader whatever its district: the ranking itself is public (`GET /evaluation/rankings/{roundId}`).',
  },
});

/** Internal: the annual competition's scoring was requested (the job `evaluation.score-year` runs it). */
export const AnnualScoringRequested = defineEvent('evaluation.annual.scoring-requested', {
  version: 1,
  aggregateType: 'annual-competition',
  payload: T.Object({ year: T.Integer(), revision: T.Integer({ minimum: 1 }) }),
});

const annualResult = T.Object({ year: T.Integer(), revision: T.Integer({ minimum: 1 }), digest: T.String() });
export const AnnualScored = defineEvent('evaluation.annual.scored', { version: 1, aggregateType: 'annual-competition', payload: annualResult });
export const AnnualPublished = defineEvent('evaluation.annual.published', { version: 1, aggregateType: 'annual-competition', payload: annualResult });

export const BestPracticeSubmitted = defineEvent('evaluation.best-practice.submitted', {
  version: 1,
  aggregateType: 'best-practice',
  payload: T.Object({
    id: uuid,
    roundId: uuid,
    consortiumId: uuid,
    level: T.String(),
    title: T.String(),
    participants: T.Array(uuid),
    version: T.Integer(),
  }),
});
const bestPracticeJudged = T.Object({ id: uuid, roundId: uuid, consortiumId: uuid, level: T.String(), status: T.String() });
export const BestPracticeShortlisted = defineEvent('evaluation.best-practice.shortlisted', {
  version: 1,
  aggregateType: 'best-practice',
  payload: bestPracticeJudged,
});
export const BestPracticeSelected = defineEvent('evaluation.best-practice.selected', {
  version: 1,
  aggregateType: 'best-practice',
  payload: bestPracticeJudged,
});

const sheetMoved = T.Object({
  id: uuid,
  roundId: uuid,
  consortiumId: uuid,
  status: T.String({ description: 'SheetStatus' }),
  late: T.Boolean(),
  correctionReason: T.Optional(T.Union([T.String(), T.Null()])),
});
export const AnswerSheetSubmitted = defineEvent('evaluation.answer-sheet.submitted', { version: 1, aggregateType: 'answer-sheet', payload: sheetMoved });
export const AnswerSheetReturned = defineEvent('evaluation.answer-sheet.returned', { version: 1, aggregateType: 'answer-sheet', payload: sheetMoved });
export const AnswerSheetAccepted = defineEvent('evaluation.answer-sheet.accepted', { version: 1, aggregateType: 'answer-sheet', payload: sheetMoved });
export const AnswerSheetReopened = defineEvent('evaluation.answer-sheet.reopened', { version: 1, aggregateType: 'answer-sheet', payload: sheetMoved });

/** The event of each judgement of a best practice. */
export const BEST_PRACTICE_JUDGED_EVENTS = { shortlisted: BestPracticeShortlisted, selected: BestPracticeSelected } as const;

/** The event of each move of an answer sheet (by the action that moved it). */
export const SHEET_MOVED_EVENTS = {
  submit: AnswerSheetSubmitted,
  return: AnswerSheetReturned,
  accept: AnswerSheetAccepted,
  reopen: AnswerSheetReopened,
} as const;

/** The event of each move of a round made by hand (the status it moved to → its event). */
export const ROUND_MOVED_EVENTS = { OPEN: RoundOpened, CLOSED: RoundClosed, ARCHIVED: RoundArchived } as const;

export const EvaluationEvents = {
  SchemeCreated,
  SchemeUpdated,
  RoundCreated,
  RoundOpened,
  RoundClosed,
  RoundArchived,
  ScoringRequested,
  RoundScored,
  RoundPublished,
  AnnualScoringRequested,
  AnnualScored,
  AnnualPublished,
  BestPracticeSubmitted,
  BestPracticeShortlisted,
  BestPracticeSelected,
  AnswerSheetSubmitted,
  AnswerSheetReturned,
  AnswerSheetAccepted,
  AnswerSheetReopened,
} as const;
