import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeKeysetCursor, DomainError, encodeKeysetCursor } from '#platform';
import { SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { type DemandView, demandView, memberConsortia, shanghaiToday } from '../../supply-demand.support.js';
import type { SearchDemandsCommand } from './search-demands.command.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * 需求大厅: open demands (published or in docking, not expired today), public ones and the
 * members-only ones of the reader's consortia, newest first, a page at a time (`nextCursor`).
 */
@Injectable()
export class SearchDemandsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
  ) {}

  async execute(command: SearchDemandsCommand): Promise<{ items: DemandView[]; nextCursor: string | null }> {
    const m = this.dataSource.manager;
    const today = shanghaiToday();
    const after = command.filter.after ? decodeKeysetCursor(command.filter.after, 2, 'after') : undefined;
    if (after && (Number.isNaN(Date.parse(after[0])) || !UUID.test(after[1]))) {
      throw new DomainError('MALFORMED', 'INVALID_CURSOR', 'after must be a cursor returned by this list (nextCursor)', [
        { field: 'after', code: 'INVALID_CURSOR', message: 'not a cursor of this list' },
      ]);
    }
    const rows = await this.repository.hall(m, {
      ...command.filter,
      memberConsortiumIds: await memberConsortia(m, this.repository, command.scope, today),
      today,
      after: after ? { publishedAt: after[0], id: after[1] } : undefined,
      limit: command.filter.limit + 1,
    });
    const items = rows.slice(0, command.filter.limit).map((d) => demandView(d, today));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > command.filter.limit && last ? encodeKeysetCursor([last.publishedAt!.toISOString(), last.id]) : null };
  }
}
