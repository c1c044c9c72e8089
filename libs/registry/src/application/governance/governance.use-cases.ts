import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecorder, OutboxPublisher, violatedConstraint } from '#platform';
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

async function assertConsortium(manager: EntityManager, consortiumId: string): Promise<void> {
  const rows = await manager.query(`SELECT 1 FROM consortium WHERE id = $1 FOR UPDATE`, [consortiumId]);
  if (rows.length === 0) throw ConsortiumErrors.notFound();
}

async function assertMember(manager: EntityManager, consortiumId: string, organizationId: string, date: string, field: string): Promise<void> {
  const rows = await manager.query(
    `SELECT 1 FROM membership WHERE consortium_id = $1 AND organization_id = $2 AND daterange(valid_from, valid_to) @> $3::date`,
    [consortiumId, organizationId, date],
  );
  if (rows.length === 0) throw GovernanceErrors.notAMember(field);
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
      await assertConsortium(manager, consortiumId);
      const { entityId, before, after } = await change(manager);
      await this.outbox.publish(manager, { type: 'registry.governance.changed', aggregateType: 'consortium', aggregateId: consortiumId, payload: { consortiumId, entityType, entityId, action } });
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

const seatView = (s: CouncilSeatEntity) => ({ id: s.id, organizationId: s.organizationId, personName: s.personName, position: s.position, termStart: s.termStart, termEnd: s.termEnd });

@Injectable()
export class GovernanceUseCases {
  constructor(private readonly writer: GovernanceWriter) {}

  /** A person takes a council seat for a member unit (the unit must be a member when the term starts). */
  recordSeat(consortiumId: string, command: SeatCommand) {
    return this.writer.write(consortiumId, 'registry.council-seat.create', 'council-seat', async (manager) => {
      await assertMember(manager, consortiumId, command.organizationId, command.termStart, 'organizationId');
      const seat = await manager.save(manager.create(CouncilSeatEntity, { consortiumId, ...command, termEnd: null }));
      return { entityId: seat.id, before: null, after: seatView(seat) };
    });
  }

  endSeat(consortiumId: string, seatId: string, termEnd: string) {
    return this.writer.write(consortiumId, 'registry.council-seat.end', 'council-seat', async (manager) => {
      const seat = await manager.findOne(CouncilSeatEntity, { where: { id: seatId, consortiumId }, lock: { mode: 'pessimistic_write' } });
      if (!seat) throw GovernanceErrors.seatNotFound();
      if (seat.termEnd) throw GovernanceErrors.seatEnded();
      if (termEnd <= seat.termStart) throw GovernanceErrors.termEndTooEarly();
      const before = seatView(seat);
      await manager.update(CouncilSeatEntity, { id: seatId }, { termEnd });
      return { entityId: seatId, before, after: { ...before, termEnd } };
    });
  }

  async recordResolution(consortiumId: string, command: { number: string; adoptedOn: string; title: string; text: string; votesFor: number; votesAgainst: number; abstentions: number }) {
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

  /** The secretariat (秘书处): its host unit (a current member) and secretary-general. */
  setSecretariat(consortiumId: string, command: { hostOrganizationId: string; secretaryGeneral: string }) {
    return this.writer.write(consortiumId, 'registry.secretariat.set', 'secretariat', async (manager) => {
      await assertMember(manager, consortiumId, command.hostOrganizationId, todayInShanghai(), 'hostOrganizationId');
      const existing = await manager.findOne(SecretariatEntity, { where: { consortiumId } });
      const before = existing ? { hostOrganizationId: existing.hostOrganizationId, secretaryGeneral: existing.secretaryGeneral } : null;
      await manager.upsert(SecretariatEntity, { consortiumId, ...command, updatedAt: new Date() }, ['consortiumId']);
      return { entityId: consortiumId, before, after: { ...command } };
    });
  }

  /** The operations platform (运营平台): operator (a current member), legal form (实体化运行), services. */
  setPlatform(consortiumId: string, command: { operatorOrganizationId: string; independentLegalEntity: boolean; services: PlatformService[] }) {
    return this.writer.write(consortiumId, 'registry.operations-platform.set', 'operations-platform', async (manager) => {
      await assertMember(manager, consortiumId, command.operatorOrganizationId, todayInShanghai(), 'operatorOrganizationId');
      const existing = await manager.findOne(OperationsPlatformEntity, { where: { consortiumId } });
      const before = existing
        ? { operatorOrganizationId: existing.operatorOrganizationId, independentLegalEntity: existing.independentLegalEntity, services: existing.services }
        : null;
      await manager.upsert(OperationsPlatformEntity, { consortiumId, ...command, services: [...new Set(command.services)], updatedAt: new Date() }, ['consortiumId']);
      return { entityId: consortiumId, before, after: { ...command, services: [...new Set(command.services)] } };
    });
  }

  /** A power delegated by a district government (赋权清单). */
  grantPower(consortiumId: string, command: { item: DelegatedPowerItem; grantedBy: string; grantedOn: string; scope: string }) {
    return this.writer.write(consortiumId, 'registry.delegated-power.grant', 'delegated-power', async (manager) => {
      const p = await manager.save(manager.create(DelegatedPowerEntity, { consortiumId, ...command }));
      return { entityId: p.id, before: null, after: { id: p.id, ...command } };
    });
  }
}

/** The three-level structure of one consortium; council seats as of a date (default today). */
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
      .andWhere('daterange(s.term_start, s.term_end) @> CAST(:date AS date)', { date })
      .orderBy(`array_position(ARRAY['CHAIR','VICE_CHAIR','DIRECTOR','SUPERVISOR'], s.position)`)
      .addOrderBy('s.person_name')
      .getMany();
    const resolutions = await m.getRepository(CouncilResolutionEntity).find({ where: { consortiumId }, order: { adoptedOn: 'DESC' }, take: 200 });
    const secretariat = await m.getRepository(SecretariatEntity).findOne({ where: { consortiumId } });
    const platform = await m.getRepository(OperationsPlatformEntity).findOne({ where: { consortiumId } });
    const powers = await m.getRepository(DelegatedPowerEntity).find({ where: { consortiumId }, order: { grantedOn: 'ASC' } });
    return {
      asOf: date,
      council: { seats: seats.map(seatView), resolutions: resolutions.map(({ consortium: _c, createdAt: _t, consortiumId: _id, ...r }) => r) },
      secretariat: secretariat ? { hostOrganizationId: secretariat.hostOrganizationId, secretaryGeneral: secretariat.secretaryGeneral } : null,
      operationsPlatform: platform ? { operatorOrganizationId: platform.operatorOrganizationId, independentLegalEntity: platform.independentLegalEntity, services: platform.services } : null,
      delegatedPowers: powers.map((p) => ({ id: p.id, item: p.item, grantedBy: p.grantedBy, grantedOn: p.grantedOn, scope: p.scope })),
    };
  }
}
