import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type ConsortiumStatus, type Level, levelOf, ON_LIST, type Tier } from '../../domain/consortium.js';

export interface ConsortiumState {
  id: string;
  name: string;
  tier: Tier;
  level: Level;
  status: ConsortiumStatus;
  districtCodes: string[];
  /** First day of the period (status and tier) the date falls in. */
  since: string;
}

/** What other contexts may ask the registry about a consortium: its state on a date. */
@Injectable()
export class ConsortiumLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async stateOn(consortiumId: string, date: string): Promise<ConsortiumState | null> {
    const rows: { id: string; name: string; tier: Tier; status: ConsortiumStatus; district_codes: string[]; since: string }[] = await this.dataSource.query(
      `SELECT c.id, c.name, p.tier, p.status, c.district_codes, p.valid_from::text AS since FROM consortium c
         JOIN consortium_period p ON p.consortium_id = c.id AND daterange(p.valid_from, p.valid_to) @> $2::date
        WHERE c.id = $1`,
      [consortiumId, date],
    );
    const r = rows[0];
    return r ? { id: r.id, name: r.name, tier: r.tier, level: levelOf(r.tier), status: r.status, districtCodes: r.district_codes, since: r.since } : null;
  }

  /** The consortia on the official list (ACTIVE, WARNED, PROBATION) on a date, by id; inside a transaction when given its manager. */
  async listedOn(date: string, manager: EntityManager = this.dataSource.manager): Promise<ConsortiumState[]> {
    const rows: { id: string; name: string; tier: Tier; status: ConsortiumStatus; district_codes: string[]; since: string }[] = await manager.query(
      `SELECT c.id, c.name, p.tier, p.status, c.district_codes, p.valid_from::text AS since FROM consortium c
         JOIN consortium_period p ON p.consortium_id = c.id AND daterange(p.valid_from, p.valid_to) @> $1::date
        WHERE p.status = ANY($2) ORDER BY c.id`,
      [date, ON_LIST],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      tier: r.tier,
      level: levelOf(r.tier),
      status: r.status,
      districtCodes: r.district_codes,
      since: r.since,
    }));
  }

  /** Current names of the given consortia, by id (unknown ids are left out): what a ranking shows next to a result. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM consortium WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
