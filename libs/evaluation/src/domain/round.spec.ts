import { publicationTooEarly, quarterOf, shanghaiDay, transitionProblem } from './round.js';

describe('rounds', () => {
  it.each([
    ['2026Q1', '2026-01-01', '2026-03-31'],
    ['2026Q2', '2026-04-01', '2026-06-30'],
    ['2026Q3', '2026-07-01', '2026-09-30'],
    ['2024Q1', '2024-01-01', '2024-03-31'],
    ['2026Q4', '2026-10-01', '2026-12-31'],
  ])('%s runs from %s to %s', (code, start, end) => {
    expect(quarterOf(code)).toEqual({ start, end });
  });

  it('refuses other codes', () => {
    expect(quarterOf('2026Q5')).toBeNull();
    expect(quarterOf('26Q1')).toBeNull();
  });

  it('allows only the manual moves', () => {
    expect(transitionProblem('DRAFT', 'OPEN')).toBeNull();
    expect(transitionProblem('OPEN', 'CLOSED')).toBeNull();
    expect(transitionProblem('CLOSED', 'OPEN')).toBeNull();
    expect(transitionProblem('PUBLISHED', 'ARCHIVED')).toBeNull();
    expect(transitionProblem('SCORED', 'ARCHIVED')?.code).toBe('ROUND_TRANSITION_NOT_ALLOWED');
    expect(transitionProblem('ARCHIVED', 'OPEN')?.code).toBe('ROUND_TRANSITION_NOT_ALLOWED');
    expect(transitionProblem('DRAFT', 'CLOSED')?.code).toBe('ROUND_TRANSITION_NOT_ALLOWED');
    expect(transitionProblem('CLOSED', 'PUBLISHED')?.code).toBe('ROUND_TRANSITION_NOT_ALLOWED');
  });

  it('publishes a round only once its quarter has ended in Asia/Shanghai', () => {
    // 2026-12-31T15:59:59Z is 23:59:59 on the last day of 2026Q4 in Shanghai; one second later it is 2027-01-01.
    expect(shanghaiDay(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(shanghaiDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    const early = publicationTooEarly('2026Q4', '2026-12-31', new Date('2026-12-31T15:59:59Z'));
    expect(early).toMatchObject({
      kind: 'CONFLICT',
      code: 'QUARTER_NOT_ENDED',
      details: [{ field: 'periodEnd', code: 'QUARTER_NOT_ENDED', message: '2026Q4 ends on 2026-12-31', zh: '2026Q4 于 2026-12-31 结束' }],
    });
    expect(publicationTooEarly('2026Q4', '2026-12-31', new Date('2026-12-03T09:00:00Z'))?.code).toBe('QUARTER_NOT_ENDED');
    expect(publicationTooEarly('2026Q4', '2026-12-31', new Date('2026-12-31T16:00:00Z'))).toBeNull();
    expect(publicationTooEarly('2026Q3', '2026-09-30', new Date('2026-12-03T09:00:00Z'))).toBeNull();
  });
});
