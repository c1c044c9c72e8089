import type { EntityManager } from 'typeorm';

/**
 * The districts an event about an organization in a consortium (a membership, an application)
 * concerns: the organization's district and the consortium's districts. The same a district
 * system may read by REST: the members of a consortium covering its district
 * (`GET /consortia/{id}/members`) and the consortia of an organization of its district
 * (`GET /organizations/{id}/consortia`).
 */
export async function districtsConcerned(manager: EntityManager, consortiumId: string, organizationId: string): Promise<string[]> {
  const [row]: { codes: string[] }[] = await manager.query(
    `SELECT ARRAY(SELECT DISTINCT d FROM unnest(c.district_codes || o.district_code) AS d ORDER BY d) AS codes
       FROM consortium c, organization o
      WHERE c.id = $1 AND o.id = $2`,
    [consortiumId, organizationId],
  );
  return row?.codes ?? [];
}
