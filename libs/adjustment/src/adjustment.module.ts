import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '#platform';
import { RegistryModule } from '#registry';
import { ProposalsUseCases } from './application/proposals.use-cases.js';
import { AdjustmentController } from './http/adjustment.controller.js';
import { ADJUSTMENT_ENTITIES } from './persistence/adjustment.entities.js';

/** 有进有出、动态调整 (DESIGN §4): decisions go through the registry's exported use cases. */
@Module({
  imports: [TypeOrmModule.forFeature(ADJUSTMENT_ENTITIES), OutboxModule, RegistryModule],
  controllers: [AdjustmentController],
  providers: [ProposalsUseCases],
})
export class AdjustmentModule {}
