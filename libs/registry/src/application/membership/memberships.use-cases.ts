import type { MembershipExportRow } from '../export/registry-exports.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecorder, OutboxPublisher, violatedConstraint } from '#platform';
import { type CompositionWarning, compositionWarnings } from '../../domain/composition.js';
import { todayInShanghai } from '../../domain/dates.js';
import { type ExitReason, type Membership, MembershipErrors, type MembershipRole } from '../../domain/membership.js';
import { OrganizationErrors, type OrganizationType } from '../../domain/organization.js';
import { MembershipEntity } from '../../persistence/consortium.entity.js';
import { districtsConcerned } from '../districts-concerned.js';
import { ConsortiumErrors, loadConsortiumExists } from '../consortium/consortia.use-cases.js';
import { endSeatsWithMembership, governanceEvent } from '../governance/governance.use-cases.js';
import type { DistrictScope } from '../organization/organizations.use-cases.js';
import { MembershipJoined, MembershipLeft, MembershipRoleChanged } from '../../contracts/index.js';

const toDomain = (e: MembershipEntity): Membership => ({
  id: e.id,
  consortiumId: e.consortiumId,
  organizationId: e.organizationId,
  role: e.role,
  isLead: e.isLead,
  isCoLead: e.isCoLead,
  isSecretariatHost: e.isSecretariatHost,
  isPlatformOperator: e.isPlatformOperator,
  validFrom: e.validFrom,
  validTo: e.validTo,
  endReason: e.endReason,
  previousId: e.previousId,
});

const state = (m: Membership) => ({
  consortiumId: m.consortiumId,
  organizationId: m.organizationId,
  role: m.role,
  isLead: m.isLead,
  isCoLead: m.isCoLead,
  isSecretariatHost: m.isSecretariatHost,
  isPlatformOperator: m.isPlatformOperator,
  validFrom: m.validFrom,
  validTo: m.validTo,
  endReason: m.endReason,
});

/** Maps the exclusion constraints that guard membership intervals to their domain errors. */
function mapConstraint(error: unknown): never {
  const constraint = violatedConstraint(error);
  if (constraint === 'ex_membership_overlap') throw MembershipErrors.alreadyMember();
  if (constraint === 'ex_membership_one_chair') throw MembershipErrors.secondChair();
  if (constraint === 'ex_membership_one_lead') throw MembershipErrors.secondLead();
  throw error;
}

export interface ApplyOptions {
  audit: boolean;
}

export interface MembershipChange {
  membership: Membership;
  /** Advisory composition rules broken on the effective date (DESIGN §2.3). */
  warnings: CompositionWarning[];
}

async function warningsOn(manager: EntityManager, consortiumId: string, date: string): Promise<CompositionWarning[]> {
  const rows: { type: OrganizationType; role: MembershipRole; is_lead: boolean }[] = await manager.query(
    `SELECT o.type, m.role, m.is_lead FROM membership m JOIN organization o ON o.id = m.organization_id
      WHERE m.consortium_id = $1 AND daterange(m.valid_from, m.valid_to) @> $2::date`,
    [consortiumId, date],
  );
  return compositionWarnings(rows.map((r) => ({ organizationType: r.type, role: r.role, isLead: r.is_lead })));
}

interface LockedConsortium {
  establishedOn: string;
  districtCodes: string[];
}

/** Locks the consortium (serialising membership changes of one consortium) and refuses a delisted one. */
async function lockConsortium(manager: EntityManager, consortiumId: string): Promise<LockedConsortium> {
  const rows: { status: string; established_on: string; district_codes: string[] }[] = await manager.query(
    `SELECT p.status, to_char(c.established_on, 'YYYY-MM-DD') AS established_on, c.district_codes
       FROM consortium c JOIN consortium_period p ON p.consortium_id = c.id AND p.valid_to IS NULL
      WHERE c.id = $1 FOR UPDATE OF c`,
    [consortiumId],
  );
  if (rows.length === 0) throw ConsortiumErrors.notFound();
  if (rows[0].status === 'DELISTED') throw ConsortiumErrors.delisted();
  return { establishedOn: rows[0].established_on, districtCodes: rows[0].district_codes };
}

async function lockMembership(manager: EntityManager, consortiumId: string, membershipId: string): Promise<MembershipEntity> {
  const membership = await manager.findOne(MembershipEntity, { where: { id: membershipId, consortiumId }, lock: { mode: 'pessimistic_write' } });
  if (!membership) throw MembershipErrors.notFound();
  return membership;
}

export interface JoinCommand {
  organizationId: string;
  role: MembershipRole;
  isLead?: boolean;
  isCoLead?: boolean;
  isSecretariatHost?: boolean;
  isPlatformOperator?: boolean;
  validFrom: string;
}

