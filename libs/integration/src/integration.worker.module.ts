import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { contractProviders, OutboxModule, OutboxWorkerModule } from '#platform';
import { IntegrationContracts } from './contracts/index.js';
import { WebhookAttemptHandler, WebhookFanOut } from './jobs/webhook-delivery.handlers.js';
import { WEBHOOK_ENTITIES } from './persistence/webhook.entity.js';

/** Webhook deliveries on the `webhooks` queue, run by the worker app. */
@Module({
  imports: [OutboxModule, OutboxWorkerModule, TypeOrmModule.forFeature(WEBHOOK_ENTITIES)],
  providers: [...contractProviders(IntegrationContracts), WebhookFanOut, WebhookAttemptHandler],
})
export class IntegrationWorkerModule {}
