/**
 * A stop signal starts the graceful close (Nest's shutdown hooks: HTTP server, BullMQ workers, the
 * database pool); this bounds it. A close can wait for ever on an in-flight job or request held by
 * a lock, and BullMQ's `worker.close()` waits for the active job: past `timeoutMs` the process
 * exits with code 1. Nothing is lost: an open transaction is rolled back by PostgreSQL when its
 * connection goes, and the job, no longer locked, is run again by the next worker.
 */
export function exitIfShutdownHangs(timeoutMs: number, log: (message: string) => void = (m) => console.error(m)): void {
  const arm = (signal: NodeJS.Signals) => {
    // Before the application has set up its own close (still starting): stop as the signal would.
    if (process.listenerCount(signal) === 0) {
      process.kill(process.pid, signal);
      return;
    }
    const timer = setTimeout(() => {
      log(`graceful shutdown on ${signal} did not finish within ${timeoutMs} ms; exiting`);
      process.exit(1);
    }, timeoutMs);
    timer.unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
