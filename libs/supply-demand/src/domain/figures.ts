import { DEMAND_KINDS, type DemandKind } from './supply-demand.js';

/** Which facts a figure or a platform value counts: the whole city, a district, or a consortium (or community). */
export type FigureScope = { kind: 'CITY' } | { kind: 'DISTRICT'; code: string } | { kind: 'CONSORTIUM'; id: string };

/** The demands of a scope published in the period, as the figures read them. */
export interface DemandFact {
  id: string;
  kind: DemandKind;
  status: string;
  publishedAt: Date;
  firstResponseAt: Date | null;
}

export interface OutcomeFact {
  id: string;
  kind: string;
  students: number | null;
}

export interface PaymentFact {
  id: string;
  amount: number;
}

export interface ProgramFact {
  enrolment: number;
  servesKeyCluster: boolean;
}

/** 供需对接 figures of one scope (city, district, consortium or community) for a period. */
export interface Figures {
  demands: number;
  demandsByKind: Record<DemandKind, number>;
  responded: number;
  /** Share of the period's demands with at least one response, per cent (two decimals); null without demands. */
  responseRate: number | null;
  /** Mean hours from publication to the first response, over the demands responded to (two decimals). */
  hoursToFirstResponse: number | null;
  fulfilled: number;
  fulfilmentRate: number | null;
  orderClassStudents: number;
  studentsPlaced: number;
  trainings: number;
  /** 到款额 in yuan (two decimals). */
  serviceIncome: number;
  /** 专业-产业匹配度: share of program places (yearly enrolment) serving a key cluster, per cent (two decimals). */
  programMatch: number | null;
  programPlaces: number;
}

const r2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;
const percent = (part: number, whole: number) => (whole === 0 ? null : r2((100 * part) / whole));

/** The figures from the facts of a scope (one function, used by the figures route and by the platform values of the answer sheet). */
export function figuresOf(
  demands: readonly DemandFact[],
  outcomes: readonly OutcomeFact[],
  payments: readonly PaymentFact[],
  programs: readonly ProgramFact[],
): Figures {
  const demandsByKind = Object.fromEntries(DEMAND_KINDS.map((k) => [k, demands.filter((d) => d.kind === k).length])) as Record<DemandKind, number>;
  const responded = demands.filter((d) => d.firstResponseAt !== null);
  const hours = responded.map((d) => (d.firstResponseAt!.getTime() - d.publishedAt.getTime()) / 3_600_000);
  const fulfilled = demands.filter((d) => d.status === 'FULFILLED').length;
  const students = (kind: string) => outcomes.filter((o) => o.kind === kind).reduce((s, o) => s + (o.students ?? 0), 0);
  const places = programs.reduce((s, p) => s + p.enrolment, 0);
  const keyPlaces = programs.filter((p) => p.servesKeyCluster).reduce((s, p) => s + p.enrolment, 0);
  return {
    demands: demands.length,
    demandsByKind,
    responded: responded.length,
    responseRate: percent(responded.length, demands.length),
    hoursToFirstResponse: hours.length ? r2(hours.reduce((s, h) => s + h, 0) / hours.length) : null,
    fulfilled,
    fulfilmentRate: percent(fulfilled, demands.length),
    orderClassStudents: students('ORDER_CLASS'),
    studentsPlaced: students('PLACEMENT'),
    trainings: outcomes.filter((o) => o.kind === 'TRAINING').length,
    serviceIncome: r2(payments.reduce((s, p) => s + p.amount, 0)),
    programMatch: percent(keyPlaces, places),
    programPlaces: places,
  };
}
