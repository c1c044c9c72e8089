import { answerProblems } from './answer-sheet.js';
import type { PaperItem } from './paper.js';

const item = (code: string, valueType: PaperItem['valueType'], required = true, range = { min: 0, max: 100 }): PaperItem => ({
  code,
  name: code,
  unit: '',
  dimension: 'D',
  direction: 'benefit',
  valueType,
  required,
  evidenceRequired: false,
  range,
  target: null,
  targetSource: null,
});

const paper = [item('RATIO', 'PERCENT'), item('BASES', 'INTEGER'), item('CERTIFIED', 'BOOLEAN', false), item('RATING', 'GRADE', false)];

describe('answerProblems', () => {
  it('accepts well-typed answers in range', () => {
    expect(answerProblems(paper, { RATIO: 62.5, BASES: 12, CERTIFIED: true, RATING: 'B' }, true)).toEqual([]);
  });

  it('names each wrong answer with a code', () => {
    const problems = answerProblems(paper, { RATIO: 120, BASES: 1.5, CERTIFIED: 'yes', RATING: 'F', OTHER: 1 }, false);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['answers.RATIO', 'OUT_OF_RANGE'],
      ['answers.BASES', 'NOT_AN_INTEGER'],
      ['answers.CERTIFIED', 'WRONG_TYPE'],
      ['answers.RATING', 'WRONG_TYPE'],
      ['answers.OTHER', 'NOT_ON_PAPER'],
    ]);
  });

  it('requires the required indicators only when complete', () => {
    expect(answerProblems(paper, { RATIO: 50 }, false)).toEqual([]);
    expect(answerProblems(paper, { RATIO: 50 }, true).map((p) => p.field)).toEqual(['answers.BASES']);
  });
});
