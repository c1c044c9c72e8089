/**
 * 供需对接 (DESIGN §8): programs (专业布点) and capabilities of schools and institutes; demands
 * (人才 / 专业 / 技术 / 出海) of firms, parks, consortia and industry communities with their
 * lifecycle; the matching job (精准推送) with an explainable score; docking (responses, shortlisting,
 * outcomes, payments received); figures; and the platform values an evaluation indicator can take.
 */
export { SupplyDemandModule, SupplyDemandPortsModule } from './supply-demand.module.js';
export { SupplyDemandWorkerModule } from './supply-demand.worker.module.js';
export { SUPPLY_DEMAND_ERRORS, type SupplyDemandErrorCode } from './domain/supply-demand.errors.js';
export { DEMAND_KINDS, DEMAND_STATUSES, MATCH_LIMIT, matchScore, OUTCOME_KINDS, PROGRAM_LEVELS, rankSuppliers, VISIBILITIES } from './domain/supply-demand.js';
export { PLATFORM_METRICS, type PlatformMetric } from './domain/platform-metrics.js';
export { type Figures, figuresOf } from './domain/figures.js';
export { PROGRAM_FILE } from './application/use-cases/import-programs/import-programs.use-case.js';
export { CreateDemandCommand } from './application/use-cases/create-demand/create-demand.command.js';
export { CreateDemandUseCase } from './application/use-cases/create-demand/create-demand.use-case.js';
export { PublishDemandCommand } from './application/use-cases/publish-demand/publish-demand.command.js';
export { PublishDemandUseCase } from './application/use-cases/publish-demand/publish-demand.use-case.js';
export { RegisterProgramCommand } from './application/use-cases/register-program/register-program.command.js';
export { RegisterProgramUseCase } from './application/use-cases/register-program/register-program.use-case.js';
export { MatchDemandCommand } from './application/use-cases/match-demand/match-demand.command.js';
export { MatchDemandUseCase } from './application/use-cases/match-demand/match-demand.use-case.js';
export { SupplyDemandRepository } from './persistence/supply-demand.repository.js';
export { seedSupplyDemandIn } from './application/seed-supply-demand.js';
export type { DemandInput } from './application/use-cases/create-demand/create-demand.command.js';
export type { ProgramInput } from './application/use-cases/register-program/register-program.command.js';
export * from './domain/supply-demand.labels.js';
