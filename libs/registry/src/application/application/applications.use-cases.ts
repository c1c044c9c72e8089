import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type Actor, AuditRecorder, memberOrganizations, OutboxPublisher, violatedConstraint } from '#platform';
import { ApplicationErrors, type ApplicationKind, type ApplicationStatus, OPEN_STATUSES } from '../../domain/application.js';
import { type ExitReason, MembershipErrors, type MembershipRole } from '../../domain/membership.js';
import { OrganizationErrors } from '../../domain/organization.js';
import { ConsortiumEntity } from '../../persistence/consortium.entity.js';
import { MembershipApplicationEntity } from '../../persistence/membership-application.entity.js';
import { OrganizationEntity } from '../../persistence/organization.entity.js';
import { ConsortiumErrors } from '../consortium/consortia.use-cases.js';
import { districtsConcerned } from '../districts-concerned.js';
import { ChangeMembershipRoleUseCase, JoinConsortiumUseCase, LeaveConsortiumUseCase, type MembershipChange } from '../membership/memberships.use-cases.js';
import { APPLICATION_MOVED_EVENTS, ApplicationSubmitted } from '../../contracts/index.js';

export interface ApplicationView {
  id: string;
  consortiumId: string;
  organizationId: string;
  kind: ApplicationKind;
  requestedRole: MembershipRole | null;
  exitReason: ExitReason | null;
  effectiveOn: string;
  statement: string | null;
  status: ApplicationStatus;
  submittedBy: string;
  submittedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  resolutionRef: string | null;
  decisionNote: string | null;
  membershipId: string | null;
  successorOrganizationId: string | null;
  /** Current names beside the ids, joined in when the application is read. */
  consortiumName: string | null;
  organizationName: string | null;
  successorOrganizationName: string | null;
}

type Names = Pick<ApplicationView, 'consortiumName' | 'organizationName' | 'successorOrganizationName'>;
const NO_NAMES: Names = { consortiumName: null, organizationName: null, successorOrganizationName: null };

const view = (e: MembershipApplicationEntity, names: Names = NO_NAMES): ApplicationView => ({
  id: e.id,
  consortiumId: e.consortiumId,
  organizationId: e.organizationId,
  kind: e.kind,
  requestedRole: e.requestedRole,
  exitReason: e.exitReason,
  effectiveOn: e.effectiveOn,
  statement: e.statement,
  status: e.status,
  submittedBy: e.submittedBy,
  submittedAt: e.submittedAt,
  decidedBy: e.decidedBy,
  decidedAt: e.decidedAt,
  resolutionRef: e.resolutionRef,
  decisionNote: e.decisionNote,
  membershipId: e.membershipId,
  successorOrganizationId: e.successorOrganizationId,
  ...names,
});

/** Applications with the consortium's, the unit's and the successor's names, in one query (`where` narrows it). */
async function readApplications(
  manager: EntityManager,
  where: (qb: SelectQueryBuilder<MembershipApplicationEntity>) => SelectQueryBuilder<MembershipApplicationEntity>,
): Promise<ApplicationView[]> {
  const qb = manager
    .getRepository(MembershipApplicationEntity)
    .createQueryBuilder('a')
    .leftJoin(ConsortiumEntity, 'c', 'c.id = a.consortiumId')
    .leftJoin(OrganizationEntity, 'o', 'o.id = a.organizationId')
    .leftJoin(OrganizationEntity, 's', 's.id = a.successorOrganizationId')
    .addSelect('c.name', 'consortium_name')
    .addSelect('o.name', 'organization_name')
    .addSelect('s.name', 'successor_organization_name');
  const { entities, raw } = await where(qb).getRawAndEntities<{
    a_id: string;
    consortium_name: string | null;
    organization_name: string | null;
    successor_organization_name: string | null;
  }>();
  const names = new Map(raw.map((r) => [r.a_id, r]));
  return entities.map((e) => {
    const n = names.get(e.id);
    return view(e, {
      consortiumName: n?.consortium_name ?? null,
      organizationName: n?.organization_name ?? null,
      successorOrganizationName: n?.successor_organization_name ?? null,
    });
  });
}

const readApplication = async (manager: EntityManager, id: string): Promise<ApplicationView> =>
  (await readApplications(manager, (qb) => qb.where('a.id = :id', { id })))[0];

