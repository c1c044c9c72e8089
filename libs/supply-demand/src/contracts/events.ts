import { defineEvent, Schema as T, type Static, type TSchema } from '#platform';

/**
 * The events of 供需对接. Every one carries `districtCodes` (the demand's districts, and for a match
 * also the supplier's), so a district-bound client sees only its districts' events. The public
 * ones (`public`) are the change feed's and webhooks' contract with district systems, documented
 * in the OpenAPI document (`x-webhooks`); a draft's creation, a program's registration and a
 * shortlisting stay internal.
 */

const uuid = T.String({ format: 'uuid' });
const date = T.String({ format: 'date' });
const nullable = <S extends TSchema>(s: S) => T.Union([s, T.Null()]);
const v1 = T.Literal(1, { description: 'Payload version' });

const demand = T.Object({
  v: v1,
  id: uuid,
  kind: T.String({ description: 'DemandKind: TALENT, PROGRAM, TECHNOLOGY or OVERSEAS' }),
  title: T.String(),
  status: T.String({ description: 'DemandStatus' }),
  visibility: T.String({ description: 'PUBLIC or MEMBERS' }),
  clusterCodes: T.Array(T.String()),
  districtCodes: T.Array(T.String()),
  publisherOrganizationId: nullable(uuid),
  publisherConsortiumId: nullable(uuid),
});
const response = T.Object({ v: v1, id: uuid, demandId: uuid, organizationId: uuid, status: T.String({ description: 'ResponseStatus' }) });
const payment = T.Object({
  v: v1,
  id: uuid,
  outcomeId: uuid,
  demandId: uuid,
  amount: T.Number({ description: 'yuan' }),
  receivedOn: date,
  correctionReason: nullable(T.String()),
});

export const ProgramRegistered = defineEvent('supply-demand.program.registered', {
  version: 1,
  aggregateType: 'sd-program',
  payload: T.Object({ v: v1, id: uuid, organizationId: uuid, code: T.String(), name: T.String(), level: T.String(), year: T.Integer() }),
});
export const DemandCreated = defineEvent('supply-demand.demand.created', { version: 1, aggregateType: 'sd-demand', payload: demand });
export const DemandPublished = defineEvent('supply-demand.demand.published', {
  version: 1,
  aggregateType: 'sd-demand',
  payload: demand,
  public: { summary: 'Demand published', zh: '需求发布' },
});
/** 精准推送: one per supplier pushed, with its score and why. */
export const DemandMatched = defineEvent('supply-demand.demand.matched', {
  version: 1,
  aggregateType: 'sd-demand',
  payload: T.Object({
    v: v1,
    demandId: uuid,
    title: T.String(),
    kind: T.String(),
    organizationId: uuid,
    organizationName: T.String(),
    score: T.Number({ description: '0–100' }),
    rank: T.Integer(),
    reasons: T.Array(T.Object({ factor: T.String(), points: T.Number(), text: T.String() })),
  }),
  public: { summary: 'Demand pushed to a supplier', zh: '需求精准推送' },
});
export const DemandWithdrawn = defineEvent('supply-demand.demand.withdrawn', {
  version: 1,
  aggregateType: 'sd-demand',
  payload: demand,
  public: { summary: 'Demand withdrawn', zh: '需求撤回' },
});
export const DemandFulfilled = defineEvent('supply-demand.demand.fulfilled', {
  version: 1,
  aggregateType: 'sd-demand',
  payload: demand,
  public: { summary: 'Demand fulfilled', zh: '需求对接完成' },
});
export const ResponseSubmitted = defineEvent('supply-demand.response.submitted', {
  version: 1,
  aggregateType: 'sd-demand',
  payload: response,
  public: { summary: 'Response submitted', zh: '需求应答' },
});
export const ResponseShortlisted = defineEvent('supply-demand.response.shortlisted', { version: 1, aggregateType: 'sd-demand', payload: response });
export const OutcomeRecorded = defineEvent('supply-demand.outcome.recorded', {
  version: 1,
  aggregateType: 'sd-demand',
  payload: T.Object({
    v: v1,
    id: uuid,
    demandId: uuid,
    responseId: uuid,
    organizationId: uuid,
    kind: T.String({ description: 'OutcomeKind' }),
    students: nullable(T.Integer()),
    amount: nullable(T.Number()),
    occurredOn: date,
  }),
  public: { summary: 'Outcome recorded', zh: '对接成果登记' },
});
export const PaymentRecorded = defineEvent('supply-demand.payment.recorded', {
  version: 1,
  aggregateType: 'sd-demand',
  payload: payment,
  public: { summary: 'Payment recorded', zh: '技术服务到款登记' },
});
export const PaymentCorrected = defineEvent('supply-demand.payment.corrected', {
  version: 1,
  aggregateType: 'sd-demand',
  payload: payment,
  public: { summary: 'Payment corrected', zh: '技术服务到款更正' },
});

export type ProgramRegisteredV1 = Static<typeof ProgramRegistered.payload>;
export type DemandChangedV1 = Static<typeof demand>;
export type DemandMatchedV1 = Static<typeof DemandMatched.payload>;
export type ResponseChangedV1 = Static<typeof response>;
export type OutcomeRecordedV1 = Static<typeof OutcomeRecorded.payload>;
export type PaymentChangedV1 = Static<typeof payment>;

export const SupplyDemandEvents = {
  ProgramRegistered,
  DemandCreated,
  DemandPublished,
  DemandMatched,
  DemandWithdrawn,
  DemandFulfilled,
  ResponseSubmitted,
  ResponseShortlisted,
  OutcomeRecorded,
  PaymentRecorded,
  PaymentCorrected,
} as const;

/** The events district systems may follow, in the change feed and by webhook. */
export const SUPPLY_DEMAND_FEED_EVENTS = [
  DemandPublished,
  DemandMatched,
  DemandWithdrawn,
  DemandFulfilled,
  ResponseSubmitted,
  OutcomeRecorded,
  PaymentRecorded,
  PaymentCorrected,
] as const;
