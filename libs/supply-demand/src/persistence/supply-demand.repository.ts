import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DemandFact, FigureScope, OutcomeFact, PaymentFact, ProgramFact } from '../domain/figures.js';
import type { DemandKind, OutcomeKind, ProgramLevel, ResponseStatus, StoredDemandStatus, SupplierProfile, Visibility } from '../domain/supply-demand.js';

export interface ProgramRecord {
  id: string;
  organizationId: string;
  organizationName: string;
  code: string;
  name: string;
  level: ProgramLevel;
  year: number;
  enrolment: number;
  graduates: number;
  clusterCodes: string[];
  districtCode: string;
}

export interface CapabilityRecord {
  id: string;
  organizationId: string;
  name: string;
  description: string;
  clusterCodes: string[];
  districtCode: string;
}

export interface DemandRecord {
  id: string;
  kind: DemandKind;
  title: string;
  description: string;
  publisherOrganizationId: string | null;
  publisherOrganizationName: string | null;
  publisherConsortiumId: string | null;
  publisherConsortiumName: string | null;
  clusterCodes: string[];
  districtCodes: string[];
  programCodes: string[];
  visibility: Visibility;
  status: StoredDemandStatus;
  details: Record<string, unknown>;
  validFrom: string;
  validTo: string | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  closeReason: string | null;
  demo: boolean;
  createdAt: Date;
  version: number;
}

export interface ResponseRecord {
  id: string;
  demandId: string;
  organizationId: string;
  organizationName: string;
  message: string;
  programIds: string[];
  status: ResponseStatus;
  respondedAt: Date;
  shortlistedAt: Date | null;
}

export interface OutcomeRecord {
  id: string;
  demandId: string;
  responseId: string;
  organizationId: string;
  organizationName: string;
  kind: OutcomeKind;
  name: string;
  students: number | null;
  amount: number | null;
  occurredOn: string;
  received: number;
}

export interface PaymentRecord {
  id: string;
  outcomeId: string;
  amount: number;
  receivedOn: string;
  correctionReason: string | null;
  version: number;
}

export interface MatchRecord {
  demandId: string;
  organizationId: string;
  organizationName: string;
  score: number;
  rank: number;
  reasons: unknown[];
  matchedAt: Date;
}

export interface OrganizationRef {
  id: string;
  name: string;
  type: string;
  districtCode: string;
}

export type { FigureScope };

export interface HallFilter {
  kinds?: readonly DemandKind[];
  clusterCode?: string;
  districtCode?: string;
  q?: string;
  /** Members-only demands of these consortia are visible too; null: every one (city-wide readers). */
  memberConsortiumIds: readonly string[] | null;
  today: string;
  after?: { publishedAt: string; id: string };
  limit: number;
}

const n = (v: string | null): number | null => (v === null ? null : Number(v));

/*
 * Rows as PostgreSQL returns them through the pg driver: snake_case columns; uuid and text as string,
 * integer as number, numeric and dates cast with ::text as string, timestamptz as Date, jsonb parsed,
 * text and uuid arrays as string[].
 */

interface IdRow {
  id: string;
}

interface OrganizationRow {
  id: string;
  name: string;
  type: string;
  district_code: string;
}

interface ConsortiumRow {
  id: string;
  name: string;
  district_codes: string[];
}

interface ConsortiumIdRow {
  consortium_id: string;
}

interface CodeRow {
  code: string;
}

interface ProgramRow {
  id: string;
  organization_id: string;
  organization_name: string;
  code: string;
  name: string;
  level: ProgramLevel;
  year: number;
  enrolment: number;
  graduates: number;
  cluster_codes: string[];
  district_code: string;
}

interface DemandRow {
  id: string;
  kind: DemandKind;
  title: string;
  description: string;
  publisher_organization_id: string | null;
  publisher_organization_name: string | null;
  publisher_consortium_id: string | null;
  publisher_consortium_name: string | null;
  cluster_codes: string[];
  district_codes: string[];
  program_codes: string[];
  visibility: Visibility;
  status: StoredDemandStatus;
  /** jsonb */
  details: Record<string, unknown>;
  /** date::text */
  valid_from: string;
  /** date::text */
  valid_to: string | null;
  published_at: Date | null;
  closed_at: Date | null;
  close_reason: string | null;
  demo: boolean;
  created_at: Date;
  version: number;
}

