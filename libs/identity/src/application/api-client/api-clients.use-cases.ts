import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, type ClientScope } from '#platform';
import { districtByCode } from '#registry';
import { IdentityErrors } from '../../domain/identity-errors.js';
import { ApiClientEntity } from '../../persistence/identity.entities.js';
import { hashPassword, newSecret } from '../credentials.js';

export interface ApiClientView {
  id: string;
  clientId: string;
  name: string;
  districtCode: string;
  scopes: ClientScope[];
  status: 'ACTIVE' | 'DISABLED';
  /** While set, the secret before the last rotation is accepted too (null once the overlap is over). */
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const view = (c: ApiClientEntity): ApiClientView => ({
  id: c.id,
  clientId: c.clientId,
  name: c.name,
  districtCode: c.districtCode,
  scopes: [...c.scopes],
  status: c.status,
  previousSecretExpiresAt: c.previousSecretExpiresAt && c.previousSecretExpiresAt > new Date() ? c.previousSecretExpiresAt : null,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

const auditState = (c: ApiClientView) => ({ clientId: c.clientId, name: c.name, districtCode: c.districtCode, scopes: c.scopes, status: c.status });

export interface CreateApiClientCommand {
  name: string;
  districtCode: string;
  scopes: ClientScope[];
}

/**
 * Registers a district system. The secret is returned once, here, and stored only as an argon2
 * hash; a lost secret means a new client.
 */
@Injectable()
export class CreateApiClientUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(command: CreateApiClientCommand): Promise<ApiClientView & { clientSecret: string }> {
    if (!districtByCode(command.districtCode)) throw IdentityErrors.unknownDistrict(command.districtCode);
    const clientSecret = `cs_${newSecret()}`;
    const clientId = `dst_${command.districtCode}_${randomBytes(6).toString('hex')}`;
    const secretHash = await hashPassword(clientSecret);
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.save(
        manager.create(ApiClientEntity, { clientId, name: command.name, districtCode: command.districtCode, scopes: [...new Set(command.scopes)], secretHash }),
      );
      const result = view(client);
      await this.audit.record(manager, {
        action: 'identity.api-client.create',
        entityType: 'api-client',
        entityId: client.id,
        before: null,
        after: auditState(result),
      });
      return { ...result, clientSecret };
    });
  }
}

/** Disables (tokens stop working on their next request) or re-enables a client. */
@Injectable()
export class SetApiClientStatusUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
  ) {}

  execute(id: string, status: 'ACTIVE' | 'DISABLED'): Promise<ApiClientView> {
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.findOne(ApiClientEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!client) throw IdentityErrors.clientNotFound();
      const before = view(client);
      await manager.update(ApiClientEntity, { id }, { status, updatedAt: new Date() });
      const after = view((await manager.findOne(ApiClientEntity, { where: { id } }))!);
      await this.audit.record(manager, {
        action: status === 'DISABLED' ? 'identity.api-client.disable' : 'identity.api-client.enable',
        entityType: 'api-client',
        entityId: id,
        before: auditState(before),
        after: auditState(after),
      });
      return after;
    });
  }
}

/** Default overlap of a rotation: a day, as for webhook signing secrets. */
export const DEFAULT_SECRET_OVERLAP_SECONDS = 86_400;

/**
 * A new secret, returned once; the previous one stays valid for `overlapSeconds` (0: at once
 * invalid), so a district system can switch without a failed token request. A second rotation
 * during an overlap ends the first overlap: only the secret just replaced stays valid. Mirrors
 * webhook secret rotation; audited without the secrets.
 */
@Injectable()
export class RotateApiClientSecretUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(id: string, overlapSeconds: number): Promise<ApiClientView & { clientSecret: string }> {
    const clientSecret = `cs_${newSecret()}`;
    const secretHash = await hashPassword(clientSecret);
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.findOne(ApiClientEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!client) throw IdentityErrors.clientNotFound();
      const before = view(client);
      const now = new Date();
      const expires = overlapSeconds > 0 ? new Date(now.getTime() + overlapSeconds * 1000) : null;
      await manager.update(
        ApiClientEntity,
        { id },
        { secretHash, previousSecretHash: expires ? client.secretHash : null, previousSecretExpiresAt: expires, updatedAt: now },
      );
      const after = view((await manager.findOne(ApiClientEntity, { where: { id } }))!);
      await this.audit.record(manager, {
        action: 'identity.api-client.rotate-secret',
        entityType: 'api-client',
        entityId: id,
        before: { clientId: before.clientId, previousSecretExpiresAt: before.previousSecretExpiresAt?.toISOString() ?? null },
        after: { clientId: after.clientId, previousSecretExpiresAt: after.previousSecretExpiresAt?.toISOString() ?? null },
      });
      return { ...after, clientSecret };
    });
  }
}

@Injectable()
export class ListApiClientsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<ApiClientView[]> {
    return (await this.dataSource.getRepository(ApiClientEntity).find({ order: { createdAt: 'ASC' } })).map(view);
  }
}
