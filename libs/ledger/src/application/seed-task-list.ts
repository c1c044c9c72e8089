import type { DataSource, EntityManager } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import { ConsortiumLookup } from '#registry';
import { LedgerRepository } from '../persistence/ledger.repository.js';
import { type ImportTaskListCommand, type ImportTaskListResult, ImportTaskListUseCase } from './import-task-list.use-case.js';
import { LedgerUseCases } from './ledger.use-cases.js';

/**
 * Imports a task list inside a transaction outside the Nest app (demo data, command-line tools):
 * the same use case as `POST /api/v1/ledger/imports`, so the demo ledger is what an upload makes.
 */
export function importTaskListIn(
  dataSource: DataSource,
  manager: EntityManager,
  file: Buffer,
  command: Omit<ImportTaskListCommand, 'format'>,
): Promise<ImportTaskListResult> {
  const repository = new LedgerRepository();
  const outbox = new OutboxPublisher();
  const audit = new AuditRecorder();
  const ledger = new LedgerUseCases(dataSource, repository, outbox, audit, new ConsortiumLookup(dataSource));
  return new ImportTaskListUseCase(dataSource, repository, ledger, outbox, audit).importIn(
    manager,
    file,
    { ...command, format: 'xlsx' },
    { type: 'system', id: 'seed', name: 'demo data' },
  );
}
