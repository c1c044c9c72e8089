import { figuresOf } from './figures.js';

const at = (iso: string) => new Date(iso);

/**
 * A small fixture worked out by hand: five demands published in the quarter, three answered
 * (after 2 h, 5 h and 26 h: mean 11 h), one fulfilled; outcomes and payments; programs of 100 +
 * 60 + 40 places of which 100 + 40 serve a key cluster.
 */
describe('figuresOf', () => {
  const demands = [
    { id: 'd1', kind: 'TECHNOLOGY' as const, status: 'FULFILLED', publishedAt: at('2026-07-01T01:00:00Z'), firstResponseAt: at('2026-07-01T03:00:00Z') },
    { id: 'd2', kind: 'TECHNOLOGY' as const, status: 'IN_DOCKING', publishedAt: at('2026-07-02T00:00:00Z'), firstResponseAt: at('2026-07-02T05:00:00Z') },
    { id: 'd3', kind: 'TALENT' as const, status: 'PUBLISHED', publishedAt: at('2026-08-01T00:00:00Z'), firstResponseAt: at('2026-08-02T02:00:00Z') },
    { id: 'd4', kind: 'TALENT' as const, status: 'PUBLISHED', publishedAt: at('2026-08-03T00:00:00Z'), firstResponseAt: null },
    { id: 'd5', kind: 'OVERSEAS' as const, status: 'WITHDRAWN', publishedAt: at('2026-09-01T00:00:00Z'), firstResponseAt: null },
  ];
  const outcomes = [
    { id: 'o1', kind: 'ORDER_CLASS', students: 40 },
    { id: 'o2', kind: 'ORDER_CLASS', students: 25 },
    { id: 'o3', kind: 'PLACEMENT', students: 12 },
    { id: 'o4', kind: 'SERVICE_CONTRACT', students: null },
    { id: 'o5', kind: 'TRAINING', students: 80 },
  ];
  const payments = [
    { id: 'p1', amount: 120000.5 },
    { id: 'p2', amount: 79999.25 },
  ];
  const programs = [
    { enrolment: 100, servesKeyCluster: true },
    { enrolment: 60, servesKeyCluster: false },
    { enrolment: 40, servesKeyCluster: true },
  ];

  it('counts, rates and sums as worked out by hand', () => {
    expect(figuresOf(demands, outcomes, payments, programs)).toEqual({
      demands: 5,
      demandsByKind: { TALENT: 2, PROGRAM: 0, TECHNOLOGY: 2, OVERSEAS: 1 },
      responded: 3,
      responseRate: 60, // 3 / 5
      hoursToFirstResponse: 11, // (2 + 5 + 26) / 3
      fulfilled: 1,
      fulfilmentRate: 20, // 1 / 5
      orderClassStudents: 65, // 40 + 25
      studentsPlaced: 12,
      trainings: 1,
      serviceIncome: 199999.75, // 120000.50 + 79999.25
      programMatch: 70, // (100 + 40) / 200
      programPlaces: 200,
    });
  });

  it('rounds rates to two decimals and has no rate without demands or places', () => {
    const third = figuresOf(
      demands.slice(2, 5),
      [],
      [],
      [
        { enrolment: 1, servesKeyCluster: true },
        { enrolment: 2, servesKeyCluster: false },
      ],
    );
    expect(third.responseRate).toBe(33.33); // 1 / 3
    expect(third.programMatch).toBe(33.33);
    expect(third.hoursToFirstResponse).toBe(26);
    const none = figuresOf([], [], [], []);
    expect([none.responseRate, none.fulfilmentRate, none.hoursToFirstResponse, none.programMatch, none.serviceIncome]).toEqual([null, null, null, null, 0]);
  });
});
