import { createHash } from 'node:crypto';
import { hashPassword } from '#identity';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_USERS } from './demo-users.js';
import { INDUSTRY_CLUSTERS } from './industry-clusters.js';
import { computeRoundResults, quarterOf, RoundEntity, RoundResultEntity } from '#evaluation';
import { ConsortiumLookup, DISTRICTS, makeUscc, quarterOfDate, shiftQuarter, snapshotOfficialList, USCC_CHARSET } from '#registry';
import { DEMO_INDICATOR_SOURCES, DEMO_ROUNDS, DEMO_SCHEME } from './demo-scheme.js';
import { importTaskListIn } from '#ledger';
import { seedSupplyDemandIn } from '#supply-demand';
import { DEMO_PROGRAMS, demoDemands } from './supply-demand-demo-data.js';
import { DEMO_LEDGER_YEAR, SCHOOL_LIST_NAME, SCHOOL_TASKS, taskListWorkbook, YONGCHUAN, YONGCHUAN_LIST_NAME, YONGCHUAN_TASKS } from './ledger-demo-data.js';
import { DEMO_CONSORTIA, DEMO_ORGANIZATIONS, type DemoConsortium, type DemoOrganization } from './registry-demo-data.js';
import { seedDirectories } from './directory-demo-data.js';

/**
 * A demo USCC (统一社会信用代码) for a demo organization: valid by GB 32100-2015's rules, but
 * generated (the real codes are not in the documents). Deterministic, so re-seeding gives the same.
 */
export function demoUscc(org: DemoOrganization): string {
  const [authority, category] =
    org.type === 'ENTERPRISE'
      ? ['9', '1']
      : org.type === 'INDUSTRY_ASSOCIATION'
        ? ['5', '1']
        : org.type === 'OTHER'
          ? ['Y', '1']
          : org.type === 'SCHOOL'
            ? ['1', '2']
            : ['1', '1'];
  const digest = createHash('sha256').update(`demo:${org.key}`).digest();
  const body = [...digest.subarray(0, 8)].map((b) => USCC_CHARSET[b % USCC_CHARSET.length]).join('');
  return makeUscc(authority, category, org.districtCode, body);
}

const dayBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The counts the source documents give (seeds/001: 36 = 1 national, 3 municipal, 21 park-led, 11 industry-led). */
export const DOCUMENTED_COUNTS = { PARK_LED: 21, INDUSTRY_LED: 11 } as const;

/**
 * Demo consortia that fill the registry up to the documented counts: the documents give the
 * numbers but not the names, so these are named after a district (park-led) or an industry
 * cluster (industry-led) and marked （演示）. Members rotate through the demo organizations.
 */
export function fillerConsortia(): DemoConsortium[] {
  const byType = (type: DemoOrganization['type']) => DEMO_ORGANIZATIONS.filter((o) => o.type === type);
  const [parks, schools, firms] = [byType('PARK').concat(byType('GOVERNMENT_AGENCY')), byType('SCHOOL'), byType('ENTERPRISE')];
  const usedNames = new Set(DEMO_CONSORTIA.map((c) => c.name));
  const fillers: DemoConsortium[] = [];
  const count = (tier: DemoConsortium['tier']) => DEMO_CONSORTIA.filter((c) => c.tier === tier).length;
  const districts = DISTRICTS.filter((d) => d.province === '重庆市');
  for (let i = 0; fillers.filter((f) => f.tier === 'PARK_LED').length < DOCUMENTED_COUNTS.PARK_LED - count('PARK_LED'); i++) {
    const district = districts[i % districts.length];
    const name = `${district.name}产业园区产教联合体（演示）`;
    if (usedNames.has(name)) continue;
    const lead = parks[i % parks.length];
    fillers.push(
      filler(
        `demo-park-${district.code}`,
        name,
        'PARK_LED',
        district.code,
        null,
        lead,
        schools[i % schools.length],
        firms[i % firms.length],
        firms[(i + 3) % firms.length],
      ),
    );
  }
  for (let i = 0; fillers.filter((f) => f.tier === 'INDUSTRY_LED').length < DOCUMENTED_COUNTS.INDUSTRY_LED - count('INDUSTRY_LED'); i++) {
    const cluster = INDUSTRY_CLUSTERS[i % INDUSTRY_CLUSTERS.length];
    const name = `${cluster.name}行业产教联合体（演示）${i >= INDUSTRY_CLUSTERS.length ? String(Math.floor(i / INDUSTRY_CLUSTERS.length) + 1) : ''}`;
    const lead = firms[i % firms.length];
    fillers.push(
      filler(
        `demo-industry-${i}`,
        name,
        'INDUSTRY_LED',
        lead.districtCode,
        cluster.code,
        lead,
        schools[(i + 5) % schools.length],
        parks[(i + 2) % parks.length],
        firms[(i + 1) % firms.length],
      ),
    );
  }
  return fillers;
}