@Injectable()
export class JoinConsortiumUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(consortiumId: string, command: JoinCommand): Promise<MembershipChange> {
    return this.dataSource.transaction((manager) => this.applyIn(manager, consortiumId, command));
  }

  /** The change inside the caller's transaction; `audit: false` when the caller records the whole request itself. */
  async applyIn(manager: EntityManager, consortiumId: string, command: JoinCommand, options: ApplyOptions = { audit: true }): Promise<MembershipChange> {
    const consortium = await lockConsortium(manager, consortiumId);
    if (command.validFrom < consortium.establishedOn) throw MembershipErrors.beforeEstablishment(consortium.establishedOn);
    const org = await manager.query<unknown[]>(`SELECT 1 FROM organization WHERE id = $1`, [command.organizationId]);
    if (org.length === 0) throw OrganizationErrors.notFound();
    const entity = await manager
      .save(
        manager.create(MembershipEntity, {
          consortiumId,
          organizationId: command.organizationId,
          role: command.role,
          isLead: command.isLead ?? false,
          isCoLead: command.isCoLead ?? false,
          isSecretariatHost: command.isSecretariatHost ?? false,
          isPlatformOperator: command.isPlatformOperator ?? false,
          validFrom: command.validFrom,
          validTo: null,
          endReason: null,
          previousId: null,
        }),
      )
      .catch(mapConstraint);
    const membership = toDomain(entity);
    await this.outbox.publish(
      manager,
      MembershipJoined.of(
        membership.id,
        { id: membership.id, ...state(membership) },
        await districtsConcerned(manager, membership.consortiumId, membership.organizationId),
      ),
    );
    if (options.audit)
      await this.audit.record(manager, {
        action: 'registry.membership.join',
        entityType: 'membership',
        entityId: membership.id,
        before: null,
        after: state(membership),
      });
    return { membership, warnings: await warningsOn(manager, consortiumId, command.validFrom) };
  }
}

export interface ExitCommand {
  effectiveOn: string;
  reason: ExitReason;
  /** Required when the leaving organization is the lead unit: a current member who takes over. */
  successorMembershipId?: string;
}

/** Ends a membership on a date with a reason; the lead unit leaves only by handing over to a successor. */
@Injectable()
export class LeaveConsortiumUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(consortiumId: string, membershipId: string, command: ExitCommand): Promise<MembershipChange> {
    return this.dataSource.transaction((manager) => this.applyIn(manager, consortiumId, membershipId, command));
  }

  async applyIn(
    manager: EntityManager,
    consortiumId: string,
    membershipId: string,
    command: ExitCommand,
    options: ApplyOptions = { audit: true },
  ): Promise<MembershipChange> {
    const consortium = await lockConsortium(manager, consortiumId);
    const leaving = await lockMembership(manager, consortiumId, membershipId);
    if (leaving.validTo !== null) throw MembershipErrors.alreadyLeft();
    if (command.effectiveOn <= leaving.validFrom) throw MembershipErrors.dateBeforeStart(leaving.validFrom);
    let successor: MembershipEntity | undefined;
    if (leaving.isLead) {
      if (!command.successorMembershipId) throw MembershipErrors.leadWithoutSuccessor();
      successor =
        (await manager.findOne(MembershipEntity, { where: { id: command.successorMembershipId, consortiumId }, lock: { mode: 'pessimistic_write' } })) ??
        undefined;
      if (!successor || successor.id === leaving.id || successor.validTo !== null || successor.validFrom >= command.effectiveOn)
        throw MembershipErrors.invalidSuccessor();
    }
    const before = toDomain(leaving);
    let successorNext: Membership | undefined;
    await manager.update(MembershipEntity, { id: leaving.id }, { validTo: command.effectiveOn, endReason: command.reason });
    if (successor) {
      // The successor's membership continues under a new interval that carries the lead flag.
      await manager.update(MembershipEntity, { id: successor.id }, { validTo: command.effectiveOn, endReason: 'ROLE_CHANGE' });
      const next = await manager
        .save(
          manager.create(MembershipEntity, {
            ...successor,
            id: undefined,
            isLead: true,
            isCoLead: false,
            validFrom: command.effectiveOn,
            validTo: null,
            endReason: null,
            previousId: successor.id,
            createdAt: undefined,
          }),
        )
        .catch(mapConstraint);
      successorNext = toDomain(next);
    }
    const after = toDomain((await manager.findOne(MembershipEntity, { where: { id: leaving.id } }))!);
    // The unit's council seats end with its membership (DESIGN §2.4: seats represent member units).
    const endedSeats = await endSeatsWithMembership(manager, consortiumId, leaving.organizationId, command.effectiveOn);
    for (const seat of endedSeats) {
      await this.outbox.publish(
        manager,
        governanceEvent(consortiumId, consortium.districtCodes, {
          entityType: 'council-seat',
          entityId: seat.id,
          action: 'registry.council-seat.end',
          after: seat.after,
        }),
      );
      await this.audit.record(manager, {
        action: 'registry.council-seat.end',
        entityType: 'council-seat',
        entityId: seat.id,
        before: seat.before,
        after: { ...seat.after, endedWithMembership: after.id },
      });
    }
    await this.outbox.publish(
      manager,
      MembershipLeft.of(
        after.id,
        { id: after.id, ...state(after), successorMembershipId: successor?.id ?? null },
        await districtsConcerned(manager, after.consortiumId, after.organizationId),
      ),
    );
    // One audit row for the whole change; a hand-over of the lead unit is part of it.
    if (options.audit)
      await this.audit.record(manager, {
        action: 'registry.membership.exit',
        entityType: 'membership',
        entityId: after.id,
        before: state(before),
        after: {
          ...state(after),
          ...(successorNext ? { leadHandedTo: { membershipId: successorNext.id, organizationId: successorNext.organizationId } } : {}),
        },
      });
    return { membership: after, warnings: await warningsOn(manager, consortiumId, command.effectiveOn) };
  }
}

