import type { EntityManager } from 'typeorm';
import { type CompositionMember, compositionWarnings } from '../../domain/composition.js';
import type { MembershipRole } from '../../domain/membership.js';
import type { OrganizationType } from '../../domain/organization.js';

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * For each consortium, whether its composition breaks the advisory rules on `date`, and since
 * when without interruption: the first day of the unbroken stretch of warnings ending on `date`,
 * at the earliest the day it was established (nothing is judged before).
 * Composition only changes on the days memberships start or end, so the stretch is found by
 * checking the members just before each such day, walking back; one query loads every membership.
 */
export async function compositionBrokenSince(
  manager: EntityManager,
  consortiumIds: readonly string[],
  date: string,
): Promise<Map<string, { since: string; warnings: string[] }>> {
  const rows: { consortium_id: string; type: OrganizationType; role: MembershipRole; is_lead: boolean; valid_from: string; valid_to: string | null }[] =
    await manager.query(
      `SELECT m.consortium_id, o.type, m.role, m.is_lead, m.valid_from::text, m.valid_to::text
       FROM membership m JOIN organization o ON o.id = m.organization_id
      WHERE m.consortium_id = ANY($1) AND m.valid_from <= $2::date`,
      [consortiumIds, date],
    );
  const established = new Map(
    (await manager.query<{ id: string; established_on: string }[]>(`SELECT id, established_on::text FROM consortium WHERE id = ANY($1)`, [consortiumIds])).map(
      (c) => [c.id, c.established_on],
    ),
  );
  const byConsortium = new Map<string, typeof rows>();
  for (const r of rows) byConsortium.set(r.consortium_id, [...(byConsortium.get(r.consortium_id) ?? []), r]);
  const result = new Map<string, { since: string; warnings: string[] }>();
  for (const id of consortiumIds) {
    // Composition is judged from the day the consortium was established.
    const since0 = established.get(id);
    if (!since0 || date < since0) continue;
    const memberships = byConsortium.get(id) ?? [];
    const on = (day: string): CompositionMember[] =>
      memberships
        .filter((m) => m.valid_from <= day && (m.valid_to === null || m.valid_to > day))
        .map((m) => ({ organizationType: m.type, role: m.role, isLead: m.is_lead }));
    const warnings = compositionWarnings(on(date)).map((w) => w.code);
    if (warnings.length === 0) continue;
    const changes = [...new Set(memberships.flatMap((m) => [m.valid_from, m.valid_to]).filter((d): d is string => d !== null && d > since0 && d <= date))]
      .sort()
      .reverse();
    let since = since0;
    for (const change of changes) {
      if (compositionWarnings(on(dayBefore(change))).length === 0) {
        since = change;
        break;
      }
    }
    result.set(id, { since, warnings });
  }
  return result;
}
