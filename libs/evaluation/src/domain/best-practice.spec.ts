import { meanScore, type ReviewedCase, selectionProblem } from './best-practice.js';

const shortlisted = (consortiumId: string, ...scores: number[]): ReviewedCase => ({ consortiumId, status: 'SHORTLISTED', scores });

describe('best practice selection', () => {
  it('takes the shortlisted case with the highest mean review score', () => {
    const cases = [shortlisted('a', 80, 90), shortlisted('b', 88, 86), { consortiumId: 'c', status: 'SUBMITTED' as const, scores: [] }];
    expect(meanScore([80, 90])).toBe(85);
    expect(selectionProblem(cases, 'b')).toBeNull();
    expect(selectionProblem(cases, 'a')?.code).toBe('NOT_TOP_REVIEWED');
  });

  it('leaves the choice between equal means to the task force', () => {
    const cases = [shortlisted('a', 90, 80), shortlisted('b', 85)];
    expect(selectionProblem(cases, 'a')).toBeNull();
    expect(selectionProblem(cases, 'b')).toBeNull();
  });

  it('refuses a case that is not shortlisted, an unreviewed shortlist and a second selection', () => {
    const submitted: ReviewedCase = { consortiumId: 'c', status: 'SUBMITTED', scores: [] };
    expect(selectionProblem([shortlisted('a', 70), submitted], 'c')?.code).toBe('BEST_PRACTICE_NOT_SHORTLISTED');
    expect(selectionProblem([shortlisted('a', 70)], 'zz')?.code).toBe('BEST_PRACTICE_NOT_SHORTLISTED');
    const incomplete = selectionProblem([shortlisted('a', 70), shortlisted('b')], 'a');
    expect(incomplete?.code).toBe('REVIEWS_INCOMPLETE');
    expect(incomplete?.message).toContain('b');
    expect(selectionProblem([{ consortiumId: 'a', status: 'SELECTED', scores: [70] }, shortlisted('b', 90)], 'b')?.code).toBe('BEST_PRACTICE_ALREADY_SELECTED');
  });
});
