import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '#platform';
import { IdempotencyStore } from './application/idempotency/idempotency-store.js';
import { ReadChangesQuery } from './application/read-changes/read-changes.query.js';
import { WebhookSubscriptionsUseCases } from './application/webhooks/webhooks.use-cases.js';
import { ChangesController } from './http/changes.controller.js';
import { IdempotencyInterceptor } from './http/idempotency.interceptor.js';
import { IdempotentPosts } from './http/idempotent-posts.js';
import { WebhooksController } from './http/webhooks.controller.js';
import { IdempotencyKeyEntity } from './persistence/idempotency-key.entity.js';
import { WEBHOOK_ENTITIES } from './persistence/webhook.entity.js';

/** Integration with district systems (DESIGN §6): change feed, webhooks, idempotent writes. */
@Module({
  imports: [OutboxModule, DiscoveryModule, TypeOrmModule.forFeature([...WEBHOOK_ENTITIES, IdempotencyKeyEntity])],
  controllers: [ChangesController, WebhooksController],
  providers: [ReadChangesQuery, WebhookSubscriptionsUseCases, IdempotencyStore, IdempotencyInterceptor, IdempotentPosts],
})
export class IntegrationModule {}
