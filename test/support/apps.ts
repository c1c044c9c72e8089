import type { INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Environment } from '#platform';
import { createApiApp } from '../../apps/api/src/create-api-app.js';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app.js';
import { checkResponsesAgainstContract } from './contract.js';

/**
 * The API exactly as `main.ts` builds it, listening on a free loopback port. (Letting supertest
 * listen instead leaves keep-alive sockets that outlive the test file; Fastify's own close ends them.)
 * Each response is checked against openapi.json; a mismatch fails the test that caused it.
 */
export async function startApi(env: Environment): Promise<NestFastifyApplication> {
  const app = await createApiApp(env, { serveDocs: false });
  checkResponsesAgainstContract(app.getHttpAdapter().getInstance());
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

/** The worker as `main.ts` builds it, plus modules holding test-only handlers. */
export async function startWorker(env: Environment, extra: ModuleMetadata['imports'] = []): Promise<INestApplicationContext> {
  const app = await createWorkerApp(env, extra);
  await app.init();
  return app;
}
