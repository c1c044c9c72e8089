import { Module } from '@nestjs/common';
import { OutboxModule } from '#platform';
import { ReadChangesQuery } from './application/read-changes/read-changes.query.js';
import { ChangesController } from './http/changes.controller.js';

/** Integration with district systems (DESIGN §6): change feed, webhooks, idempotent writes. */
@Module({
  imports: [OutboxModule],
  controllers: [ChangesController],
  providers: [ReadChangesQuery],
})
export class IntegrationModule {}