const state = (a: ApplicationView) => ({
  kind: a.kind,
  organizationId: a.organizationId,
  status: a.status,
  effectiveOn: a.effectiveOn,
  requestedRole: a.requestedRole,
  resolutionRef: a.resolutionRef,
  ...(a.successorOrganizationId ? { successorOrganizationId: a.successorOrganizationId } : {}),
});
const actorLabel = (actor: Actor) => (actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);

/** The membership of an organization in a consortium on a date, if any. */
async function currentMembership(
  manager: EntityManager,
  consortiumId: string,
  organizationId: string,
  date: string,
): Promise<{ id: string; role: MembershipRole; is_lead: boolean } | undefined> {
  const rows = await manager.query<{ id: string; role: MembershipRole; is_lead: boolean }[]>(
    `SELECT id, role, is_lead FROM membership WHERE consortium_id = $1 AND organization_id = $2 AND daterange(valid_from, valid_to) @> $3::date`,
    [consortiumId, organizationId, date],
  );
  return rows[0];
}

export interface SubmitApplicationCommand {
  organizationId: string;
  kind: ApplicationKind;
  requestedRole?: MembershipRole;
  exitReason?: ExitReason;
  effectiveOn: string;
  statement?: string;
  /** EXIT / EXPEL of the lead unit: the member that takes over as lead unit. */
  successorOrganizationId?: string;
}

/**
 * Files an application. A member-unit user files for their own organization only (another
 * organization's id is refused as not found); EXPEL is for the secretariat and the task force.
 * Impossible requests are refused at once: joining as a member, leaving as a non-member, two open
 * applications of one kind.
 */
@Injectable()
export class SubmitApplicationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(consortiumId: string, command: SubmitApplicationCommand, actor: Actor): Promise<ApplicationView> {
    const ownOrganizationsOnly = actor.type === 'user' && !actor.bindings.some((b) => b.role !== 'member');
    if (ownOrganizationsOnly && !memberOrganizations(actor).includes(command.organizationId)) throw OrganizationErrors.notFound();
    // Expulsion is the secretariat's and the task force's: a member unit (for its own organization)
    // and a district system are told so, with a code of its own.
    if ((ownOrganizationsOnly || actor.type === 'client') && command.kind === 'EXPEL') throw ApplicationErrors.expelNotAllowed();
    if (command.successorOrganizationId && command.kind !== 'EXIT' && command.kind !== 'EXPEL') throw ApplicationErrors.successorNotApplicable();
    if (command.kind === 'JOIN' && !command.requestedRole) throw ApplicationErrors.missing('requestedRole', command.kind);
    if (command.kind === 'ROLE_CHANGE' && !command.requestedRole) throw ApplicationErrors.missing('requestedRole', command.kind);
    if ((command.kind === 'EXIT' || command.kind === 'EXPEL') && !command.exitReason) throw ApplicationErrors.missing('exitReason', command.kind);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const result = await this.file(manager, consortiumId, command, actor);
        await this.audit.record(manager, {
          action: 'registry.application.submit',
          entityType: 'membership-application',
          entityId: result.id,
          before: null,
          after: state(result),
        });
        return result;
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'uq_membership_application_open') throw ApplicationErrors.pending();
      throw error;
    }
  }

  /**
   * Files the application inside the caller's transaction, with its outbox event; the caller
   * records the request's audit row. An open application of the same kind for the organization
   * is refused (409 APPLICATION_PENDING).
   */
  async file(manager: EntityManager, consortiumId: string, command: SubmitApplicationCommand, actor: Actor): Promise<ApplicationView> {
    const consortium = await manager.query<unknown[]>(`SELECT 1 FROM consortium WHERE id = $1`, [consortiumId]);
    if (consortium.length === 0) throw ConsortiumErrors.notFound();
    // A district system files only for organizations of its own district (another one's is not found).
    const org: { district_code: string }[] = await manager.query(`SELECT district_code FROM organization WHERE id = $1`, [command.organizationId]);
    if (org.length === 0 || (actor.type === 'client' && org[0].district_code !== actor.district)) throw OrganizationErrors.notFound();
    const membership = await currentMembership(manager, consortiumId, command.organizationId, command.effectiveOn);
    if (command.kind === 'JOIN' && membership) throw MembershipErrors.alreadyMember();
    if (command.kind !== 'JOIN' && !membership) throw ApplicationErrors.notAMember();
    if (command.kind === 'ROLE_CHANGE' && membership?.role === command.requestedRole) throw MembershipErrors.sameRole();
    const pending = await manager.query<unknown[]>(
      `SELECT 1 FROM membership_application WHERE consortium_id = $1 AND organization_id = $2 AND kind = $3 AND status = ANY($4)`,
      [consortiumId, command.organizationId, command.kind, OPEN_STATUSES],
    );
    if (pending.length) throw ApplicationErrors.pending();
    const entity = await manager.save(
      manager.create(MembershipApplicationEntity, {
        consortiumId,
        organizationId: command.organizationId,
        kind: command.kind,
        requestedRole: command.requestedRole ?? null,
        exitReason: command.exitReason ?? null,
        effectiveOn: command.effectiveOn,
        statement: command.statement ?? null,
        successorOrganizationId: command.successorOrganizationId ?? null,
        submittedBy: actorLabel(actor),
      }),
    );
    const result = await readApplication(manager, entity.id);
    await this.outbox.publish(
      manager,
      ApplicationSubmitted.of(
        result.id,
        { id: result.id, consortiumId, ...state(result) },
        await districtsConcerned(manager, consortiumId, result.organizationId),
      ),
    );
    return result;
  }
}

