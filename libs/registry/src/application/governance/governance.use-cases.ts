import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuditRecorder, checkIfMatch, OutboxPublisher, PreconditionErrors, violatedConstraint } from '#platform';
import { todayInShanghai } from '../../domain/dates.js';
import { type CouncilPosition, type DelegatedPowerItem, GovernanceErrors, type PlatformService } from '../../domain/governance.js';
import {
  CouncilResolutionEntity,
  CouncilSeatEntity,
  DelegatedPowerEntity,
  OperationsPlatformEntity,
  SecretariatEntity,
} from '../../persistence/governance.entity.js';
import { ConsortiumErrors, loadConsortiumExists } from '../consortium/consortia.use-cases.js';
import type { DistrictScope } from '../organization/organizations.use-cases.js';
import { GovernanceChanged } from '../../contracts/index.js';

/** Locks the consortium row (serialising its governance writes) and returns its districts. */
async function lockConsortium(manager: EntityManager, consortiumId: string): Promise<string[]> {
  const rows: { district_codes: string[] }[] = await manager.query(`SELECT district_codes FROM consortium WHERE id = $1 FOR UPDATE`, [consortiumId]);
  if (rows.length === 0) throw ConsortiumErrors.notFound();
  return rows[0].district_codes;
}

/**
 * The end of the unbroken membership of `organizationId` that covers `date` (role changes chain
 * intervals without a gap): `undefined` when it is not a member that day, `null` when open-ended.
 */
export async function membershipEndCovering(
  manager: EntityManager,
  consortiumId: string,
  organizationId: string,
  date: string,
): Promise<string | null | undefined> {
  const rows: { until: string | null }[] = await manager.query(
    `SELECT to_char(upper(r), 'YYYY-MM-DD') AS until
       FROM (SELECT unnest(range_agg(daterange(valid_from, valid_to))) AS r FROM membership WHERE consortium_id = $1 AND organization_id = $2) m
      WHERE r @> $3::date`,
    [consortiumId, organizationId, date],
  );
  return rows.length === 0 ? undefined : rows[0].until;
}

async function assertMember(manager: EntityManager, consortiumId: string, organizationId: string, date: string, field: string): Promise<string | null> {
  const until = await membershipEndCovering(manager, consortiumId, organizationId, date);
  if (until === undefined) throw GovernanceErrors.notAMember(field);
  return until;
}

/** The outbox event of one governance change: for the change feed and webhooks, scoped to the consortium's districts. */
export function governanceEvent(
  consortiumId: string,
  districtCodes: readonly string[],
  change: { entityType: string; entityId: string; action: string; after: object },
) {
  return GovernanceChanged.of(consortiumId, { consortiumId, ...change }, [...districtCodes]);
}

/**
 * When a membership ends (exit or expulsion), the seats of that unit end with it, in the caller's
 * transaction. A seat that would only begin on or after the exit refuses the exit (409).
 */
export async function endSeatsWithMembership(
  manager: EntityManager,
  consortiumId: string,
  organizationId: string,
  effectiveOn: string,
): Promise<{ id: string; before: object; after: object }[]> {
  const later = await manager.query<unknown[]>(`SELECT 1 FROM council_seat WHERE consortium_id = $1 AND organization_id = $2 AND term_start >= $3::date`, [
    consortiumId,
    organizationId,
    effectiveOn,
  ]);
  if (later.length > 0) throw GovernanceErrors.seatAfterExit();
  const seats = await manager
    .getRepository(CouncilSeatEntity)
    .createQueryBuilder('s')
    .setLock('pessimistic_write')
    .where('s.consortium_id = :consortiumId AND s.organization_id = :organizationId', { consortiumId, organizationId })
    .andWhere('(s.term_end IS NULL OR s.term_end > CAST(:effectiveOn AS date))', { effectiveOn })
    .getMany();
  const changed = [];
  for (const seat of seats) {
    await manager.update(CouncilSeatEntity, { id: seat.id }, { termEnd: effectiveOn });
    changed.push({ id: seat.id, before: seatView(seat), after: { ...seatView(seat), termEnd: effectiveOn } });
  }
  return changed;
}

