import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../queue/queue.module.js';
import { EventHandlerRegistry } from './event-handler.registry.js';
import { EventJobRunner } from './event-job.processor.js';
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

/**
 * Relaying events to BullMQ and running their handlers: the worker app only. Global, so the
 * queue processors each context's worker module declares (`contractProviders`) reach the runner.
 */
@Global()
@Module({
  imports: [DiscoveryModule, QueueModule.forRoot('worker')],
  providers: [EventHandlerRegistry, EventJobRunner, OutboxRelay],
  exports: [EventHandlerRegistry, EventJobRunner, OutboxRelay],
})
export class OutboxWorkerModule {}