async function lockApplication(manager: EntityManager, consortiumId: string, id: string): Promise<MembershipApplicationEntity> {
  const entity = await manager.findOne(MembershipApplicationEntity, { where: { id, consortiumId }, lock: { mode: 'pessimistic_write' } });
  if (!entity) throw ApplicationErrors.notFound();
  return entity;
}

export type ApplicationTransition =
  | { to: 'UNDER_REVIEW' }
  | { to: 'WITHDRAWN' }
  | { to: 'REJECTED'; note: string }
  | { to: 'APPROVED'; resolutionRef: string; note?: string; successorOrganizationId?: string };

/**
 * Moves an application through its workflow under a row lock, so of two concurrent decisions
 * exactly one wins and the other is told the application is already decided (409). Approval
 * applies the membership change in the same transaction.
 */
@Injectable()
export class TransitionApplicationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly join: JoinConsortiumUseCase,
    private readonly leave: LeaveConsortiumUseCase,
    private readonly changeRole: ChangeMembershipRoleUseCase,
  ) {}

  execute(consortiumId: string, id: string, transition: ApplicationTransition, actor: Actor): Promise<ApplicationView & { change?: MembershipChange }> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await lockApplication(manager, consortiumId, id);
      const before = view(entity);
      if (!OPEN_STATUSES.includes(entity.status)) throw ApplicationErrors.alreadyDecided(entity.status);
      if (transition.to === 'UNDER_REVIEW' && entity.status !== 'SUBMITTED') throw ApplicationErrors.notReviewable(entity.status);
      if (transition.to === 'WITHDRAWN') {
        const ownOnly = actor.type === 'user' && !actor.bindings.some((b) => b.role !== 'member');
        if (ownOnly && !memberOrganizations(actor).includes(entity.organizationId)) throw ApplicationErrors.notFound();
      }

      let change: MembershipChange | undefined;
      if (transition.to === 'APPROVED') {
        if (entity.status !== 'UNDER_REVIEW') throw ApplicationErrors.notUnderReview(entity.status);
        if (!transition.resolutionRef) throw ApplicationErrors.resolutionRequired();
        const resolution = await manager.query<unknown[]>(`SELECT 1 FROM council_resolution WHERE consortium_id = $1 AND number = $2`, [
          consortiumId,
          transition.resolutionRef,
        ]);
        if (resolution.length === 0) throw ApplicationErrors.resolutionNotFound(transition.resolutionRef);
        if (transition.successorOrganizationId) {
          if (entity.kind !== 'EXIT' && entity.kind !== 'EXPEL') throw ApplicationErrors.successorNotApplicable();
          entity.successorOrganizationId = transition.successorOrganizationId;
        }
        change = await this.apply(manager, entity);
      }
      const decided = transition.to === 'APPROVED' || transition.to === 'REJECTED';
      await manager.update(
        MembershipApplicationEntity,
        { id },
        {
          status: transition.to,
          ...(decided ? { decidedBy: actorLabel(actor), decidedAt: new Date(), decisionNote: 'note' in transition ? (transition.note ?? null) : null } : {}),
          ...(transition.to === 'APPROVED'
            ? { resolutionRef: transition.resolutionRef, membershipId: change!.membership.id, successorOrganizationId: entity.successorOrganizationId }
            : {}),
        },
      );
      const after = await readApplication(manager, id);
      await this.outbox.publish(
        manager,
        APPLICATION_MOVED_EVENTS[transition.to].of(
          id,
          { id, consortiumId, ...state(after), membershipId: after.membershipId },
          await districtsConcerned(manager, consortiumId, after.organizationId),
        ),
      );
      await this.audit.record(manager, {
        action: `registry.application.${transition.to === 'UNDER_REVIEW' ? 'review' : transition.to === 'WITHDRAWN' ? 'withdraw' : transition.to === 'APPROVED' ? 'approve' : 'reject'}`,
        entityType: 'membership-application',
        entityId: id,
        before: state(before),
        after: {
          ...state(after),
          ...(change
            ? {
                membership: {
                  id: change.membership.id,
                  role: change.membership.role,
                  validFrom: change.membership.validFrom,
                  validTo: change.membership.validTo,
                },
              }
            : {}),
        },
      });
      return { ...after, ...(change ? { change } : {}) };
    });
  }

  private async apply(manager: EntityManager, app: MembershipApplicationEntity): Promise<MembershipChange> {
    const noAudit = { audit: false };
    if (app.kind === 'JOIN') {
      return this.join.applyIn(
        manager,
        app.consortiumId,
        { organizationId: app.organizationId, role: app.requestedRole!, validFrom: app.effectiveOn },
        noAudit,
      );
    }
    const current = await currentMembership(manager, app.consortiumId, app.organizationId, app.effectiveOn);
    if (!current) throw ApplicationErrors.notAMember();
    if (app.kind === 'ROLE_CHANGE') {
      return this.changeRole.applyIn(manager, app.consortiumId, current.id, { role: app.requestedRole!, effectiveOn: app.effectiveOn }, noAudit);
    }
    const reason: ExitReason = app.kind === 'EXPEL' ? 'EXPELLED' : app.exitReason!;
    // The lead unit hands over to the named successor in this same transaction.
    let successorMembershipId: string | undefined;
    if (current.is_lead) {
      if (!app.successorOrganizationId) throw ApplicationErrors.leadWithoutSuccessor();
      const successor =
        app.successorOrganizationId === app.organizationId
          ? undefined
          : await currentMembership(manager, app.consortiumId, app.successorOrganizationId, app.effectiveOn);
      if (!successor) throw ApplicationErrors.invalidSuccessor();
      successorMembershipId = successor.id;
    }
    return this.leave.applyIn(manager, app.consortiumId, current.id, { effectiveOn: app.effectiveOn, reason, successorMembershipId }, noAudit);
  }
}

