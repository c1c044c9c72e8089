import { claimQueuePrefix, ConfigurationError, databaseOf, exitIfShutdownHangs, validateEnvironment } from '#platform';
import { createApiApp } from './create-api-app.js';

async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  // A stop signal closes gracefully, but never for longer than SHUTDOWN_TIMEOUT_MS.
  exitIfShutdownHangs(env.SHUTDOWN_TIMEOUT_MS);
  // Refuses a queue prefix that another database's processes use on this Redis (they would take each other's jobs).
  await claimQueuePrefix(env, env.QUEUE_PREFIX, databaseOf(env.DATABASE_URL));
  const app = await createApiApp(env);
  await app.listen({ port: env.PORT, host: env.HOST });
  // Started by `npm start` (scripts/start-local.ts), which waits for this to print where everything is.
  if (process.send) {
    process.send({ ready: 'api' });
    process.channel?.unref();
  }
}

main().catch((error: unknown) => {
  // One line, naming the problem; details of unexpected failures go to stderr as well.
  if (error instanceof ConfigurationError) console.error(error.message);
  else console.error(`api failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
