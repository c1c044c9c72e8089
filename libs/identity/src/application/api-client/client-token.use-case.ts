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
    const secret = await this.matchingSecret(client, request.clientSecret);
    if (!client || !secret) throw IdentityErrors.invalidClient();
    if (client.status !== 'ACTIVE') throw IdentityErrors.unauthorizedClient();
    const active = client;

    const requested = request.scope === undefined ? active.scopes : [...new Set(request.scope.split(' ').filter(Boolean))];
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
        after: { clientId: active.clientId, scopes, secret },
        actor: { type: 'client', id: active.id, name: active.clientId, district: active.districtCode, scopes },
      }),
    );
    return { accessToken, tokenType: 'Bearer', expiresIn: this.tokens.ttlSeconds, scope: scopes.join(' ') };
  }

  /**
   * Which of the client's secrets was presented: the current one, or during a rotation's overlap
   * the previous one (the audit records which, so an administrator sees who has not switched yet).
   * An unknown client is verified against a dummy hash, so timing does not tell it apart.
   */
  private async matchingSecret(client: ApiClientEntity | null, presented: string): Promise<'current' | 'previous' | undefined> {
    if (await verifyPassword(client?.secretHash, presented)) return 'current';
    const previous =
      client?.previousSecretHash && client.previousSecretExpiresAt && client.previousSecretExpiresAt > new Date() ? client.previousSecretHash : undefined;
    if (previous && (await verifyPassword(previous, presented))) return 'previous';
    return undefined;
  }
}
