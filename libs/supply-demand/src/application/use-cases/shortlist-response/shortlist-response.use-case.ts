import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import { type ResponseChangedV1, ResponseShortlisted } from '../../../contracts/index.js';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { type ResponseRecord, SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { assertAllows, ownDemand } from '../../supply-demand.support.js';
import type { ShortlistResponseCommand } from './shortlist-response.command.js';

/** The publisher shortlists a response; the first shortlisting takes the demand into docking (IN_DOCKING). Shortlisting twice is a no-op. */
@Injectable()
export class ShortlistResponseUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(command: ShortlistResponseCommand): Promise<ResponseRecord> {
    return this.dataSource.transaction(async (m) => {
      const d = await ownDemand(m, this.repository, command.scope, command.demandId);
      const [response] = await this.repository.responses(m, d.id, command.responseId);
      if (!response) throw supplyDemandError('RESPONSE_NOT_FOUND', 'responseId');
      if (response.status === 'SHORTLISTED') return response;
      assertAllows('shortlist', d);
      await this.repository.shortlist(m, response.id);
      if (d.status === 'PUBLISHED') await this.repository.setDemandStatus(m, d.id, 'IN_DOCKING');
      const payload: ResponseChangedV1 = { v: 1, id: response.id, demandId: d.id, organizationId: response.organizationId, status: 'SHORTLISTED' };
      await this.outbox.publish(m, ResponseShortlisted.of(d.id, payload, d.districtCodes));
      await this.audit.record(m, {
        action: 'supply-demand.response.shortlist',
        entityType: 'sd-response',
        entityId: response.id,
        before: { status: response.status },
        after: { status: 'SHORTLISTED' },
        actor: command.actor,
      });
      return (await this.repository.responses(m, d.id, response.id))[0];
    });
  }
}