@Injectable()
export class ListApplicationsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(consortiumId: string, status?: ApplicationStatus): Promise<ApplicationView[]> {
    return readApplications(this.dataSource.manager, (qb) => {
      qb.where('a.consortiumId = :consortiumId', { consortiumId });
      if (status) qb.andWhere('a.status = :status', { status });
      // limit, not take: every join is to one row at most.
      return qb.orderBy('a.submittedAt', 'DESC').limit(500);
    });
  }

  /**
   * A member unit's own applications, in every consortium, newest first, with the consortium's and
   * the organization's current names beside their ids.
   */
  async ofOrganization(
    organizationId: string,
    status?: ApplicationStatus,
  ): Promise<(ApplicationView & { consortiumName: string; organizationName: string })[]> {
    const [organization]: { name: string }[] = await this.dataSource.query(`SELECT name FROM organization WHERE id = $1`, [organizationId]);
    if (!organization) throw OrganizationErrors.notFound();
    const rows = await this.dataSource.getRepository(MembershipApplicationEntity).find({
      where: { organizationId, ...(status ? { status } : {}) },
      order: { submittedAt: 'DESC', id: 'ASC' },
      take: 500,
    });
    const ids = [...new Set(rows.map((r) => r.consortiumId))];
    const names = new Map(
      (await this.dataSource.query<{ id: string; name: string }[]>(`SELECT id, name FROM consortium WHERE id = ANY($1::uuid[])`, [ids])).map((c) => [
        c.id,
        c.name,
      ]),
    );
    return rows.map((r) => ({ ...view(r), consortiumName: names.get(r.consortiumId) ?? '', organizationName: organization.name }));
  }
}