/**
 * Writes one governance change with its event and audit row, in one transaction. Every
 * governance write goes through here, so they all behave alike.
 */
@Injectable()
export class GovernanceWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  write<T extends object>(
    consortiumId: string,
    action: string,
    entityType: string,
    change: (manager: EntityManager) => Promise<{ entityId: string; before: object | null; after: T }>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const districtCodes = await lockConsortium(manager, consortiumId);
      const { entityId, before, after } = await change(manager);
      await this.outbox.publish(manager, governanceEvent(consortiumId, districtCodes, { entityType, entityId, action, after }));
      await this.audit.record(manager, { action, entityType, entityId, before, after });
      return after;
    });
  }
}

export interface SeatCommand {
  organizationId: string;
  personName: string;
  position: CouncilPosition;
  termStart: string;
}

const seatView = (s: CouncilSeatEntity) => ({
  id: s.id,
  organizationId: s.organizationId,
  personName: s.personName,
  position: s.position,
  termStart: s.termStart,
  termEnd: s.termEnd,
});

const secretariatView = (s: SecretariatEntity) => ({
  hostOrganizationId: s.hostOrganizationId,
  secretaryGeneral: s.secretaryGeneral,
  validFrom: s.validFrom,
  validTo: s.validTo,
  version: s.version,
});
const platformView = (p: OperationsPlatformEntity) => ({
  operatorOrganizationId: p.operatorOrganizationId,
  independentLegalEntity: p.independentLegalEntity,
  services: p.services,
  validFrom: p.validFrom,
  validTo: p.validTo,
  version: p.version,
});
export const powerView = (p: DelegatedPowerEntity) => ({
  id: p.id,
  item: p.item,
  grantedBy: p.grantedBy,
  grantedOn: p.grantedOn,
  scope: p.scope,
  revokedOn: p.revokedOn,
  revocationReason: p.revocationReason,
  version: p.version,
});
export type PowerView = ReturnType<typeof powerView>;

function mapPowerConstraint(error: unknown): never {
  if (violatedConstraint(error) === 'ex_delegated_power_in_force') throw GovernanceErrors.powerAlreadyGranted();
  throw error;
}

/**
 * A new version of an effective-dated row (secretariat, platform): the same day as the current
 * version replaces it (a correction), a later day closes it there; an earlier day is refused.
 */
