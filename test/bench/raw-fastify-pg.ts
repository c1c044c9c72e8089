/**
 * The baseline of `npm run bench:http`: plain Fastify and `pg`, doing exactly what
 * GET /api/v1/industry-clusters does (same query, same JSON), with nothing else.
 */
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const app = Fastify({ logger: false });

app.get('/api/v1/industry-clusters', async () => {
  const { rows } = await pool.query('SELECT id, code, name, category, created_at FROM industry_cluster ORDER BY code ASC');
  return {
    items: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, category: r.category, createdAt: r.created_at.toISOString() })),
  };
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0)),
);
