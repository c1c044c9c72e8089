/**
 * The events of 供需对接, declared once here: names in one const object, each payload a versioned
 * interface. District systems follow the public ones (`SUPPLY_DEMAND_FEED_EVENT_TYPES`) in the
 * change feed and by webhook; every event carries `districtCodes` (the demand's districts, and
 * for a match also the supplier's), so a district-bound client sees only its districts' events.
 */
export const SUPPLY_DEMAND_EVENTS = {
  programRegistered: 'supply-demand.program.registered',
  demandCreated: 'supply-demand.demand.created',
  demandPublished: 'supply-demand.demand.published',
  demandMatched: 'supply-demand.demand.matched',
  demandWithdrawn: 'supply-demand.demand.withdrawn',
  demandFulfilled: 'supply-demand.demand.fulfilled',
  responseSubmitted: 'supply-demand.response.submitted',
  responseShortlisted: 'supply-demand.response.shortlisted',
  outcomeRecorded: 'supply-demand.outcome.recorded',
  paymentRecorded: 'supply-demand.payment.recorded',
  paymentCorrected: 'supply-demand.payment.corrected',
} as const;
export type SupplyDemandEventType = (typeof SUPPLY_DEMAND_EVENTS)[keyof typeof SUPPLY_DEMAND_EVENTS];

/** The events district systems may follow (the draft's creation stays internal). */
export const SUPPLY_DEMAND_FEED_EVENT_TYPES = [
  SUPPLY_DEMAND_EVENTS.demandPublished,
  SUPPLY_DEMAND_EVENTS.demandMatched,
  SUPPLY_DEMAND_EVENTS.demandWithdrawn,
  SUPPLY_DEMAND_EVENTS.demandFulfilled,
  SUPPLY_DEMAND_EVENTS.responseSubmitted,
  SUPPLY_DEMAND_EVENTS.outcomeRecorded,
  SUPPLY_DEMAND_EVENTS.paymentRecorded,
  SUPPLY_DEMAND_EVENTS.paymentCorrected,
] as const;

export type ProgramRegisteredV1 = {
  v: 1;
  id: string;
  organizationId: string;
  code: string;
  name: string;
  level: string;
  year: number;
};

export type DemandChangedV1 = {
  v: 1;
  id: string;
  kind: string;
  title: string;
  status: string;
  visibility: string;
  clusterCodes: string[];
  districtCodes: string[];
  publisherOrganizationId: string | null;
  publisherConsortiumId: string | null;
};

/** 精准推送: one per supplier pushed, with its score and why. */
export type DemandMatchedV1 = {
  v: 1;
  demandId: string;
  title: string;
  kind: string;
  organizationId: string;
  organizationName: string;
  score: number;
  rank: number;
  reasons: { factor: string; points: number; text: string }[];
};

export type ResponseChangedV1 = {
  v: 1;
  id: string;
  demandId: string;
  organizationId: string;
  status: string;
};

export type OutcomeRecordedV1 = {
  v: 1;
  id: string;
  demandId: string;
  responseId: string;
  organizationId: string;
  kind: string;
  students: number | null;
  amount: number | null;
  occurredOn: string;
};

export type PaymentChangedV1 = {
  v: 1;
  id: string;
  outcomeId: string;
  demandId: string;
  amount: number;
  receivedOn: string;
  correctionReason: string | null;
};
