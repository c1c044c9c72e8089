import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { checkIfMatch, PreconditionErrors, violatedConstraint } from '#platform';
import type { GovernanceDocumentRecordedAfter } from '../../contracts/events.js';
import { todayInShanghai } from '../../domain/dates.js';
import { ON_LIST } from '../../domain/consortium.js';
import { GovernanceDocumentErrors, type GovernanceDocumentKind, type GovernanceDocumentVersion } from '../../domain/governance-document.js';
import { loadConsortiumExists } from '../consortium/consortia.use-cases.js';
import type { DistrictScope } from '../organization/organizations.use-cases.js';
import { GovernanceWriter } from './governance.use-cases.js';

export interface RecordDocumentCommand {
  kind: GovernanceDocumentKind;
  versionLabel: string;
  title: string;
  adoptedOn: string;
  effectiveOn: string;
  resolutionId?: string;
  text?: string;
  evidence?: { name: string; url?: string };
  changeSummary?: string;
}

interface DocumentRow {
  id: string;
  kind: GovernanceDocumentKind;
  sequence: number;
  version_label: string;
  title: string;
  adopted_on: string;
  effective_on: string;
  valid_to: string | null;
  resolution_id: string | null;
  resolution_number: string | null;
  text: string | null;
  evidence_name: string | null;
  evidence_url: string | null;
  change_summary: string | null;
}

/** Every version with its end (the next version's effective day), oldest first; `$1` the consortium. */
const VERSIONS_SQL = `
  SELECT d.id, d.kind, d.sequence, d.version_label, d.title,
         to_char(d.adopted_on, 'YYYY-MM-DD') AS adopted_on, to_char(d.effective_on, 'YYYY-MM-DD') AS effective_on,
         to_char(lead(d.effective_on) OVER (PARTITION BY d.consortium_id, d.kind ORDER BY d.effective_on), 'YYYY-MM-DD') AS valid_to,
         d.resolution_id, r.number AS resolution_number, d.text, d.evidence_name, d.evidence_url, d.change_summary
    FROM governance_document d LEFT JOIN council_resolution r ON r.id = d.resolution_id
   WHERE d.consortium_id = $1`;

const view = (r: DocumentRow): GovernanceDocumentVersion => ({
  id: r.id,
  kind: r.kind,
  sequence: r.sequence,
  versionLabel: r.version_label,
  title: r.title,
  adoptedOn: r.adopted_on,
  effectiveOn: r.effective_on,
  validTo: r.valid_to,
  resolutionId: r.resolution_id,
  resolutionNumber: r.resolution_number,
  text: r.text,
  evidence: r.evidence_name === null ? null : { name: r.evidence_name, url: r.evidence_url },
  changeSummary: r.change_summary,
});

/**
 * 章程 and operating rules (运行管理制度): each a sequence of versions, a version in force from its
 * `effectiveOn` until the next one's. A new version takes effect after the latest (history is not
 * rewritten); changing a document that exists needs its ETag `"v<sequence>"` (If-Match), the first
 * version none. Written through the governance writer: one transaction with its
 * `registry.governance.changed` event (the consortium's districts) and audit row.
 */
