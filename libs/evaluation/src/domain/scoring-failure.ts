import { ScoringInputError } from './scoring/index.js';

/**
 * Why a level group of a round could not be scored, in the terms of the round: the level, and
 * where the engine names a cell, the consortium and the indicator by name (never a matrix index).
 * It comes from the stored data, so scoring the same data again fails the same way: the job does
 * not retry it, and the round waits for a correction.
 */
export class RoundScoringError extends Error {
  constructor(
    message: string,
    readonly level: string,
    readonly consortium: { id: string; name: string } | null,
    readonly indicator: { code: string; name: string } | null,
  ) {
    super(message);
    this.name = 'RoundScoringError';
  }
}

const CELL = /^matrix\[(\d+)\]\[(\d+)\]\s*/;

/**
 * Turns an error of `scoreGroup` into a `RoundScoringError`. `submitted` are the group's members
 * with a sheet, in the order `scoreGroup` gives them rows; `indicators` its indicators in column
 * order. An error that is not the engine's input error is returned as it is (it may be transient).
 */
export function describeGroupFailure(
  error: unknown,
  level: string,
  indicators: readonly { code: string; name: string }[],
  submitted: readonly { id: string; name: string }[],
): unknown {
  if (!(error instanceof ScoringInputError)) return error;
  const cell = CELL.exec(error.field) ?? CELL.exec(error.message);
  if (cell) {
    const consortium = submitted[Number(cell[1])] ?? null;
    const indicator = indicators[Number(cell[2])] ?? null;
    const detail = error.message.replace(CELL, '');
    const who = consortium ? `consortium ${consortium.name}` : 'a consortium';
    const what = indicator ? `indicator ${indicator.name} (${indicator.code})` : 'an indicator';
    return new RoundScoringError(`${level}: ${who}, ${what}: the value ${detail}`, level, consortium, indicator);
  }
  return new RoundScoringError(`${level}: ${error.message}`, level, null, null);
}