export interface RoleChangeCommand {
  role: MembershipRole;
  effectiveOn: string;
}

/** A role change closes one interval (ROLE_CHANGE) and opens the next, linked to it. */
@Injectable()
export class ChangeMembershipRoleUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(consortiumId: string, membershipId: string, command: RoleChangeCommand): Promise<MembershipChange> {
    return this.dataSource.transaction((manager) => this.applyIn(manager, consortiumId, membershipId, command));
  }

  async applyIn(
    manager: EntityManager,
    consortiumId: string,
    membershipId: string,
    command: RoleChangeCommand,
    options: ApplyOptions = { audit: true },
  ): Promise<MembershipChange> {
    await lockConsortium(manager, consortiumId);
    const current = await lockMembership(manager, consortiumId, membershipId);
    if (current.validTo !== null) throw MembershipErrors.alreadyLeft();
    if (current.role === command.role) throw MembershipErrors.sameRole();
    if (command.effectiveOn <= current.validFrom) throw MembershipErrors.dateBeforeStart(current.validFrom);
    await manager.update(MembershipEntity, { id: current.id }, { validTo: command.effectiveOn, endReason: 'ROLE_CHANGE' });
    const next = await manager
      .save(
        manager.create(MembershipEntity, {
          ...current,
          id: undefined,
          role: command.role,
          validFrom: command.effectiveOn,
          validTo: null,
          endReason: null,
          previousId: current.id,
          createdAt: undefined,
        }),
      )
      .catch(mapConstraint);
    const membership = toDomain(next);
    await this.outbox.publish(
      manager,
      MembershipRoleChanged.of(
        membership.id,
        { id: membership.id, previousId: current.id, ...state(membership) },
        await districtsConcerned(manager, membership.consortiumId, membership.organizationId),
      ),
    );
    if (options.audit) {
      await this.audit.record(manager, {
        action: 'registry.membership.change-role',
        entityType: 'membership',
        entityId: membership.id,
        before: state(toDomain(current)),
        after: state(membership),
      });
    }
    return { membership, warnings: await warningsOn(manager, consortiumId, command.effectiveOn) };
  }
}

export interface MemberAsOf {
  membershipId: string;
  organizationId: string;
  organizationName: string;
  organizationType: OrganizationType;
  uscc: string;
  role: MembershipRole;
  isLead: boolean;
  isCoLead: boolean;
  isSecretariatHost: boolean;
  isPlatformOperator: boolean;
  validFrom: string;
  validTo: string | null;
}

