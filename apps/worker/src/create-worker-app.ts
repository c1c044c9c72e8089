import 'reflect-metadata';
import type { INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { Environment } from '#platform';
import { WorkerModule } from './worker.module.js';

/** Builds the worker as production runs it; tests may add modules holding extra handlers. */
export async function createWorkerApp(env: Environment, extra: ModuleMetadata['imports'] = []): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env, extra), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // Started, and a SIGTERM from now on closes it gracefully (the start-up test waits for this line).
  app.get(Logger).log('worker started', 'Worker');
  return app;
}
