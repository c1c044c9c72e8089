import { defineContracts, defineJob, defineQueue } from '#platform';
import { RoundPublished } from '#evaluation/contracts';
import { ImportRequested, RegistryEvents } from './events.js';

export * from './events.js';

/** The registry's queues: file imports (long, one at a time) and its reactions to other contexts' events. */
export const RegistryQueues = {
  imports: defineQueue('imports'),
  registry: defineQueue('registry'),
} as const;

export const RegistryJobs = {
  /** Runs a requested import (`registry.import.requested`). */
  runImport: defineJob('registry.run-import', { on: ImportRequested, queue: RegistryQueues.imports }),
  /** 建设名单 snapshot at each published round; it ran on the evaluation queue before the registry had its own. */
  snapshotOfficialList: defineJob('registry.official-list-snapshot', { on: RoundPublished, queue: RegistryQueues.registry, formerQueues: ['evaluation'] }),
} as const;

export const RegistryContracts = defineContracts({
  context: 'registry',
  events: Object.values(RegistryEvents),
  jobs: Object.values(RegistryJobs),
  queues: Object.values(RegistryQueues),
});
