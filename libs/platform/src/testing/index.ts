/** Test helpers (real PostgreSQL and Redis, isolated per test file). Never imported by production code. */
export { createTestDatabase, databaseUrl, migrateDatabase, prepareTemplateDatabase, TEST_SERVER_URL, type TestDatabase } from './test-database.js';
export { PostgresServer } from './postgres-server.js';
export { freePort, RedisServer } from './redis-server.js';
export { TcpProxy } from './tcp-proxy.js';
export { testEnvironment } from './test-environment.js';
export { waitFor } from './wait-for.js';
