import type { ScoreInput } from './types.js';

/** The worked example of DESIGN §3.1 (three alternatives, a benefit and a cost criterion), shared by the engine's tests. */
export const DESIGN_EXAMPLE: ScoreInput = {
  alternatives: ['a1', 'a2', 'a3'],
  criteria: [
    { id: 'c1', type: 'benefit', weight: 0.3, target: 12 },
    { id: 'c2', type: 'cost', weight: 0.7, target: 18 },
  ],
  matrix: [
    [10, 16],
    [12, 20],
    [8, 15],
  ],
  normalization: 'min-max',
  weighting: 'given',
  aggregation: 'weighted-sum',
};