function filler(
  key: string,
  name: string,
  tier: DemoConsortium['tier'],
  district: string,
  clusterCode: string | null,
  lead: DemoOrganization,
  ...others: DemoOrganization[]
): DemoConsortium {
  const members: DemoConsortium['members'][number][] = [{ orgKey: lead.key, role: 'COUNCIL_CHAIR', joined: '2024-03-01' }];
  for (const [i, o] of others.entries()) {
    if (!members.some((m) => m.orgKey === o.key))
      members.push({ orgKey: o.key, role: i === 0 ? ('COUNCIL_VICE_CHAIR' as const) : ('COUNCIL_MEMBER' as const), joined: '2024-03-01' });
  }
  return {
    key,
    name,
    tier,
    kind: 'CITY',
    districtCodes: [district],
    clusterCode,
    leadKey: lead.key,
    members,
    source: 'demo filler up to the documented counts',
  };
}

async function seedRegistry(manager: EntityManager): Promise<Map<string, string>> {
  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGANIZATIONS) {
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO organization (uscc, name, type, district_code, school_level, is_above_scale, is_key_park) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        demoUscc(org),
        org.name,
        org.type,
        org.districtCode,
        org.type === 'SCHOOL' ? (org.schoolLevel ?? null) : null,
        org.type === 'ENTERPRISE' && (org.aboveScale ?? false),
        org.type === 'PARK' && (org.keyPark ?? false),
      ],
    );
    await manager.query(`INSERT INTO organization_name (organization_id, name, valid_from) VALUES ($1, $2, now())`, [id, org.name]);
    orgIds.set(org.key, id);
  }
  for (const c of [...DEMO_CONSORTIA, ...fillerConsortia()]) {
    const entered = c.members.map((m) => m.joined).sort()[0];
    const established = dayBefore(entered, 30);
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO consortium (name, kind, district_codes, cluster_id, established_on)
       VALUES ($1, $2, $3, (SELECT id FROM industry_cluster WHERE code = $4), $5) RETURNING id`,
      [c.name, c.kind, c.districtCodes, c.clusterCode, established],
    );
    const [{ id: decisionId }] = await manager.query<{ id: string }[]>(
      `INSERT INTO consortium_decision (consortium_id, from_status, to_status, from_tier, to_tier, effective_on, reason, decided_by)
       VALUES ($1, 'PREPARING', 'ACTIVE', $2, $2, $3, '演示数据：入册', 'system:seed') RETURNING id`,
      [id, c.tier, entered],
    );
    await manager.query(`INSERT INTO consortium_period (consortium_id, status, tier, valid_from, valid_to) VALUES ($1, 'PREPARING', $2, $3, $4)`, [
      id,
      c.tier,
      established,
      entered,
    ]);
    await manager.query(`INSERT INTO consortium_period (consortium_id, status, tier, valid_from, decision_id) VALUES ($1, 'ACTIVE', $2, $3, $4)`, [
      id,
      c.tier,
      entered,
      decisionId,
    ]);
    for (const m of c.members) {
      await manager.query(`INSERT INTO membership (consortium_id, organization_id, role, is_lead, valid_from) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        orgIds.get(m.orgKey),
        m.role,
        m.orgKey === c.leadKey,
        m.joined,
      ]);
    }
  }
  return orgIds;
}

