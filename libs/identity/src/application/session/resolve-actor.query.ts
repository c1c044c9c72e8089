import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor, ClientScope, RoleBinding } from '#platform';
import { IdentityErrors } from '../../domain/identity-errors.js';
import type { TokenClaims } from '../token.service.js';

/**
 * Turns verified token claims into the acting principal, from the database on every request: a
 * disabled user or client, a revoked session, a removed role or scope takes effect at once.
 */
@Injectable()
export class ResolveActorQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(claims: TokenClaims): Promise<Actor> {
    if (claims.typ === 'user') {
      const rows: { username: string; bindings: RoleBinding[] | null }[] = await this.dataSource.query(
        `SELECT u.username,
                (SELECT json_agg(json_build_object('role', b.role, 'consortiumId', b.consortium_id, 'organizationId', b.organization_id))
                   FROM user_role_binding b WHERE b.user_id = u.id) AS bindings
           FROM app_user u
          WHERE u.id = $1 AND u.status = 'ACTIVE'
            AND EXISTS (SELECT 1 FROM refresh_token t WHERE t.session_id = $2 AND t.user_id = u.id)
            AND NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.session_id = $2 AND t.revoked_at IS NOT NULL)`,
        [claims.sub, claims.sid],
      );
      if (rows.length === 0) throw IdentityErrors.invalidToken();
      return { type: 'user', id: claims.sub, name: rows[0].username, sessionId: claims.sid, bindings: rows[0].bindings ?? [] };
    }
    const rows: { client_id: string; district_code: string; scopes: ClientScope[] }[] = await this.dataSource.query(
      `SELECT client_id, district_code, scopes FROM api_client WHERE id = $1 AND status = 'ACTIVE'`,
      [claims.sub],
    );
    if (rows.length === 0 || rows[0].district_code !== claims.district) throw IdentityErrors.invalidToken();
    const granted = claims.scope.split(' ').filter((s): s is ClientScope => rows[0].scopes.includes(s as ClientScope));
    return { type: 'client', id: claims.sub, name: rows[0].client_id, district: rows[0].district_code, scopes: granted };
  }
}
