import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../queue/queue.module.js';
import { EventHandlerRegistry } from './event-handler.registry.js';
import {
  EvaluationQueueProcessor,
  EventJobRunner,
  ImportsQueueProcessor,
  SupplyDemandQueueProcessor,
  WebhooksQueueProcessor,
} from './event-job.processor.js';
import { OutboxEventEntity } from './outbox-event.entity.js';
import { OutboxPublisher } from './outbox.publisher.js';
import { OutboxRelay } from './outbox.relay.js';

/** Writing events: every app that changes data imports this. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEventEntity])],
  providers: [OutboxPublisher],
  exports: [OutboxPublisher],
})
export class OutboxModule {}

/** Relaying events to BullMQ and running their handlers: the worker app only. */
@Module({
  imports: [DiscoveryModule, QueueModule.forRoot('worker')],
  providers: [
    EventHandlerRegistry,
    EventJobRunner,
    OutboxRelay,
    EvaluationQueueProcessor,
    WebhooksQueueProcessor,
    ImportsQueueProcessor,
    SupplyDemandQueueProcessor,
  ],
  exports: [EventHandlerRegistry, OutboxRelay],
})
export class OutboxWorkerModule {}