interface CandidateRow {
  id: string;
  name: string;
  district_code: string;
  clusters: string[] | null;
  programs: string[] | null;
  /** count(*)::int */
  past: number;
}

interface MatchRow {
  demand_id: string;
  organization_id: string;
  organization_name: string;
  /** numeric::float8 */
  score: number;
  rank: number;
  /** jsonb */
  reasons: unknown[];
  matched_at: Date;
}

/** A match beside the demand it is for (the demand's columns, then the match's prefixed). */
interface DemandMatchRow extends DemandRow {
  /** numeric::float8 */
  match_score: number;
  match_rank: number;
  /** jsonb */
  match_reasons: unknown[];
  match_at: Date;
}

interface ResponseRow {
  id: string;
  demand_id: string;
  organization_id: string;
  organization_name: string;
  message: string;
  program_ids: string[];
  status: ResponseStatus;
  responded_at: Date;
  shortlisted_at: Date | null;
}

interface OutcomeRow {
  id: string;
  demand_id: string;
  response_id: string;
  organization_id: string;
  organization_name: string;
  kind: OutcomeKind;
  name: string;
  students: number | null;
  /** numeric::text */
  amount: string | null;
  /** date::text */
  occurred_on: string;
  /** numeric sum::text */
  received: string;
}

interface PaymentRow {
  id: string;
  outcome_id: string;
  /** numeric::text */
  amount: string;
  /** date::text */
  received_on: string;
  correction_reason: string | null;
  version: number;
}

interface DemandFactRow {
  id: string;
  kind: DemandKind;
  status: string;
  published_at: Date;
  first_response_at: Date | null;
}

interface OutcomeFactRow {
  id: string;
  kind: string;
  students: number | null;
  name: string;
  /** date::text */
  occurred_on: string;
  organization_name: string;
}

interface PaymentFactRow {
  id: string;
  /** numeric::text */
  amount: string;
  outcome_id: string;
  outcome_name: string;
  /** date::text */
  received_on: string;
  organization_name: string;
}

interface ProgramFactRow {
  enrolment: number;
  key: boolean;
}

const DEMAND_SELECT = `
  SELECT d.id, d.kind, d.title, d.description, d.publisher_organization_id, o.name AS publisher_organization_name,
         d.publisher_consortium_id, c.name AS publisher_consortium_name, d.cluster_codes, d.district_codes, d.program_codes,
         d.visibility, d.status, d.details, d.valid_from::text, d.valid_to::text, d.published_at, d.closed_at, d.close_reason, d.demo,
         d.created_at, d.version
    FROM sd_demand d
    LEFT JOIN organization o ON o.id = d.publisher_organization_id
    LEFT JOIN consortium c ON c.id = d.publisher_consortium_id`;

const demandOf = (r: DemandRow): DemandRecord => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  description: r.description,
  publisherOrganizationId: r.publisher_organization_id,
  publisherOrganizationName: r.publisher_organization_name,
  publisherConsortiumId: r.publisher_consortium_id,
  publisherConsortiumName: r.publisher_consortium_name,
  clusterCodes: r.cluster_codes,
  districtCodes: r.district_codes,
  programCodes: r.program_codes,
  visibility: r.visibility,
  status: r.status,
  details: r.details,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  publishedAt: r.published_at,
  closedAt: r.closed_at,
  closeReason: r.close_reason,
  demo: r.demo,
  createdAt: r.created_at,
  version: r.version,
});

/** The demand counts for a consortium: published by it, or by one of its members on the day it was published. */
const DEMAND_OF_CONSORTIUM = (d: string, p: string) => `(${d}.publisher_consortium_id = ${p} OR EXISTS (
  SELECT 1 FROM membership m WHERE m.consortium_id = ${p} AND m.organization_id = ${d}.publisher_organization_id
     AND daterange(m.valid_from, m.valid_to) @> (${d}.published_at AT TIME ZONE 'Asia/Shanghai')::date))`;

/** A fact (outcome, payment) counts for a consortium: its demand does, or its supplier was a member on the fact's date. */
const FACT_OF_CONSORTIUM = (d: string, org: string, date: string, p: string) => `(${DEMAND_OF_CONSORTIUM(d, p)} OR EXISTS (
  SELECT 1 FROM membership m WHERE m.consortium_id = ${p} AND m.organization_id = ${org} AND daterange(m.valid_from, m.valid_to) @> ${date}))`;

