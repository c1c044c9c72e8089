import { answerProblems, applyAnswerPatch, removedAnswersWarning } from './answer-sheet.js';
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
  platformSource: null,
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

describe('applyAnswerPatch (PATCH merges)', () => {
  it('sets the codes sent, removes those sent as null, and keeps the rest', () => {
    const current = { RATIO: 50, BASES: 3, CERTIFIED: true };
    expect(applyAnswerPatch(current, { RATIO: 55, CERTIFIED: null, RATING: 'B' })).toEqual({ RATIO: 55, BASES: 3, RATING: 'B' });
    expect(current).toEqual({ RATIO: 50, BASES: 3, CERTIFIED: true });
  });

  it('removing an answer that is not there changes nothing, and an empty patch is the same sheet', () => {
    expect(applyAnswerPatch({ RATIO: 50 }, { BASES: null })).toEqual({ RATIO: 50 });
    expect(applyAnswerPatch({ RATIO: 50 }, {})).toEqual({ RATIO: 50 });
  });

  it('keeps false and 0 as answers (only null removes)', () => {
    expect(applyAnswerPatch({}, { CERTIFIED: false, BASES: 0 })).toEqual({ CERTIFIED: false, BASES: 0 });
  });
});

describe('removedAnswersWarning (PUT replaces)', () => {
  it('names each removed indicator in Chinese with its code, and lists the codes', () => {
    const warning = removedAnswersWarning(['BASES', 'RATING'], new Map([['BASES', '产教融合实训基地数']]));
    expect(warning).toEqual({
      code: 'ANSWERS_REMOVED',
      message: '本次保存删除了 2 项已填答案：产教融合实训基地数（BASES）、RATING。PUT 以提交的内容替换整张答卷；只改其中几项请用 PATCH。',
      indicatorCodes: ['BASES', 'RATING'],
    });
  });
});