async function newVersion<E extends SecretariatEntity | OperationsPlatformEntity>(
  manager: EntityManager,
  target: new () => E,
  consortiumId: string,
  effectiveFrom: string,
  field: string,
  values: Partial<E>,
  ifMatch: string | undefined,
): Promise<{ before: E | null; after: E }> {
  const latest =
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc cannot match a generic entity's keys to FindOptionsWhere without it
    ((await manager.findOne(target as new () => SecretariatEntity, {
      where: { consortiumId, validTo: IsNull() },
      lock: { mode: 'pessimistic_write' },
    })) as E | null) ?? null;
  // As organizations do: changing what exists needs its ETag; a first one needs none.
  if (latest) checkIfMatch(ifMatch, latest.version);
  else if (ifMatch !== undefined) throw PreconditionErrors.stale(null);
  if (latest && effectiveFrom < latest.validFrom) throw GovernanceErrors.effectiveBeforeCurrent(field, latest.validFrom);
  if (latest && effectiveFrom === latest.validFrom) {
    await manager.update(target, { id: latest.id }, { ...values, version: latest.version + 1, updatedAt: new Date() } as never);
  } else {
    if (latest) await manager.update(target, { id: latest.id }, { validTo: effectiveFrom, updatedAt: new Date() } as never);
    await manager.insert(target, { consortiumId, ...values, validFrom: effectiveFrom, validTo: null, version: (latest?.version ?? 0) + 1 } as never);
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- as above
  const after = (await manager.findOne(target as new () => SecretariatEntity, { where: { consortiumId }, order: { validFrom: 'DESC' } })) as unknown as E;
  return { before: latest, after };
}

@Injectable()
export class GovernanceUseCases {
  constructor(private readonly writer: GovernanceWriter) {}

  /**
   * A person takes a council seat for a member unit: the unit must be a member when the term
   * starts, and the seat ends no later than that membership (an exit already scheduled closes it).
   */
  async recordSeat(consortiumId: string, command: SeatCommand) {
    try {
      return await this.writer.write(consortiumId, 'registry.council-seat.create', 'council-seat', async (manager) => {
        const until = await assertMember(manager, consortiumId, command.organizationId, command.termStart, 'organizationId');
        const seat = await manager.save(manager.create(CouncilSeatEntity, { consortiumId, ...command, termEnd: until }));
        return { entityId: seat.id, before: null, after: seatView(seat) };
      });
    } catch (error) {
      if (violatedConstraint(error) === 'ex_council_seat_one_chair') throw GovernanceErrors.secondChair();
      throw error;
    }
  }

  /** Ends a term; a seat already ending (e.g. with its membership) may only be shortened. */
  endSeat(consortiumId: string, seatId: string, termEnd: string) {
    return this.writer.write(consortiumId, 'registry.council-seat.end', 'council-seat', async (manager) => {
      const seat = await manager.findOne(CouncilSeatEntity, { where: { id: seatId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      if (!seat) throw GovernanceErrors.seatNotFound();
      if (seat.termEnd && termEnd >= seat.termEnd) throw GovernanceErrors.seatEnded();
      if (termEnd <= seat.termStart) throw GovernanceErrors.termEndTooEarly();
      const before = seatView(seat);
      await manager.update(CouncilSeatEntity, { id: seatId }, { termEnd });
      return { entityId: seatId, before, after: { ...before, termEnd } };
    });
  }

  async recordResolution(
    consortiumId: string,
    command: { number: string; adoptedOn: string; title: string; text: string; votesFor: number; votesAgainst: number; abstentions: number },
  ) {
    try {
      return await this.writer.write(consortiumId, 'registry.council-resolution.create', 'council-resolution', async (manager) => {
        const r = await manager.save(manager.create(CouncilResolutionEntity, { consortiumId, ...command }));
        return { entityId: r.id, before: null, after: { id: r.id, ...command } };
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'uq_council_resolution_number') throw GovernanceErrors.resolutionNumberTaken(command.number);
      throw error;
    }
  }

  /** The secretariat (秘书处) from `effectiveFrom` (default today): its host unit (a member that day) and secretary-general. */
  setSecretariat(consortiumId: string, command: { hostOrganizationId: string; secretaryGeneral: string; effectiveFrom?: string }, ifMatch?: string) {
    return this.writer.write(consortiumId, 'registry.secretariat.set', 'secretariat', async (manager) => {
      const from = command.effectiveFrom ?? todayInShanghai();
      await assertMember(manager, consortiumId, command.hostOrganizationId, from, 'hostOrganizationId');
      const { before, after } = await newVersion(
        manager,
        SecretariatEntity,
        consortiumId,
        from,
        'effectiveFrom',
        {
          hostOrganizationId: command.hostOrganizationId,
          secretaryGeneral: command.secretaryGeneral,
        },
        ifMatch,
      );
      return { entityId: consortiumId, before: before ? secretariatView(before) : null, after: secretariatView(after) };
    });
  }

  /** The operations platform (运营平台) from `effectiveFrom` (default today): operator (a member that day), legal form (实体化运行), services. */
  setPlatform(
    consortiumId: string,
    command: { operatorOrganizationId: string; independentLegalEntity: boolean; services: PlatformService[]; effectiveFrom?: string },
    ifMatch?: string,
  ) {
    return this.writer.write(consortiumId, 'registry.operations-platform.set', 'operations-platform', async (manager) => {
      const from = command.effectiveFrom ?? todayInShanghai();
      await assertMember(manager, consortiumId, command.operatorOrganizationId, from, 'operatorOrganizationId');
      const { before, after } = await newVersion(
        manager,
        OperationsPlatformEntity,
        consortiumId,
        from,
        'effectiveFrom',
        {
          operatorOrganizationId: command.operatorOrganizationId,
          independentLegalEntity: command.independentLegalEntity,
          services: [...new Set(command.services)],
        },
        ifMatch,
      );
      return { entityId: consortiumId, before: before ? platformView(before) : null, after: platformView(after) };
    });
  }

  /** A power delegated by a district government (赋权清单), in force from `grantedOn` (not after today) until revoked. */
  async grantPower(consortiumId: string, command: { item: DelegatedPowerItem; grantedBy: string; grantedOn: string; scope: string }) {
    if (command.grantedOn > todayInShanghai()) throw GovernanceErrors.grantedOnInFuture();
    return this.writer
      .write(consortiumId, 'registry.delegated-power.grant', 'delegated-power', async (manager) => {
        const p = await manager.save(manager.create(DelegatedPowerEntity, { consortiumId, ...command, revokedOn: null, revocationReason: null, version: 1 }));
        return { entityId: p.id, before: null, after: powerView(p) };
      })
      .catch(mapPowerConstraint);
  }

  /** Ends a power on `revokedOn` (after its grant, not after today); the grant stays on record. */
  revokePower(consortiumId: string, powerId: string, command: { revokedOn: string; reason: string }) {
    return this.writer.write(consortiumId, 'registry.delegated-power.revoke', 'delegated-power', async (manager) => {
      const power = await lockPower(manager, consortiumId, powerId);
      if (power.revokedOn !== null) throw GovernanceErrors.powerRevoked();
      if (command.revokedOn <= power.grantedOn || command.revokedOn > todayInShanghai()) throw GovernanceErrors.revokedOnInvalid(power.grantedOn);
      const before = powerView(power);
      await manager.update(
        DelegatedPowerEntity,
        { id: powerId },
        { revokedOn: command.revokedOn, revocationReason: command.reason, version: power.version + 1 },
      );
      return { entityId: powerId, before, after: { ...before, revokedOn: command.revokedOn, revocationReason: command.reason, version: power.version + 1 } };
    });
  }

  /** Corrects how a grant was recorded (grantor, date, scope); the item is what the grant is, so it is not corrected. If-Match required. */
  correctPower(consortiumId: string, powerId: string, ifMatch: string | undefined, command: { grantedBy?: string; grantedOn?: string; scope?: string }) {
    if (command.grantedOn !== undefined && command.grantedOn > todayInShanghai()) throw GovernanceErrors.grantedOnInFuture();
    return this.writer
      .write(consortiumId, 'registry.delegated-power.correct', 'delegated-power', async (manager) => {
        const power = await lockPower(manager, consortiumId, powerId);
        checkIfMatch(ifMatch, power.version);
        const before = powerView(power);
        const next = {
          grantedBy: command.grantedBy ?? power.grantedBy,
          grantedOn: command.grantedOn ?? power.grantedOn,
          scope: command.scope ?? power.scope,
          version: power.version + 1,
        };
        if (power.revokedOn !== null && next.grantedOn >= power.revokedOn) throw GovernanceErrors.grantedOnAfterRevocation(power.revokedOn);
        await manager.update(DelegatedPowerEntity, { id: powerId }, next);
        return { entityId: powerId, before, after: { ...before, ...next } };
      })
      .catch(mapPowerConstraint);
  }
}

async function lockPower(manager: EntityManager, consortiumId: string, powerId: string): Promise<DelegatedPowerEntity> {
  const power = await manager.findOne(DelegatedPowerEntity, { where: { id: powerId, consortiumId }, lock: { mode: 'pessimistic_write' } });
  if (!power) throw GovernanceErrors.powerNotFound();
  return power;
}

const inForce = (alias: string, from: string, to: string) => `daterange(${alias}.${from}, ${alias}.${to}) @> CAST(:date AS date)`;

/** The three-level structure of one consortium as of a date (default today): every part is effective-dated. */
@Injectable()
export class GetGovernanceQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(consortiumId: string, asOf: string | undefined, scope: DistrictScope) {
    const date = asOf ?? todayInShanghai();
    const m = this.dataSource.manager;
    await loadConsortiumExists(m, consortiumId, scope);
    const seats = await m
      .getRepository(CouncilSeatEntity)
      .createQueryBuilder('s')
      .where('s.consortium_id = :consortiumId', { consortiumId })
      .andWhere(inForce('s', 'term_start', 'term_end'), { date })
      .orderBy(`array_position(ARRAY['CHAIR','VICE_CHAIR','DIRECTOR','SUPERVISOR'], s.position)`)
      .addOrderBy('s.person_name')
      .getMany();
    const resolutions = await m
      .getRepository(CouncilResolutionEntity)
      .createQueryBuilder('r')
      .where('r.consortium_id = :consortiumId AND r.adopted_on <= CAST(:date AS date)', { consortiumId, date })
      .orderBy('r.adopted_on', 'DESC')
      .addOrderBy('r.number', 'DESC')
      .take(200)
      .getMany();
    const secretariat = await m
      .getRepository(SecretariatEntity)
      .createQueryBuilder('s')
      .where('s.consortium_id = :consortiumId', { consortiumId })
      .andWhere(inForce('s', 'valid_from', 'valid_to'), { date })
      .getOne();
    const platform = await m
      .getRepository(OperationsPlatformEntity)
      .createQueryBuilder('p')
      .where('p.consortium_id = :consortiumId', { consortiumId })
      .andWhere(inForce('p', 'valid_from', 'valid_to'), { date })
      .getOne();
    const powers = await m
      .getRepository(DelegatedPowerEntity)
      .createQueryBuilder('p')
      .where('p.consortium_id = :consortiumId', { consortiumId })
      .andWhere(inForce('p', 'granted_on', 'revoked_on'), { date })
      .orderBy('p.granted_on', 'ASC')
      .addOrderBy('p.item', 'ASC')
      .getMany();
    return {
      asOf: date,
      council: { seats: seats.map(seatView), resolutions: resolutions.map(({ consortium: _c, createdAt: _t, consortiumId: _id, ...r }) => r) },
      secretariat: secretariat ? secretariatView(secretariat) : null,
      operationsPlatform: platform ? platformView(platform) : null,
      delegatedPowers: powers.map(powerView),
    };
  }
}

/** 赋权清单 of one consortium: the whole register (revoked grants too), or the powers in force on `asOf`. */
@Injectable()
export class ListDelegatedPowersQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ofConsortium(consortiumId: string, asOf: string | undefined, scope: DistrictScope): Promise<PowerView[]> {
    await loadConsortiumExists(this.dataSource.manager, consortiumId, scope);
    const qb = this.dataSource.getRepository(DelegatedPowerEntity).createQueryBuilder('p').where('p.consortium_id = :consortiumId', { consortiumId });
    if (asOf) qb.andWhere(inForce('p', 'granted_on', 'revoked_on'), { date: asOf });
    return (await qb.orderBy('p.item', 'ASC').addOrderBy('p.granted_on', 'ASC').getMany()).map(powerView);
  }

  /** City-wide: which consortium holds which power on a date (default today), within the caller's district scope. */
  async cityWide(filter: { asOf?: string; item?: DelegatedPowerItem }, scope: DistrictScope) {
    const date = filter.asOf ?? todayInShanghai();
    const params: unknown[] = [date];
    let where = 'daterange(p.granted_on, p.revoked_on) @> $1::date';
    if (filter.item) {
      params.push(filter.item);
      where += ` AND p.item = $${params.length}`;
    }
    if (scope.district) {
      params.push(scope.district);
      where += ` AND c.district_codes @> ARRAY[$${params.length}]::text[]`;
    }
    const rows: {
      id: string;
      consortium_id: string;
      consortium_name: string;
      district_codes: string[];
      item: DelegatedPowerItem;
      granted_by: string;
      granted_on: string;
      scope: string;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.consortium_id, c.name AS consortium_name, c.district_codes, p.item, p.granted_by, to_char(p.granted_on, 'YYYY-MM-DD') AS granted_on, p.scope
           FROM delegated_power p JOIN consortium c ON c.id = p.consortium_id
          WHERE ${where}
          ORDER BY p.item, c.name, p.granted_on`,
      params,
    );
    return {
      asOf: date,
      items: rows.map((r) => ({
        id: r.id,
        consortiumId: r.consortium_id,
        consortiumName: r.consortium_name,
        districtCodes: r.district_codes,
        item: r.item,
        grantedBy: r.granted_by,
        grantedOn: r.granted_on,
        scope: r.scope,
      })),
    };
  }
}
