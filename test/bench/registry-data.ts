/**
 * The registry at scale, generated in SQL: organizations with real-looking names in ten districts,
 * consortia of district 500118 with their periods (some warned or delisted), and membership
 * history (about 60 % of the intervals open, the rest closed at a later date). Used by
 * `bench:registry` (100,000 / 2,000 / 500) and `bench:district`.
 */
import type { DataSource } from 'typeorm';

export interface RegistrySize {
  organizations: number;
  consortia: number;
  rowsPerConsortium: number;
}

export async function generateRegistry(ds: DataSource, size: RegistrySize): Promise<{ organizations: number; memberships: number; seconds: number }> {
  const t0 = Date.now();
  await ds.query(`INSERT INTO industry_cluster (code, name, category) VALUES ('BENCH', '基准测试集群', 'OTHER')`);
  // Names built from real-looking parts so that trigram search has realistic selectivity.
  await ds.query(
    `INSERT INTO organization (uscc, name, type, district_code)
     SELECT 'BENCH' || lpad(i::text, 13, '0'),
            (ARRAY['永川','江津','璧山','合川','万州','涪陵','渝北','巴南','长寿','綦江'])[1 + i % 10]
              || (ARRAY['智能','电子','汽车','材料','数字','生物','精密','绿色','现代','新能源'])[1 + (i / 10) % 10]
              || (ARRAY['科技有限公司','职业技术学院','产业园','研究院','制造有限公司','职业教育中心'])[1 + (i / 100) % 6]
              || i::text,
            (ARRAY['ENTERPRISE','SCHOOL','PARK','RESEARCH_INSTITUTE','ENTERPRISE','SCHOOL'])[1 + (i / 100) % 6],
            (ARRAY['500118','500116','500120','500117','500101','500102','500112','500113','500115','500110'])[1 + i % 10]
       FROM generate_series(1, $1) AS i`,
    [size.organizations],
  );
  await ds.query(
    `INSERT INTO consortium (name, kind, district_codes, cluster_id, established_on)
     SELECT '基准联合体' || lpad(i::text, 5, '0'), 'CITY', ARRAY['500118'], (SELECT id FROM industry_cluster WHERE code = 'BENCH'), DATE '2023-01-01'
       FROM generate_series(1, $1) AS i`,
    [size.consortia],
  );
  await ds.query(
    `INSERT INTO consortium_period (consortium_id, status, tier, valid_from, valid_to)
     SELECT id, 'PREPARING', 'PARK_LED', DATE '2023-01-01', DATE '2023-06-01' FROM consortium WHERE name LIKE '基准联合体%'
     UNION ALL SELECT id, 'ACTIVE', 'PARK_LED', DATE '2023-06-01', CASE WHEN random() < 0.2 THEN DATE '2025-06-01' END FROM consortium WHERE name LIKE '基准联合体%'`,
  );
  await ds.query(
    `INSERT INTO consortium_period (consortium_id, status, tier, valid_from)
     SELECT p.consortium_id, CASE WHEN random() < 0.5 THEN 'WARNED' ELSE 'DELISTED' END, 'PARK_LED', DATE '2025-06-01'
       FROM consortium_period p JOIN consortium c ON c.id = p.consortium_id
      WHERE c.name LIKE '基准联合体%' AND p.status = 'ACTIVE' AND p.valid_to IS NOT NULL`,
  );
  // Per consortium: organizations k*… distinct; intervals: 60 % open, 40 % closed at a random later date.
  await ds.query(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM consortium WHERE name LIKE '基准联合体%'),
          o AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organization WHERE uscc LIKE 'BENCH%')
     INSERT INTO membership (consortium_id, organization_id, role, valid_from, valid_to, end_reason)
     SELECT c.id, o.id, 'MEMBER',
            DATE '2023-06-01' + ((k * 7 + c.n) % 700)::int,
            CASE WHEN k % 5 < 2 THEN DATE '2023-06-01' + ((k * 7 + c.n) % 700)::int + 30 + (k % 300) END,
            CASE WHEN k % 5 < 2 THEN 'VOLUNTARY' END
       FROM c CROSS JOIN generate_series(1, $1) AS k
       JOIN o ON o.n = 1 + ((c.n * 997 + k * 131) % $2)`,
    [size.rowsPerConsortium, size.organizations],
  );
  // Settle the bulk load before anything is measured, as a database in service would be: VACUUM
  // sets the visibility map and hint bits (otherwise the first reads of each page write it) and
  // the checkpoint flushes the dirty pages now rather than under the measured requests.
  await ds.query('VACUUM (ANALYZE)');
  await ds.query('CHECKPOINT');
  const [{ organizations, memberships }] = await ds.query(
    `SELECT (SELECT count(*) FROM organization)::int AS organizations, (SELECT count(*) FROM membership)::int AS memberships`,
  );
  return { organizations, memberships, seconds: (Date.now() - t0) / 1000 };
}