/** "Who were the members of X on D?": one query on the interval index. */
@Injectable()
export class MembersAsOfQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    consortiumId: string,
    asOf: string | undefined,
    scope: DistrictScope,
  ): Promise<{ asOf: string; members: MemberAsOf[]; warnings: CompositionWarning[] }> {
    const date = asOf ?? todayInShanghai();
    await loadConsortiumExists(this.dataSource.manager, consortiumId, scope);
    const rows: {
      id: string;
      organization_id: string;
      name: string;
      type: OrganizationType;
      uscc: string;
      role: MembershipRole;
      is_lead: boolean;
      is_co_lead: boolean;
      is_secretariat_host: boolean;
      is_platform_operator: boolean;
      valid_from: string;
      valid_to: string | null;
    }[] = await this.dataSource.query(
      `SELECT m.id, m.organization_id, o.name, o.type, o.uscc, m.role, m.is_lead, m.is_co_lead, m.is_secretariat_host, m.is_platform_operator,
              to_char(m.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(m.valid_to, 'YYYY-MM-DD') AS valid_to
         FROM membership m JOIN organization o ON o.id = m.organization_id
        WHERE m.consortium_id = $1 AND daterange(m.valid_from, m.valid_to) @> $2::date
        ORDER BY array_position(ARRAY['COUNCIL_CHAIR','COUNCIL_VICE_CHAIR','COUNCIL_MEMBER','MEMBER'], m.role), o.name`,
      [consortiumId, date],
    );
    const members = rows.map((r) => ({
      membershipId: r.id,
      organizationId: r.organization_id,
      organizationName: r.name,
      organizationType: r.type,
      uscc: r.uscc,
      role: r.role,
      isLead: r.is_lead,
      isCoLead: r.is_co_lead,
      isSecretariatHost: r.is_secretariat_host,
      isPlatformOperator: r.is_platform_operator,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
    return {
      asOf: date,
      members,
      warnings: compositionWarnings(members.map((m) => ({ organizationType: m.organizationType, role: m.role, isLead: m.isLead }))),
    };
  }
}

export interface ConsortiumOfOrganization {
  membershipId: string;
  consortiumId: string;
  consortiumName: string;
  role: MembershipRole;
  isLead: boolean;
  validFrom: string;
  validTo: string | null;
}

/** "Which consortia was Y a member of on D?": one query on the organization interval index. */
@Injectable()
export class ConsortiaOfOrganizationQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(organizationId: string, asOf: string | undefined, scope: DistrictScope): Promise<{ asOf: string; consortia: ConsortiumOfOrganization[] }> {
    const date = asOf ?? todayInShanghai();
    const org = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM organization WHERE id = $1 ${scope.district ? 'AND district_code = $2' : ''}`,
      scope.district ? [organizationId, scope.district] : [organizationId],
    );
    if (org.length === 0) throw OrganizationErrors.notFound();
    const rows: { id: string; consortium_id: string; name: string; role: MembershipRole; is_lead: boolean; valid_from: string; valid_to: string | null }[] =
      await this.dataSource.query(
        `SELECT m.id, m.consortium_id, c.name, m.role, m.is_lead, to_char(m.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(m.valid_to, 'YYYY-MM-DD') AS valid_to
           FROM membership m JOIN consortium c ON c.id = m.consortium_id
          WHERE m.organization_id = $1 AND daterange(m.valid_from, m.valid_to) @> $2::date
          ORDER BY c.name`,
        [organizationId, date],
      );
    return {
      asOf: date,
      consortia: rows.map((r) => ({
        membershipId: r.id,
        consortiumId: r.consortium_id,
        consortiumName: r.name,
        role: r.role,
        isLead: r.is_lead,
        validFrom: r.valid_from,
        validTo: r.valid_to,
      })),
    };
  }
}

/** Memberships on a date, in the import format (plus names and the end date), for export. */
@Injectable()
export class MembershipExportQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(asOf: string | undefined, consortiumId: string | undefined, scope: DistrictScope): Promise<MembershipExportRow[]> {
    const params: unknown[] = [asOf ?? todayInShanghai()];
    let where = 'daterange(m.valid_from, m.valid_to) @> $1::date';
    if (consortiumId) {
      params.push(consortiumId);
      where += ` AND m.consortium_id = $${params.length}`;
    }
    if (scope.district) {
      params.push(scope.district);
      where += ` AND c.district_codes @> ARRAY[$${params.length}]::text[]`;
    }
    const rows: {
      consortium_id: string;
      uscc: string;
      role: string;
      valid_from: string;
      valid_to: string | null;
      consortium_name: string;
      organization_name: string;
      is_lead: boolean;
    }[] = await this.dataSource.query(
      `SELECT m.consortium_id, o.uscc, m.role, to_char(m.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(m.valid_to, 'YYYY-MM-DD') AS valid_to,
                c.name AS consortium_name, o.name AS organization_name, m.is_lead
           FROM membership m JOIN consortium c ON c.id = m.consortium_id JOIN organization o ON o.id = m.organization_id
          WHERE ${where}
          ORDER BY c.name, o.name`,
      params,
    );
    return rows.map((r) => ({
      consortiumId: r.consortium_id,
      uscc: r.uscc,
      role: r.role as MembershipRole,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      consortiumName: r.consortium_name,
      organizationName: r.organization_name,
      isLead: r.is_lead,
    }));
  }
}
