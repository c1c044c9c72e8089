import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, type ClientScope } from '#platform';
import { IdentityErrors } from '../../domain/identity-errors.js';
import { ApiClientEntity } from '../../persistence/identity.entities.js';
import { verifyPassword } from '../credentials.js';
import { TokenService } from '../token.service.js';

export interface ClientTokenRequest {
  grantType: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated subset of the client's scopes; all of them when absent. */
  scope?: string;
}

export interface ClientToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  scope: string;
}

/** OAuth2 client credentials (RFC 6749 §4.4) for district systems: a short-lived token bound to the client's district. */
@Injectable()
export class IssueClientTokenUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(request: ClientTokenRequest): Promise<ClientToken> {
    if (request.grantType !== 'client_credentials') throw IdentityErrors.unsupportedGrant();
    const client = await this.dataSource.getRepository(ApiClientEntity).findOne({ where: { clientId: request.clientId } });
    const active = client?.status === 'ACTIVE' ? client : undefined;
    if (!(await verifyPassword(active?.secretHash, request.clientSecret)) || !active) throw IdentityErrors.invalidClient();

    const requested = request.scope?.split(' ').filter(Boolean) ?? active.scopes;
    const unknown = requested.filter((s) => !active.scopes.includes(s as ClientScope));
    if (unknown.length > 0) throw IdentityErrors.invalidScope(unknown);
    const scopes = requested as ClientScope[];

    const accessToken = await this.tokens.signClient(active.id, active.districtCode, scopes);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'identity.client-token.issue',
        entityType: 'api-client',
        entityId: active.id,
        before: null,
        after: { clientId: active.clientId, scopes },
        actor: { type: 'client', id: active.id, name: active.clientId, district: active.districtCode, scopes },
      }),
    );
    return { accessToken, tokenType: 'Bearer', expiresIn: this.tokens.ttlSeconds, scope: scopes.join(' ') };
  }
}