function demandScope(scope: FigureScope, d: string, p: string): string {
  if (scope.kind === 'CITY') return `${p}::text IS NOT NULL`;
  if (scope.kind === 'DISTRICT') return `${p} = ANY(${d}.district_codes)`;
  return DEMAND_OF_CONSORTIUM(d, `${p}::uuid`);
}

function factScope(scope: FigureScope, d: string, org: string, date: string, p: string): string {
  if (scope.kind === 'CITY') return `${p}::text IS NOT NULL`;
  if (scope.kind === 'DISTRICT') return `(${p} = ANY(${d}.district_codes) OR (SELECT district_code FROM organization WHERE id = ${org}) = ${p})`;
  return FACT_OF_CONSORTIUM(d, org, date, `${p}::uuid`);
}

const scopeParam = (scope: FigureScope): string => (scope.kind === 'CITY' ? '' : scope.kind === 'DISTRICT' ? scope.code : scope.id);

/** SQL of the context's tables; every method takes the manager (the caller's transaction, or the pool). */
@Injectable()
export class SupplyDemandRepository {
  async organizations(m: EntityManager, ids: readonly string[]): Promise<Map<string, OrganizationRef>> {
    if (!ids.length) return new Map();
    const rows = await m.query<OrganizationRow[]>(`SELECT id, name, type, district_code FROM organization WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, type: r.type, districtCode: r.district_code }]));
  }

  async consortium(m: EntityManager, id: string): Promise<{ id: string; name: string; districtCodes: string[] } | null> {
    const rows = await m.query<ConsortiumRow[]>(`SELECT id, name, district_codes FROM consortium WHERE id = $1`, [id]);
    return rows[0] ? { id: rows[0].id, name: rows[0].name, districtCodes: rows[0].district_codes } : null;
  }

  /** Consortia (and communities) the organization is a member of on a date. */
  async consortiaOf(m: EntityManager, organizationId: string, date: string): Promise<string[]> {
    const rows = await m.query<ConsortiumIdRow[]>(
      `SELECT DISTINCT consortium_id FROM membership WHERE organization_id = $1 AND daterange(valid_from, valid_to) @> $2::date ORDER BY consortium_id`,
      [organizationId, date],
    );
    return rows.map((r) => r.consortium_id);
  }

  /** Cluster codes among `codes` that the dictionary does not know. */
  async unknownClusters(m: EntityManager, codes: readonly string[]): Promise<string[]> {
    if (!codes.length) return [];
    const rows = await m.query<CodeRow[]>(`SELECT code FROM industry_cluster WHERE code = ANY($1::text[])`, [codes]);
    const known = new Set(rows.map((r) => r.code));
    return codes.filter((c) => !known.has(c));
  }

  async insertProgram(m: EntityManager, p: Omit<ProgramRecord, 'id' | 'organizationName'>): Promise<string | null> {
    const rows = await m.query<IdRow[]>(
      `INSERT INTO sd_program (organization_id, code, name, level, year, enrolment, graduates, cluster_codes, district_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT ON CONSTRAINT uq_sd_program DO NOTHING RETURNING id`,
      [p.organizationId, p.code, p.name, p.level, p.year, p.enrolment, p.graduates, p.clusterCodes, p.districtCode],
    );
    return rows[0]?.id ?? null;
  }

  async programs(m: EntityManager, organizationId: string): Promise<ProgramRecord[]> {
    const rows = await m.query<ProgramRow[]>(
      `SELECT p.id, p.organization_id, o.name AS organization_name, p.code, p.name, p.level, p.year, p.enrolment, p.graduates, p.cluster_codes, p.district_code
         FROM sd_program p JOIN organization o ON o.id = p.organization_id WHERE p.organization_id = $1 ORDER BY p.year DESC, p.code, p.level`,
      [organizationId],
    );
    return rows.map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      code: r.code,
      name: r.name,
      level: r.level,
      year: r.year,
      enrolment: r.enrolment,
      graduates: r.graduates,
      clusterCodes: r.cluster_codes,
      districtCode: r.district_code,
    }));
  }

  async insertCapability(m: EntityManager, c: Omit<CapabilityRecord, 'id'>): Promise<string | null> {
    const rows = await m.query<IdRow[]>(
      `INSERT INTO sd_capability (organization_id, name, description, cluster_codes, district_code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT uq_sd_capability DO NOTHING RETURNING id`,
      [c.organizationId, c.name, c.description, c.clusterCodes, c.districtCode],
    );
    return rows[0]?.id ?? null;
  }

  async insertDemand(
    m: EntityManager,
    d: Omit<
      DemandRecord,
      'id' | 'publisherOrganizationName' | 'publisherConsortiumName' | 'status' | 'publishedAt' | 'closedAt' | 'closeReason' | 'createdAt' | 'version'
    >,
    createdBy: string,
  ): Promise<string> {
    const rows = await m.query<IdRow[]>(
      `INSERT INTO sd_demand (kind, title, description, publisher_organization_id, publisher_consortium_id, cluster_codes, district_codes, program_codes,
                              visibility, details, valid_from, valid_to, demo, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        d.kind,
        d.title,
        d.description,
        d.publisherOrganizationId,
        d.publisherConsortiumId,
        d.clusterCodes,
        d.districtCodes,
        d.programCodes,
        d.visibility,
        d.details,
        d.validFrom,
        d.validTo,
        d.demo,
        createdBy,
      ],
    );
    return rows[0].id;
  }

  async demand(m: EntityManager, id: string, { lock = false } = {}): Promise<DemandRecord | null> {
    if (lock) await m.query(`SELECT 1 FROM sd_demand WHERE id = $1 FOR UPDATE`, [id]);
    const rows = await m.query<DemandRow[]>(`${DEMAND_SELECT} WHERE d.id = $1`, [id]);
    return rows[0] ? demandOf(rows[0]) : null;
  }

  async setDemandStatus(
    m: EntityManager,
    id: string,
    status: StoredDemandStatus,
    change: { publishedAt?: Date; closedAt?: Date; closeReason?: string | null } = {},
  ): Promise<void> {
    await m.query(
      `UPDATE sd_demand SET status = $2, published_at = coalesce($3, published_at), closed_at = coalesce($4, closed_at), close_reason = coalesce($5, close_reason),
              updated_at = now(), version = version + 1 WHERE id = $1`,
      [id, status, change.publishedAt ?? null, change.closedAt ?? null, change.closeReason ?? null],
    );
  }

  /** 需求大厅: open demands (as of `today`), public or members-only of the reader's consortia, newest first, keyset-paged. */
  async hall(m: EntityManager, f: HallFilter): Promise<DemandRecord[]> {
    const params: unknown[] = [f.today];
    const where = [`d.status IN ('PUBLISHED', 'IN_DOCKING')`, `(d.valid_to IS NULL OR d.valid_to >= $1::date)`];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (f.memberConsortiumIds !== null) add((p) => `(d.visibility = 'PUBLIC' OR d.publisher_consortium_id = ANY(${p}::uuid[]))`, f.memberConsortiumIds);
    if (f.kinds?.length) add((p) => `d.kind = ANY(${p}::text[])`, f.kinds);
    if (f.clusterCode) add((p) => `d.cluster_codes @> ARRAY[${p}]::text[]`, f.clusterCode);
    if (f.districtCode) add((p) => `d.district_codes @> ARRAY[${p}]::text[]`, f.districtCode);
    if (f.q) add((p) => `d.title ILIKE ${p}`, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (f.after) {
      params.push(f.after.publishedAt, f.after.id);
      where.push(`(d.published_at, d.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(f.limit);
    const rows = await m.query<DemandRow[]>(
      `${DEMAND_SELECT} WHERE ${where.join(' AND ')} ORDER BY d.published_at DESC, d.id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(demandOf);
  }

  /**
   * Suppliers (schools and institutes) that serve one of the clusters or run one of the programs,
   * with what the score needs: the demand's clusters they serve and the demand's programs they
   * run (nothing else counts), and how many outcomes they have had. One pass over the hits.
   */
  async candidates(
    m: EntityManager,
    clusterCodes: readonly string[],
    programCodes: readonly string[],
    excludeOrganizationId: string | null,
  ): Promise<SupplierProfile[]> {
    const rows = await m.query<CandidateRow[]>(
      `WITH hit AS (
         SELECT organization_id, cluster_codes, CASE WHEN code = ANY($2::text[]) THEN code END AS code
           FROM sd_program WHERE cluster_codes && $1::text[] OR code = ANY($2::text[])
         UNION ALL
         SELECT organization_id, cluster_codes, NULL FROM sd_capability WHERE cluster_codes && $1::text[]),
       per_org AS (
         SELECT h.organization_id,
                array_agg(DISTINCT c) FILTER (WHERE c = ANY($1::text[])) AS clusters,
                array_agg(DISTINCT h.code) FILTER (WHERE h.code IS NOT NULL) AS programs
           FROM hit h LEFT JOIN LATERAL unnest(h.cluster_codes) AS c ON true
          GROUP BY h.organization_id)
       SELECT o.id, o.name, o.district_code, p.clusters, p.programs,
              (SELECT count(*) FROM sd_outcome x WHERE x.organization_id = o.id)::int AS past
         FROM per_org p JOIN organization o ON o.id = p.organization_id
        WHERE o.type IN ('SCHOOL', 'RESEARCH_INSTITUTE') AND o.id IS DISTINCT FROM $3::uuid`,
      [clusterCodes, programCodes, excludeOrganizationId],
    );
    return rows.map((r) => ({
      organizationId: r.id,
      organizationName: r.name,
      districtCode: r.district_code,
      clusterCodes: r.clusters ?? [],
      programCodes: r.programs ?? [],
      pastOutcomes: r.past,
    }));
  }

  /** Replaces a demand's matches (a rerun of the job gives the same rows). */
  async replaceMatches(
    m: EntityManager,
    demandId: string,
    matches: readonly { organizationId: string; score: number; rank: number; reasons: unknown[] }[],
  ): Promise<void> {
    await m.query(`DELETE FROM sd_match WHERE demand_id = $1`, [demandId]);
    if (!matches.length) return;
    await m.query(
      `INSERT INTO sd_match (demand_id, organization_id, score, rank, reasons)
       SELECT $1, o, s, r, x FROM unnest($2::uuid[], $3::numeric[], $4::int[], $5::jsonb[]) AS t(o, s, r, x)`,
      [demandId, matches.map((x) => x.organizationId), matches.map((x) => x.score), matches.map((x) => x.rank), matches.map((x) => JSON.stringify(x.reasons))],
    );
  }

  async matchesOfDemand(m: EntityManager, demandId: string): Promise<MatchRecord[]> {
    const rows = await m.query<MatchRow[]>(
      `SELECT x.demand_id, x.organization_id, o.name AS organization_name, x.score::float8 AS score, x.rank, x.reasons, x.matched_at
         FROM sd_match x JOIN organization o ON o.id = x.organization_id WHERE x.demand_id = $1 ORDER BY x.rank`,
      [demandId],
    );
    return rows.map((r) => ({
      demandId: r.demand_id,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      score: r.score,
      rank: r.rank,
      reasons: r.reasons,
      matchedAt: r.matched_at,
    }));
  }

  /** 为你推荐: the open demands pushed to an organization, best score first. */
  async forOrganization(
    m: EntityManager,
    organizationId: string,
    today: string,
    limit: number,
  ): Promise<{ demand: DemandRecord; score: number; rank: number; reasons: unknown[]; matchedAt: Date }[]> {
    const rows = await m.query<DemandMatchRow[]>(
      `SELECT x.score::float8 AS match_score, x.rank AS match_rank, x.reasons AS match_reasons, x.matched_at AS match_at, q.*
         FROM sd_match x JOIN LATERAL (${DEMAND_SELECT} WHERE d.id = x.demand_id) q ON true
        WHERE x.organization_id = $1 AND q.status IN ('PUBLISHED', 'IN_DOCKING') AND (q.valid_to IS NULL OR q.valid_to::date >= $2::date)
        ORDER BY x.score DESC, x.matched_at DESC LIMIT $3`,
      [organizationId, today, limit],
    );
    return rows.map((r) => ({ demand: demandOf(r), score: r.match_score, rank: r.match_rank, reasons: r.match_reasons, matchedAt: r.match_at }));
  }

  async insertResponse(
    m: EntityManager,
    r: { demandId: string; organizationId: string; message: string; programIds: readonly string[] },
    createdBy: string,
  ): Promise<string | null> {
    const rows = await m.query<IdRow[]>(
      `INSERT INTO sd_response (demand_id, organization_id, message, program_ids, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT uq_sd_response DO NOTHING RETURNING id`,
      [r.demandId, r.organizationId, r.message, r.programIds, createdBy],
    );
    return rows[0]?.id ?? null;
  }

  async responses(m: EntityManager, demandId: string, id?: string): Promise<ResponseRecord[]> {
    const rows = await m.query<ResponseRow[]>(
      `SELECT r.id, r.demand_id, r.organization_id, o.name AS organization_name, r.message, r.program_ids, r.status, r.responded_at, r.shortlisted_at
         FROM sd_response r JOIN organization o ON o.id = r.organization_id WHERE r.demand_id = $1 ${id ? 'AND r.id = $2' : ''} ORDER BY r.responded_at, r.id`,
      id ? [demandId, id] : [demandId],
    );
    return rows.map((r) => ({
      id: r.id,
      demandId: r.demand_id,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      message: r.message,
      programIds: r.program_ids,
      status: r.status,
      respondedAt: r.responded_at,
      shortlistedAt: r.shortlisted_at,
    }));
  }

  async shortlist(m: EntityManager, responseId: string): Promise<void> {
    await m.query(`UPDATE sd_response SET status = 'SHORTLISTED', shortlisted_at = coalesce(shortlisted_at, now()) WHERE id = $1`, [responseId]);
  }

  async insertOutcome(
    m: EntityManager,
    o: {
      demandId: string;
      responseId: string;
      organizationId: string;
      kind: OutcomeKind;
      name: string;
      students: number | null;
      amount: number | null;
      occurredOn: string;
    },
    createdBy: string,
  ): Promise<string> {
    const rows = await m.query<IdRow[]>(
      `INSERT INTO sd_outcome (demand_id, response_id, organization_id, kind, name, students, amount, occurred_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [o.demandId, o.responseId, o.organizationId, o.kind, o.name, o.students, o.amount, o.occurredOn, createdBy],
    );
    return rows[0].id;
  }

  async outcomes(m: EntityManager, where: { demandId?: string; id?: string }): Promise<OutcomeRecord[]> {
    const rows = await m.query<OutcomeRow[]>(
      `SELECT x.id, x.demand_id, x.response_id, x.organization_id, o.name AS organization_name, x.kind, x.name, x.students, x.amount::text, x.occurred_on::text,
              coalesce((SELECT sum(p.amount) FROM sd_payment p WHERE p.outcome_id = x.id), 0)::text AS received
         FROM sd_outcome x JOIN organization o ON o.id = x.organization_id
        WHERE ($1::uuid IS NULL OR x.demand_id = $1) AND ($2::uuid IS NULL OR x.id = $2) ORDER BY x.occurred_on, x.created_at, x.id`,
      [where.demandId ?? null, where.id ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      demandId: r.demand_id,
      responseId: r.response_id,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      kind: r.kind,
      name: r.name,
      students: r.students,
      amount: n(r.amount),
      occurredOn: r.occurred_on,
      received: Number(r.received),
    }));
  }

  async insertPayment(m: EntityManager, p: { outcomeId: string; amount: number; receivedOn: string }, createdBy: string): Promise<string> {
    const rows = await m.query<IdRow[]>(`INSERT INTO sd_payment (outcome_id, amount, received_on, created_by) VALUES ($1, $2, $3, $4) RETURNING id`, [
      p.outcomeId,
      p.amount,
      p.receivedOn,
      createdBy,
    ]);
    return rows[0].id;
  }

  async payments(m: EntityManager, where: { outcomeId?: string; id?: string }, { lock = false } = {}): Promise<PaymentRecord[]> {
    const rows = await m.query<PaymentRow[]>(
      `SELECT id, outcome_id, amount::text, received_on::text, correction_reason, version FROM sd_payment
        WHERE ($1::uuid IS NULL OR outcome_id = $1) AND ($2::uuid IS NULL OR id = $2) ORDER BY received_on, created_at, id ${lock ? 'FOR UPDATE' : ''}`,
      [where.outcomeId ?? null, where.id ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      outcomeId: r.outcome_id,
      amount: Number(r.amount),
      receivedOn: r.received_on,
      correctionReason: r.correction_reason,
      version: r.version,
    }));
  }

  async correctPayment(m: EntityManager, id: string, change: { amount: number; receivedOn: string; reason: string }): Promise<void> {
    await m.query(`UPDATE sd_payment SET amount = $2, received_on = $3, correction_reason = $4, updated_at = now(), version = version + 1 WHERE id = $1`, [
      id,
      change.amount,
      change.receivedOn,
      change.reason,
    ]);
  }

  // ---- figures: the facts of a scope and period (dates inclusive, Asia/Shanghai) ----

  async demandFacts(m: EntityManager, scope: FigureScope, from: string, to: string): Promise<DemandFact[]> {
    const rows = await m.query<DemandFactRow[]>(
      `SELECT d.id, d.kind, d.status, d.published_at, (SELECT min(r.responded_at) FROM sd_response r WHERE r.demand_id = d.id) AS first_response_at
         FROM sd_demand d
        WHERE d.published_at IS NOT NULL AND (d.published_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date
          AND ${demandScope(scope, 'd', '$3')} ORDER BY d.published_at, d.id`,
      [from, to, scopeParam(scope)],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, status: r.status, publishedAt: r.published_at, firstResponseAt: r.first_response_at }));
  }

  async outcomeFacts(
    m: EntityManager,
    scope: FigureScope,
    from: string,
    to: string,
  ): Promise<(OutcomeFact & { name: string; occurredOn: string; organizationName: string })[]> {
    const rows = await m.query<OutcomeFactRow[]>(
      `SELECT x.id, x.kind, x.students, x.name, x.occurred_on::text, o.name AS organization_name
         FROM sd_outcome x JOIN sd_demand d ON d.id = x.demand_id JOIN organization o ON o.id = x.organization_id
        WHERE x.occurred_on BETWEEN $1::date AND $2::date AND ${factScope(scope, 'd', 'x.organization_id', 'x.occurred_on', '$3')}
        ORDER BY x.occurred_on, x.id`,
      [from, to, scopeParam(scope)],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, students: r.students, name: r.name, occurredOn: r.occurred_on, organizationName: r.organization_name }));
  }

  async paymentFacts(
    m: EntityManager,
    scope: FigureScope,
    from: string,
    to: string,
  ): Promise<(PaymentFact & { outcomeId: string; outcomeName: string; receivedOn: string; organizationName: string })[]> {
    const rows = await m.query<PaymentFactRow[]>(
      `SELECT p.id, p.amount::text, p.outcome_id, x.name AS outcome_name, p.received_on::text, o.name AS organization_name
         FROM sd_payment p JOIN sd_outcome x ON x.id = p.outcome_id JOIN sd_demand d ON d.id = x.demand_id JOIN organization o ON o.id = x.organization_id
        WHERE x.kind = 'SERVICE_CONTRACT' AND p.received_on BETWEEN $1::date AND $2::date AND ${factScope(scope, 'd', 'x.organization_id', 'p.received_on', '$3')}
        ORDER BY p.received_on, p.id`,
      [from, to, scopeParam(scope)],
    );
    return rows.map((r) => ({
      id: r.id,
      amount: Number(r.amount),
      outcomeId: r.outcome_id,
      outcomeName: r.outcome_name,
      receivedOn: r.received_on,
      organizationName: r.organization_name,
    }));
  }

  /** Programs of the year in the scope (a consortium's: its member schools' on the last day), each with whether it serves a key cluster (one of the 33618 dictionary's). */
  async programFacts(m: EntityManager, scope: FigureScope, year: number, asOf: string): Promise<ProgramFact[]> {
    const where =
      scope.kind === 'CITY'
        ? '$3::text IS NOT NULL'
        : scope.kind === 'DISTRICT'
          ? 'p.district_code = $3'
          : `EXISTS (SELECT 1 FROM membership m WHERE m.consortium_id = $3::uuid AND m.organization_id = p.organization_id AND daterange(m.valid_from, m.valid_to) @> $2::date)`;
    const rows = await m.query<ProgramFactRow[]>(
      `SELECT p.enrolment, EXISTS (SELECT 1 FROM industry_cluster c WHERE c.code = ANY(p.cluster_codes)) AS key
         FROM sd_program p WHERE p.year = $1 AND ${where} AND $2::date IS NOT NULL`,
      [year, asOf, scopeParam(scope)],
    );
    return rows.map((r) => ({ enrolment: r.enrolment, servesKeyCluster: r.key }));
  }
}
