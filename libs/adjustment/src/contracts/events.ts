import { defineEvent, Schema as T, type TSchema } from '#platform';

/** The adjustment context's events (internal: none is in the change feed). */

const uuid = T.String({ format: 'uuid' });
const nullable = <S extends TSchema>(s: S) => T.Union([s, T.Null()]);

const proposal = {
  id: uuid,
  rule: T.Integer(),
  kind: T.String({ description: 'ProposalKind' }),
  consortiumId: uuid,
  organizationId: nullable(uuid),
  toStatus: nullable(T.String()),
  toTier: nullable(T.String()),
};

export const ProposalCreated = defineEvent('adjustment.proposal.created', {
  version: 1,
  aggregateType: 'adjustment-proposal',
  payload: T.Object({ ...proposal, trigger: T.String({ description: 'What raised it (the round or year), one proposal per trigger and rule' }) }),
});

const decided = T.Object({ ...proposal, effectiveOn: nullable(T.String()), decisionId: nullable(uuid), applicationId: nullable(uuid) });
export const ProposalApproved = defineEvent('adjustment.proposal.approved', { version: 1, aggregateType: 'adjustment-proposal', payload: decided });
export const ProposalRejected = defineEvent('adjustment.proposal.rejected', { version: 1, aggregateType: 'adjustment-proposal', payload: decided });

export const RuleSetCreated = defineEvent('adjustment.rule-set.created', {
  version: 1,
  aggregateType: 'adjustment-rule-set',
  payload: T.Object({ version: T.Integer(), thresholds: T.Unsafe<object>({ type: 'object', additionalProperties: true, description: 'RuleThresholds' }) }),
});

/** The event of each decision (the status the proposal moved to → its event). */
export const PROPOSAL_DECIDED_EVENTS = { APPROVED: ProposalApproved, REJECTED: ProposalRejected } as const;

export const AdjustmentEvents = { ProposalCreated, ProposalApproved, ProposalRejected, RuleSetCreated } as const;
