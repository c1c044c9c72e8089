import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MembershipEndReason, MembershipRole } from '../../domain/membership.js';
import type { OrganizationType } from '../../domain/organization.js';
import { ConsortiumErrors, loadConsortiumExists } from '../consortium/consortia.use-cases.js';

export interface MembershipHistoryItem {
  membershipId: string;
  organizationId: string;
  organizationName: string;
  uscc: string;
  organizationType: OrganizationType;
  role: MembershipRole;
  isLead: boolean;
  validFrom: string;
  validTo: string | null;
  /** Why the interval closed: an exit reason, or ROLE_CHANGE when the next interval carries on. */
  endReason: MembershipEndReason | null;
  previousMembershipId: string | null;
}

export interface MembershipHistory {
  consortiumId: string;
  consortiumName: string;
  items: MembershipHistoryItem[];
}

/**
 * 成员变动记录: every membership interval a consortium ever had — current and ended, with the
 * reason each ended — newest start first, then by member name. Memberships are never deleted, so
 * this is the whole story; a consortium has some hundreds of intervals at most, so one answer.
 */
@Injectable()
export class MembershipHistoryQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(consortiumId: string, filter: { organizationId?: string; ended?: boolean } = {}): Promise<MembershipHistory> {
    const [consortium]: { name: string }[] = await this.dataSource.query(`SELECT name FROM consortium WHERE id = $1`, [consortiumId]);
    if (!consortium) throw ConsortiumErrors.notFound();
    const params: unknown[] = [consortiumId];
    let where = 'm.consortium_id = $1';
    if (filter.organizationId) {
      params.push(filter.organizationId);
      where += ` AND m.organization_id = $${params.length}`;
    }
    if (filter.ended !== undefined) where += filter.ended ? ' AND m.end_reason IS NOT NULL' : ' AND m.end_reason IS NULL';
    const rows: {
      id: string;
      organization_id: string;
      name: string;
      uscc: string;
      type: OrganizationType;
      role: MembershipRole;
      is_lead: boolean;
      valid_from: string;
      valid_to: string | null;
      end_reason: MembershipEndReason | null;
      previous_id: string | null;
    }[] = await this.dataSource.query(
      `SELECT m.id, m.organization_id, o.name, o.uscc, o.type, m.role, m.is_lead, to_char(m.valid_from, 'YYYY-MM-DD') AS valid_from,
              to_char(m.valid_to, 'YYYY-MM-DD') AS valid_to, m.end_reason, m.previous_id
         FROM membership m JOIN organization o ON o.id = m.organization_id
        WHERE ${where}
        ORDER BY m.valid_from DESC, o.name, m.id`,
      params,
    );
    return {
      consortiumId,
      consortiumName: consortium.name,
      items: rows.map((r) => ({
        membershipId: r.id,
        organizationId: r.organization_id,
        organizationName: r.name,
        uscc: r.uscc,
        organizationType: r.type,
        role: r.role,
        isLead: r.is_lead,
        validFrom: r.valid_from,
        validTo: r.valid_to,
        endReason: r.end_reason,
        previousMembershipId: r.previous_id,
      })),
    };
  }
}

/** 404 CONSORTIUM_NOT_FOUND unless the consortium exists (routes scoped to one consortium check it first). */
@Injectable()
export class ConsortiumExistsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(consortiumId: string): Promise<void> {
    await loadConsortiumExists(this.dataSource.manager, consortiumId);
  }
}