/** A seeded generator (mulberry32) per name: the same demo answers on every load. */
function seededRandom(key: string): () => number {
  let state = createHash('sha256').update(key).digest().readUInt32BE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVEL_OF_TIER: Record<string, 'L1' | 'L2' | 'L3'> = { NATIONAL: 'L1', MUNICIPAL: 'L2' };

/** The last quarter with demo participation: the latest closed demo round. */
export const LAST_DEMO_QUARTER = '2026Q3';

/** Share of member units (never a lead or a council chair) that stopped taking part: each one an exit proposal (DESIGN §4 rule 7). */
const IDLE_SHARE = 0.04;

/**
 * Whether a demo member unit stopped taking part in its consortium's work: drawn per membership
 * (seeded), never the lead or the council chair.
 */
export function idleDemoMember(consortiumName: string, organizationName: string, role: string, isLead: boolean): boolean {
  if (isLead || role === 'COUNCIL_CHAIR') return false;
  return seededRandom(`demo-idle:${consortiumName}/${organizationName}`)() < IDLE_SHARE;
}

const PARTICIPATION_REFS = [
  ['EVIDENCE', (q: string) => `${q}考卷佐证材料（演示）`],
  ['DEMAND_RESPONSE', (q: string) => `${q}供需对接响应（演示）`],
  ['OTHER', (q: string) => `${q}理事会会议出席（演示）`],
] as const;

/**
 * 参与记录 for the demo: a member unit takes part in most quarters since it joined (named in the
 * evidence of an answer sheet, answering a demand, at a council meeting), always in one of the last
 * two, so no working member looks idle; the few `idleDemoMember`s took part in their first two
 * quarters and then stopped. Returns the number of facts.
 */
async function seedParticipation(manager: EntityManager): Promise<number> {
  const members: {
    consortium_id: string;
    consortium: string;
    organization_id: string;
    organization: string;
    role: string;
    is_lead: boolean;
    joined: string;
  }[] = await manager.query(
    `SELECT m.consortium_id, c.name AS consortium, m.organization_id, o.name AS organization, m.role, m.is_lead, to_char(m.valid_from, 'YYYY-MM-DD') AS joined
       FROM membership m JOIN consortium c ON c.id = m.consortium_id JOIN organization o ON o.id = m.organization_id
      WHERE m.valid_to IS NULL ORDER BY c.name, o.name`,
  );
  let facts = 0;
  for (const m of members) {
    const random = seededRandom(`demo-participation:${m.consortium}/${m.organization}`);
    const idle = idleDemoMember(m.consortium, m.organization, m.role, m.is_lead);
    const first = quarterOfDate(m.joined);
    const quarters: string[] = [];
    for (let q = first; q <= LAST_DEMO_QUARTER; q = shiftQuarter(q, 1)) quarters.push(q);
    const recent = quarters.length > 1 && random() < 0.5 ? quarters.length - 2 : quarters.length - 1;
    for (const [i, quarter] of quarters.entries()) {
      const took = idle ? i < 2 : i === recent || random() < 0.7;
      if (!took) continue;
      const [source, ref] = PARTICIPATION_REFS[Math.floor(random() * PARTICIPATION_REFS.length)];
      await manager.query(
        `INSERT INTO participation_fact (consortium_id, organization_id, quarter, source, ref, recorded_by) VALUES ($1, $2, $3, $4, $5, 'system:seed')`,
        [m.consortium_id, m.organization_id, quarter, source, ref(quarter)],
      );
      facts += 1;
    }
  }
  return facts;
}

/**
 * A consortium's demo answers for every indicator of its level, quarter by quarter (index 0, 1, …
 * of the closed rounds). Each indicator has a place between its 2020 baseline (scaled to the
 * level; where seeds/002 has none, 40 % of the target) and a little past its target, drawn once per
 * consortium, and moves a little towards the target each quarter; counts are whole numbers and
 * never fall. Growth rates are drawn each quarter, about a quarter of them negative.
 */
export function demoAnswers(consortiumName: string, tier: string, rounds: number): Record<string, number | boolean>[] {
  const level = LEVEL_OF_TIER[tier] ?? 'L3';
  const random = seededRandom(`demo-answers:${consortiumName}`);
  const sheets: Record<string, number | boolean>[] = Array.from({ length: rounds }, () => ({}));
  for (const source of DEMO_INDICATOR_SOURCES) {
    const target = source.targets[level];
    if (target === undefined) continue;
    const place = random();
    for (let r = 0; r < rounds; r++) {
      const noise = random();
      if (source.valueType === 'BOOLEAN') {
        sheets[r][source.code] = place > 0.25 - r * 0.05;
        continue;
      }
      if (source.growth) {
        sheets[r][source.code] = Math.round((-8 + 30 * noise) * 10) / 10;
        continue;
      }
      const baseline =
        source.baseline2020 === null ? target * 0.4 : source.direction === 'cost' ? source.baseline2020 : (source.baseline2020 * target) / source.target2025!;
      const progress = 0.3 + 0.85 * place + 0.06 * r;
      const raw = baseline + (target - baseline) * progress;
      const value =
        source.valueType === 'INTEGER'
          ? Math.round(raw)
          : source.valueType === 'PERCENT'
            ? Math.min(100, Math.round(raw * 10) / 10)
            : Math.round(raw * 10) / 10;
      sheets[r][source.code] = Math.max(0, value);
    }
  }
  return sheets;
}

/**
 * The demo scheme, two past rounds with an accepted answer sheet per consortium on the list
 * (`demoAnswers`: every indicator of its level, a little better in the later quarter), and the
 * current round open for the demo secretariat to fill in.
 */
async function seedEvaluation(manager: EntityManager): Promise<number> {
  const [{ id: schemeId }] = await manager.query<{ id: string }[]>(
    `INSERT INTO evaluation_scheme (code, version, name, definition, created_by, used_at) VALUES ($1, 1, $2, $3, 'system:seed', now()) RETURNING id`,
    [DEMO_SCHEME.code, DEMO_SCHEME.name, DEMO_SCHEME.definition],
  );
  const consortia: { id: string; name: string; tier: string }[] = await manager.query(
    `SELECT c.id, c.name, p.tier FROM consortium c JOIN consortium_period p ON p.consortium_id = c.id AND p.valid_to IS NULL WHERE p.status = 'ACTIVE' ORDER BY c.name`,
  );
  const closed = DEMO_ROUNDS.filter((r) => r.status === 'CLOSED').length;
  const answers = new Map(consortia.map((c) => [c.id, demoAnswers(c.name, c.tier, closed)]));
  let sheets = 0;
  for (const [r, round] of DEMO_ROUNDS.entries()) {
    const quarter = quarterOf(round.code)!;
    const [{ id: roundId }] = await manager.query<{ id: string }[]>(
      `INSERT INTO evaluation_round (code, scheme_id, status, period_start, period_end, deadline) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [round.code, schemeId, round.status, quarter.start, quarter.end, round.deadline],
    );
    if (round.status !== 'CLOSED') continue;
    for (const c of consortia) {
      await manager.query(
        `INSERT INTO answer_sheet (round_id, consortium_id, status, answers, comments, submitted_at, decided_at) VALUES ($1, $2, 'ACCEPTED', $3, '[]', $4, $4)`,
        [roundId, c.id, answers.get(c.id)![r], round.deadline],
      );
      sheets += 1;
    }
  }
  return sheets;
}

/**
 * Scores the past demo rounds, oldest first (so the later one counts improvement), with the
 * scoring the worker runs, and publishes revision 1 of each: a new user sees a published ranking
 * (晾晒) at once. Written as the scoring job and the publication would leave them.
 */
async function publishPastRounds(manager: EntityManager, consortia: ConsortiumLookup): Promise<void> {
  for (const { code } of DEMO_ROUNDS.filter((r) => r.status === 'CLOSED')) {
    const round = (await manager.findOne(RoundEntity, { where: { code } }))!;
    const { rows, digest } = await computeRoundResults(manager, round, 1, await consortia.listedOn(round.periodEnd, manager));
    await manager.query(
      `INSERT INTO round_scoring (round_id, revision, status, phase, percent, digest, reason, finished_at, published_at, published_by)
       VALUES ($1, 1, 'DONE', 'done', 100, $2, NULL, now(), now(), 'system:demo-data')`,
      [round.id, digest],
    );
    await manager.insert(RoundResultEntity, rows);
    await manager.update(RoundEntity, { id: round.id }, { status: 'PUBLISHED', revision: 1 });
    // Published without the outbox event, so the list snapshot the worker would take is taken here.
    await snapshotOfficialList(manager, consortia, { id: round.id, code, revision: 1 });
  }
}

export interface DemoDataOptions {
  /**
   * `PUBLISHED` (the default, what `npm start` loads): the two past rounds scored and published.
   * `CLOSED`: closed with their answers and not yet scored, as a fixture for scoring them.
   */
  pastRounds?: 'PUBLISHED' | 'CLOSED';
}

/**
 * Loads the demo data into an empty database, in one transaction: the industry-cluster
 * dictionary, the demo registry (names from the source documents; codes, dates, roles demo), the
 * demo evaluation scheme and rounds, and the demo accounts. "Empty" means no industry cluster yet, so running it again (or on a
 * database in use) changes nothing. Returns whether it loaded anything.
 */
export async function seedDemoData(dataSource: DataSource, { pastRounds = 'PUBLISHED' }: DemoDataOptions = {}): Promise<boolean> {
  const hashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent seeders (several replicas starting at once).
    await manager.query(`SELECT pg_advisory_xact_lock(7310002002)`);
    const [{ n }] = await manager.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM industry_cluster`);
    if (n > 0) return false;
    for (const cluster of INDUSTRY_CLUSTERS) {
      await manager.query(`INSERT INTO industry_cluster (code, name, category) VALUES ($1, $2, $3)`, [cluster.code, cluster.name, cluster.category]);
    }
    const orgIds = await seedRegistry(manager);
    await seedDirectories(manager, demoUscc);
    const participationFacts = await seedParticipation(manager);
    const answerSheets = await seedEvaluation(manager);
    if (pastRounds === 'PUBLISHED') await publishPastRounds(manager, new ConsortiumLookup(dataSource));
    const consortiumIdOf = async (key: string) =>
      (await manager.query<{ id: string }[]>(`SELECT id FROM consortium WHERE name = $1`, [DEMO_CONSORTIA.find((c) => c.key === key)!.name]))[0].id;
    for (const [i, user] of DEMO_USERS.entries()) {
      const [{ id }] = await manager.query<{ id: string }[]>(`INSERT INTO app_user (username, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
        user.username,
        user.displayName,
        hashes[i],
      ]);
      const consortiumId = 'consortiumKey' in user ? await consortiumIdOf(user.consortiumKey) : null;
      const organizationId = 'organizationKey' in user ? orgIds.get(user.organizationKey)! : null;
      await manager.query(`INSERT INTO user_role_binding (user_id, role, consortium_id, organization_id) VALUES ($1, $2, $3, $4)`, [
        id,
        user.role,
        consortiumId,
        organizationId,
      ]);
    }
    // The two task lists of seeds/002 as the 2026 demo ledger of 永川区, through the ledger's own import.
    for (const [listName, tasks] of [
      [YONGCHUAN_LIST_NAME, YONGCHUAN_TASKS],
      [SCHOOL_LIST_NAME, SCHOOL_TASKS],
    ] as const) {
      await importTaskListIn(dataSource, manager, await taskListWorkbook(tasks), { year: DEMO_LEDGER_YEAR, listName, districtCode: YONGCHUAN });
    }
    // 供需对接: programs of the demo schools and one published demand of each kind (matched when the worker runs).
    const communityId = (await manager.query<{ id: string }[]>(`SELECT id FROM consortium WHERE kind = 'INDUSTRY_COMMUNITY' ORDER BY name LIMIT 1`))[0].id;
    await seedSupplyDemandIn(dataSource, manager, {
      programs: DEMO_PROGRAMS.map((p) => ({ organizationId: orgIds.get(p.orgKey)!, program: p.program })),
      demands: demoDemands(orgIds, communityId),
    });
    await manager.query(
      `INSERT INTO audit_event (actor_type, actor_id, actor_name, action, entity_type, entity_id, before, after)
       VALUES ('system', 'seed', 'demo data', 'system.demo-data.load', 'database', NULL, NULL, $1)`,
      [
        {
          industryClusters: INDUSTRY_CLUSTERS.length,
          organizations: DEMO_ORGANIZATIONS.length,
          consortia: DEMO_CONSORTIA.length + fillerConsortia().length,
          rounds: DEMO_ROUNDS.length,
          answerSheets,
          participationFacts,
          users: DEMO_USERS.map((u) => u.username),
        },
      ],
    );
    return true;
  });
}
