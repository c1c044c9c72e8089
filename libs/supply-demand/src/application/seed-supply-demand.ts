import type { DataSource, EntityManager } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import type { DemandInput } from './use-cases/create-demand/create-demand.command.js';
import { CreateDemandCommand } from './use-cases/create-demand/create-demand.command.js';
import { CreateDemandUseCase } from './use-cases/create-demand/create-demand.use-case.js';
import { PublishDemandCommand } from './use-cases/publish-demand/publish-demand.command.js';
import { PublishDemandUseCase } from './use-cases/publish-demand/publish-demand.use-case.js';
import type { ProgramInput } from './use-cases/register-program/register-program.command.js';
import { RegisterProgramUseCase } from './use-cases/register-program/register-program.use-case.js';
import { SupplyDemandRepository } from '../persistence/supply-demand.repository.js';

const SEED = { type: 'system', id: 'seed', name: 'demo data' } as const;

/**
 * Loads programs and published demands inside a transaction outside the Nest app (demo data,
 * command-line tools), through the same use cases as the API; demands are marked demo. The
 * matching runs when the worker relays their `published` events, as for any publication.
 */
export async function seedSupplyDemandIn(
  dataSource: DataSource,
  manager: EntityManager,
  data: { programs: readonly { organizationId: string; program: ProgramInput }[]; demands: readonly DemandInput[] },
): Promise<{ programs: number; demands: number }> {
  const repository = new SupplyDemandRepository();
  const outbox = new OutboxPublisher();
  const audit = new AuditRecorder();
  const programs = new RegisterProgramUseCase(dataSource, repository, outbox, audit);
  for (const [i, p] of data.programs.entries()) await programs.registerIn(manager, p.organizationId, p.program, `programs[${i}]`);
  const create = new CreateDemandUseCase(dataSource, repository, outbox, audit);
  const publish = new PublishDemandUseCase(dataSource, repository, outbox, audit);
  for (const demand of data.demands) {
    const draft = await create.createIn(manager, new CreateDemandCommand(SEED, demand, true));
    await publish.publishIn(manager, new PublishDemandCommand(SEED, draft.id));
  }
  return { programs: data.programs.length, demands: data.demands.length };
}
