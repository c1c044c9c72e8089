import { defineContracts } from '#platform';

/**
 * The identity context's contracts: it publishes no events and runs no jobs (its changes are
 * audited, not fed). Declared all the same, so an event it adds has one place to go.
 */
export const IdentityContracts = defineContracts({ context: 'identity' });
