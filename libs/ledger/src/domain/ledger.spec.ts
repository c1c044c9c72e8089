import { combineStatuses, cycleThrough, implausiblyEarly, milestoneState, ownStatus, parseTarget, type ReportFacts, unitKindOf } from './ledger.js';

const m1 = { id: 'm1', dueOn: '2026-06-30' };
const m2 = { id: 'm2', dueOn: '2026-12-31' };
const report = (milestoneId: string, reportedOn: string, status: ReportFacts['status'], done = true): ReportFacts => ({
  milestoneId,
  reportedOn,
  status,
  done,
});

describe('milestone state', () => {
  it('is OPEN before its due date, LATE after it, REPORTED while a done report waits, MET once accepted', () => {
    expect(milestoneState(m1, [], '2026-06-30')).toBe('OPEN');
    expect(milestoneState(m1, [], '2026-07-01')).toBe('LATE');
    expect(milestoneState(m1, [report('m1', '2026-06-20', 'SUBMITTED')], '2026-07-01')).toBe('REPORTED');
    expect(milestoneState(m1, [report('m1', '2026-06-20', 'ACCEPTED')], '2026-07-01')).toBe('MET');
    expect(milestoneState(m1, [report('m1', '2026-06-20', 'RETURNED')], '2026-07-01')).toBe('LATE');
  });

  it('does not count a report dated after the day asked about, nor one that is only progress', () => {
    expect(milestoneState(m1, [report('m1', '2026-07-05', 'ACCEPTED')], '2026-07-01')).toBe('LATE');
    expect(milestoneState(m1, [report('m1', '2026-06-05', 'ACCEPTED', false)], '2026-07-01')).toBe('LATE');
  });
});

describe('task status', () => {
  it('is NOT_STARTED with nothing reported and nothing due soon', () => {
    expect(ownStatus([m1, m2], [], '2026-03-01')).toBe('NOT_STARTED');
  });
  it('is AT_RISK when an open milestone falls due within 14 days with nothing reported for it', () => {
    expect(ownStatus([m1, m2], [], '2026-06-16')).toBe('AT_RISK');
    expect(ownStatus([m1, m2], [], '2026-06-15')).toBe('NOT_STARTED');
  });
  it('is AT_RISK when the latest report of a milestone due soon was returned', () => {
    expect(ownStatus([m1, m2], [report('m1', '2026-06-10', 'RETURNED', false)], '2026-06-20')).toBe('AT_RISK');
  });
  it('is ON_TRACK once progress is reported', () => {
    expect(ownStatus([m1, m2], [report('m1', '2026-06-10', 'SUBMITTED', false)], '2026-06-20')).toBe('ON_TRACK');
  });
  it('is OVERDUE when a milestone passed unreported, DONE when every milestone is met', () => {
    expect(ownStatus([m1, m2], [report('m1', '2026-06-10', 'SUBMITTED', false)], '2026-07-01')).toBe('OVERDUE');
    expect(ownStatus([m1, m2], [report('m1', '2026-06-10', 'ACCEPTED'), report('m2', '2026-12-01', 'ACCEPTED')], '2026-12-02')).toBe('DONE');
  });
  it('combines sub-tasks: DONE only when all are; the most pressing otherwise', () => {
    expect(combineStatuses(['DONE', 'DONE'])).toBe('DONE');
    expect(combineStatuses(['DONE', 'NOT_STARTED'])).toBe('ON_TRACK');
    expect(combineStatuses(['ON_TRACK', 'AT_RISK', 'OVERDUE'])).toBe('OVERDUE');
    expect(combineStatuses(['NOT_STARTED', 'AT_RISK'])).toBe('AT_RISK');
    expect(combineStatuses(['NOT_STARTED', 'NOT_STARTED'])).toBe('NOT_STARTED');
  });
});

describe('dependency cycles', () => {
  const edges = new Map([
    ['a', ['b']],
    ['b', ['c']],
  ]);
  it('names the cycle the new edge would close, from the dependent task back to itself', () => {
    expect(cycleThrough(edges, 'c', 'a')).toEqual(['c', 'a', 'b', 'c']);
    expect(cycleThrough(edges, 'b', 'a')).toEqual(['b', 'a', 'b']);
    expect(cycleThrough(edges, 'a', 'a')).toEqual(['a', 'a']);
  });
  it('finds none where the graph stays acyclic', () => {
    expect(cycleThrough(edges, 'a', 'c')).toBeNull();
    expect(cycleThrough(edges, 'd', 'a')).toBeNull();
  });
});

describe('pace', () => {
  it('flags a task reported done before a quarter of its time has passed', () => {
    expect(implausiblyEarly('2026-01-01', '2026-12-31', '2026-02-01')).toEqual({ share: 31 / 364, flagged: true });
    expect(implausiblyEarly('2026-01-01', '2026-12-31', '2026-04-02').flagged).toBe(false);
  });
});

describe('task list cells', () => {
  it('reads a number with its unit as an indicator, a ratio or range or plain text as a deliverable', () => {
    expect(parseTarget('20 平方公里')).toEqual({ kind: 'INDICATOR', value: 20, unit: '平方公里' });
    expect(parseTarget('不少于 150 个')).toEqual({ kind: 'INDICATOR', value: 150, unit: '个' });
    expect(parseTarget('60%')).toEqual({ kind: 'INDICATOR', value: 60, unit: '%' });
    expect(parseTarget(12)).toEqual({ kind: 'INDICATOR', value: 12, unit: null });
    expect(parseTarget('4.5:5.5')).toEqual({ kind: 'DELIVERABLE', text: '4.5:5.5' });
    expect(parseTarget('3-4次')).toEqual({ kind: 'DELIVERABLE', text: '3-4次' });
    expect(parseTarget('建成国家级产教融合型城市')).toEqual({ kind: 'DELIVERABLE', text: '建成国家级产教融合型城市' });
    expect(parseTarget('  ')).toBeNull();
  });
  it('takes a unit kind from its name', () => {
    expect(unitKindOf('市发展改革委')).toBe('DEPARTMENT');
    expect(unitKindOf('区教委')).toBe('DISTRICT_AGENCY');
    expect(unitKindOf('区规划自然资源局')).toBe('DISTRICT_AGENCY');
    expect(unitKindOf('永川高新区管委会')).toBe('DISTRICT_AGENCY');
    expect(unitKindOf('各职业院校')).toBe('GROUP');
    expect(unitKindOf('重庆文理学院')).toBe('ORGANIZATION');
  });
});