@Injectable()
export class GovernanceDocumentsUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: GovernanceWriter,
  ) {}

  async record(consortiumId: string, c: RecordDocumentCommand, ifMatch: string | undefined): Promise<GovernanceDocumentVersion> {
    if (c.effectiveOn < c.adoptedOn) throw GovernanceDocumentErrors.effectiveBeforeAdoption();
    if (c.text === undefined && c.evidence === undefined) throw GovernanceDocumentErrors.contentRequired();
    try {
      const after = await this.writer.write(consortiumId, 'registry.governance-document.record', 'governance-document', async (m) => {
        const [latest]: { sequence: number; effective_on: string }[] = await m.query(
          `SELECT sequence, to_char(effective_on, 'YYYY-MM-DD') AS effective_on FROM governance_document WHERE consortium_id = $1 AND kind = $2 ORDER BY sequence DESC LIMIT 1`,
          [consortiumId, c.kind],
        );
        if (latest) checkIfMatch(ifMatch, latest.sequence);
        else if (ifMatch !== undefined) throw PreconditionErrors.stale(null);
        if (latest && c.effectiveOn <= latest.effective_on) throw GovernanceDocumentErrors.effectiveNotAfterLatest(latest.effective_on);
        if (c.resolutionId !== undefined) await assertResolution(m, consortiumId, c.resolutionId, c.adoptedOn);
        const [{ id }]: { id: string }[] = await m.query(
          `INSERT INTO governance_document (consortium_id, kind, sequence, version_label, title, adopted_on, effective_on, resolution_id, text, evidence_name, evidence_url, change_summary)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
          [
            consortiumId,
            c.kind,
            (latest?.sequence ?? 0) + 1,
            c.versionLabel,
            c.title,
            c.adoptedOn,
            c.effectiveOn,
            c.resolutionId ?? null,
            c.text ?? null,
            c.evidence?.name ?? null,
            c.evidence?.url ?? null,
            c.changeSummary ?? null,
          ],
        );
        const recorded: GovernanceDocumentRecordedAfter = {
          id,
          kind: c.kind,
          sequence: (latest?.sequence ?? 0) + 1,
          versionLabel: c.versionLabel,
          title: c.title,
          adoptedOn: c.adoptedOn,
          effectiveOn: c.effectiveOn,
          resolutionId: c.resolutionId ?? null,
          changeSummary: c.changeSummary ?? null,
        };
        return { entityId: id, before: null, after: recorded };
      });
      const [row]: DocumentRow[] = await this.dataSource.query(`SELECT * FROM (${VERSIONS_SQL}) v WHERE v.id = $2`, [consortiumId, after.id]);
      return view(row);
    } catch (error) {
      if (violatedConstraint(error) === 'uq_governance_document_label') throw GovernanceDocumentErrors.versionLabelTaken(c.versionLabel);
      throw error;
    }
  }
}

async function assertResolution(m: EntityManager, consortiumId: string, resolutionId: string, adoptedOn: string): Promise<void> {
  const [r]: { adopted_on: string }[] = await m.query(
    `SELECT to_char(adopted_on, 'YYYY-MM-DD') AS adopted_on FROM council_resolution WHERE id = $1 AND consortium_id = $2`,
    [resolutionId, consortiumId],
  );
  if (!r) throw GovernanceDocumentErrors.resolutionNotFound();
  if (r.adopted_on !== adoptedOn) throw GovernanceDocumentErrors.adoptedOnNotResolutionDate(r.adopted_on);
}

export interface DocumentStanding {
  /** The version in force on the day, or null. */
  inForce: { versionLabel: string; title: string; effectiveOn: string; sequence: number } | null;
  /** Versions in force on or before the day. */
  versions: number;
  /** The day the document last changed (the in-force version's effectiveOn), or null. */
  lastChangedOn: string | null;
  /** A version recorded to take effect after the day. */
  nextEffectiveOn: string | null;
}

export interface CityGovernanceDocumentsRow {
  consortiumId: string;
  consortiumName: string;
  districtCodes: string[];
  charter: DocumentStanding;
  operatingRules: DocumentStanding;
}

@Injectable()
export class GovernanceDocumentsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The version of each document in force on `asOf` (default today). */
  async current(consortiumId: string, asOf: string | undefined, scope: DistrictScope) {
    const date = asOf ?? todayInShanghai();
    await loadConsortiumExists(this.dataSource.manager, consortiumId, scope);
    const rows: DocumentRow[] = await this.dataSource.query(
      `SELECT * FROM (${VERSIONS_SQL}) v WHERE v.effective_on <= $2 AND (v.valid_to IS NULL OR v.valid_to > $2)`,
      [consortiumId, date],
    );
    const of = (kind: GovernanceDocumentKind) => rows.map(view).find((v) => v.kind === kind) ?? null;
    return { asOf: date, charter: of('CHARTER'), operatingRules: of('OPERATING_RULES') };
  }

  /** Every version of the documents (or of one kind), oldest first; ETag per kind is its latest `sequence`. */
  async history(consortiumId: string, kind: GovernanceDocumentKind | undefined, scope: DistrictScope) {
    await loadConsortiumExists(this.dataSource.manager, consortiumId, scope);
    const rows: DocumentRow[] = await this.dataSource.query(
      `SELECT * FROM (${VERSIONS_SQL}) v WHERE $2::text IS NULL OR v.kind = $2 ORDER BY v.kind, v.sequence`,
      [consortiumId, kind ?? null],
    );
    return { items: rows.map(view) };
  }

  /**
   * For the task force, city-wide: each consortium on the list on `asOf` (in the caller's district
   * scope), whether its charter and operating rules are in force that day and when they last changed.
   */
  async cityWide(asOf: string | undefined, scope: DistrictScope) {
    const date = asOf ?? todayInShanghai();
    const rows: {
      id: string;
      name: string;
      district_codes: string[];
      kind: GovernanceDocumentKind | null;
      version_label: string | null;
      title: string | null;
      sequence: number | null;
      effective_on: string | null;
      versions: number;
      next_on: string | null;
    }[] = await this.dataSource.query(
      `WITH listed AS (
         SELECT c.id, c.name, c.district_codes FROM consortium c JOIN consortium_period p ON p.consortium_id = c.id
          WHERE daterange(p.valid_from, p.valid_to) @> $1::date AND p.status = ANY($2) AND ($3::text IS NULL OR c.district_codes @> ARRAY[$3]::text[])),
       docs AS (
         SELECT d.consortium_id, d.kind,
                count(*) FILTER (WHERE d.effective_on <= $1::date)::int AS versions,
                (array_agg(d.version_label ORDER BY d.effective_on DESC) FILTER (WHERE d.effective_on <= $1::date))[1] AS version_label,
                (array_agg(d.title ORDER BY d.effective_on DESC) FILTER (WHERE d.effective_on <= $1::date))[1] AS title,
                (array_agg(d.sequence ORDER BY d.effective_on DESC) FILTER (WHERE d.effective_on <= $1::date))[1] AS sequence,
                to_char(max(d.effective_on) FILTER (WHERE d.effective_on <= $1::date), 'YYYY-MM-DD') AS effective_on,
                to_char(min(d.effective_on) FILTER (WHERE d.effective_on > $1::date), 'YYYY-MM-DD') AS next_on
           FROM governance_document d JOIN listed l ON l.id = d.consortium_id GROUP BY d.consortium_id, d.kind)
       SELECT l.id, l.name, l.district_codes, d.kind, d.version_label, d.title, d.sequence, d.effective_on, coalesce(d.versions, 0) AS versions, d.next_on
         FROM listed l LEFT JOIN docs d ON d.consortium_id = l.id
        ORDER BY l.name, l.id`,
      [date, ON_LIST, scope.district ?? null],
    );
    const none: DocumentStanding = { inForce: null, versions: 0, lastChangedOn: null, nextEffectiveOn: null };
    const byConsortium = new Map<string, CityGovernanceDocumentsRow>();
    for (const r of rows) {
      const row = byConsortium.get(r.id) ?? {
        consortiumId: r.id,
        consortiumName: r.name,
        districtCodes: r.district_codes,
        charter: none,
        operatingRules: none,
      };
      byConsortium.set(r.id, row);
      if (r.kind === null) continue;
      const standing: DocumentStanding = {
        inForce: r.effective_on === null ? null : { versionLabel: r.version_label!, title: r.title!, effectiveOn: r.effective_on, sequence: r.sequence! },
        versions: r.versions,
        lastChangedOn: r.effective_on,
        nextEffectiveOn: r.next_on,
      };
      if (r.kind === 'CHARTER') row.charter = standing;
      else row.operatingRules = standing;
    }
    const items = [...byConsortium.values()];
    return {
      asOf: date,
      listed: items.length,
      withCharter: items.filter((i) => i.charter.inForce !== null).length,
      withOperatingRules: items.filter((i) => i.operatingRules.inForce !== null).length,
      items,
    };
  }
}
