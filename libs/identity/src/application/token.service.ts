import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type ClientScope, Environment } from '#platform';
import { IdentityErrors } from '../domain/identity-errors.js';
import { newId } from './credentials.js';

export const TOKEN_ISSUER = 'cej-platform';
export const TOKEN_AUDIENCE = 'cej-api';

export interface UserTokenClaims {
  typ: 'user';
  sub: string;
  /** Login session; revoking it revokes the access token at once. */
  sid: string;
}

export interface ClientTokenClaims {
  typ: 'client';
  sub: string;
  district: string;
  scope: string;
}

export type TokenClaims = (UserTokenClaims | ClientTokenClaims) & { jti: string; iat: number; exp: number };

/** Short-lived HS256 access tokens with a fixed issuer and audience; the key is JWT_SECRET (see IdentityModule). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly env: Environment,
  ) {}

  get ttlSeconds(): number {
    return this.env.ACCESS_TOKEN_TTL_SECONDS;
  }

  signUser(userId: string, sessionId: string): Promise<string> {
    return this.sign({ typ: 'user', sub: userId, sid: sessionId } satisfies UserTokenClaims);
  }

  signClient(clientUuid: string, district: string, scopes: readonly ClientScope[]): Promise<string> {
    return this.sign({ typ: 'client', sub: clientUuid, district, scope: scopes.join(' ') } satisfies ClientTokenClaims);
  }

  private sign(claims: UserTokenClaims | ClientTokenClaims): Promise<string> {
    return this.jwt.signAsync(
      { ...claims },
      {
        algorithm: 'HS256',
        expiresIn: this.env.ACCESS_TOKEN_TTL_SECONDS,
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        jwtid: newId(),
      },
    );
  }

  /** Verifies signature, algorithm, issuer, audience and expiry; any failure is INVALID_TOKEN. */
  async verify(token: string): Promise<TokenClaims> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token, {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
      });
      if ((claims.typ !== 'user' && claims.typ !== 'client') || typeof claims.sub !== 'string') throw new Error('bad claims');
      return claims;
    } catch {
      throw IdentityErrors.invalidToken();
    }
  }
}
