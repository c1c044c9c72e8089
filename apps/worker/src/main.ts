import { claimQueuePrefix, ConfigurationError, databaseOf, exitIfShutdownHangs, validateEnvironment } from '#platform';
import { createWorkerApp } from './create-worker-app.js';

async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  // A stop signal closes gracefully, but never for longer than SHUTDOWN_TIMEOUT_MS.
  exitIfShutdownHangs(env.SHUTDOWN_TIMEOUT_MS);
  // Refuses a queue prefix that another database's processes use on this Redis (they would take each other's jobs).
  await claimQueuePrefix(env, env.QUEUE_PREFIX, databaseOf(env.DATABASE_URL));
  await createWorkerApp(env);
  // Started by `npm start` (scripts/start-local.ts), which waits for this to print where everything is.
  if (process.send) {
    process.send({ ready: 'worker' });
    process.channel?.unref();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) console.error(error.message);
  else console.error(`worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
