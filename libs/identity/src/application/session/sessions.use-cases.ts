import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, AuditRecorder, Environment, type RoleBinding } from '#platform';
import { IdentityErrors } from '../../domain/identity-errors.js';
import { RefreshTokenEntity, RoleBindingEntity, UserEntity } from '../../persistence/identity.entities.js';
import { newId, newSecret, sameHash, sha256, verifyPassword } from '../credentials.js';
import { TokenService } from '../token.service.js';
import { LoginThrottle } from './login-throttle.js';

export interface AuthenticatedUser {
  id: string;
  username: string;
  displayName: string;
}

export interface SessionTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

const userActor = (user: AuthenticatedUser, sessionId: string, bindings: RoleBinding[] = []): Actor => ({
  type: 'user',
  id: user.id,
  name: user.username,
  sessionId,
  bindings,
});

/**
 * Checks a username and password (used by the passport local strategy). Refused alike whether
 * the account is unknown, disabled or the password wrong, after the same argon2 work; counts
 * failures per account and per address and refuses while either is locked (429).
 */
@Injectable()
export class AuthenticateUserUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(username: string, password: string, ip: string | undefined): Promise<AuthenticatedUser> {
    const name = username.trim().toLowerCase();
    const keys = this.throttle.keys(name, ip);
    const locked = await this.throttle.lockedFor(this.dataSource.manager, keys);
    if (locked > 0) throw IdentityErrors.loginThrottled(locked);

    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { username: name } });
    const active = user?.status === 'ACTIVE' ? user : undefined;
    const ok = await verifyPassword(active?.passwordHash, password);
    if (!ok || !active) {
      await this.dataSource.transaction(async (manager) => {
        await this.throttle.recordFailure(manager, keys);
        await this.audit.record(manager, {
          action: 'identity.session.login-failed',
          entityType: 'session',
          entityId: null,
          before: null,
          after: { username: name },
          actor: { type: 'anonymous' },
        });
      });
      throw IdentityErrors.invalidCredentials();
    }
    await this.throttle.recordSuccess(this.dataSource.manager, keys);
    return { id: active.id, username: active.username, displayName: active.displayName };
  }
}

@Injectable()
export class SessionTokenIssuer {
  constructor(
    private readonly tokens: TokenService,
    private readonly env: Environment,
  ) {}

  /** Writes a new refresh token of `sessionId` and signs an access token for it. */
  async issue(manager: EntityManager, userId: string, sessionId: string): Promise<SessionTokens> {
    const id = newId();
    const secret = newSecret();
    const ttl = this.env.REFRESH_TOKEN_TTL_SECONDS;
    await manager.insert(RefreshTokenEntity, {
      id,
      sessionId,
      userId,
      secretHash: sha256(secret),
      expiresAt: new Date(Date.now() + ttl * 1000),
    });
    return {
      accessToken: await this.tokens.signUser(userId, sessionId),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      refreshToken: `${id}.${secret}`,
      refreshExpiresIn: ttl,
    };
  }
}

/** Opens a login session for an authenticated user: a refresh token and an access token. */
@Injectable()
export class StartSessionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuer: SessionTokenIssuer,
    private readonly audit: AuditRecorder,
  ) {}

  execute(user: AuthenticatedUser): Promise<SessionTokens> {
    const sessionId = newId();
    return this.dataSource.transaction(async (manager) => {
      const bindings = await manager.find(RoleBindingEntity, { where: { userId: user.id } });
      const tokens = await this.issuer.issue(manager, user.id, sessionId);
      await this.audit.record(manager, {
        action: 'identity.session.create',
        entityType: 'session',
        entityId: sessionId,
        before: null,
        after: { userId: user.id },
        actor: userActor(user, sessionId, bindings),
      });
      return tokens;
    });
  }
}

/**
 * Trades a refresh token for a new pair (rotation). A token used twice means it leaked: the whole
 * session is revoked and both holders must log in again.
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuer: SessionTokenIssuer,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(refreshToken: string): Promise<SessionTokens> {
    const [id, secret] = refreshToken.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw IdentityErrors.invalidRefreshToken();
    let reused = false;
    const result = await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token || !sameHash(token.secretHash, sha256(secret))) return undefined;
      const user = await manager.findOne(UserEntity, { where: { id: token.userId } });
      const actor = user ? userActor(user, token.sessionId) : undefined;
      if (token.usedAt) {
        reused = true;
        await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE session_id = $1 AND revoked_at IS NULL`, [token.sessionId]);
        await this.audit.record(manager, {
          action: 'identity.session.revoke-on-reuse',
          entityType: 'session',
          entityId: token.sessionId,
          before: { active: true },
          after: { active: false, reason: 'REFRESH_TOKEN_REUSED' },
          actor,
        });
        return undefined;
      }
      if (token.revokedAt || token.expiresAt.getTime() <= Date.now() || user?.status !== 'ACTIVE') return undefined;
      await manager.update(RefreshTokenEntity, { id }, { usedAt: new Date() });
      const tokens = await this.issuer.issue(manager, token.userId, token.sessionId);
      await this.audit.record(manager, {
        action: 'identity.session.refresh',
        entityType: 'session',
        entityId: token.sessionId,
        before: { refreshTokenId: id },
        after: { refreshTokenId: tokens.refreshToken.split('.')[0] },
        actor,
      });
      return tokens;
    });
    if (reused) throw IdentityErrors.refreshTokenReused();
    if (!result) throw IdentityErrors.invalidRefreshToken();
    return result;
  }
}

/** Logs out: revokes the caller's session; its access and refresh tokens stop working at once. */
@Injectable()
export class EndSessionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(actor: Actor): Promise<void> {
    if (actor.type !== 'user') throw IdentityErrors.invalidToken('Only a user session can be ended');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE session_id = $1 AND revoked_at IS NULL`, [actor.sessionId]);
      await this.audit.record(manager, {
        action: 'identity.session.end',
        entityType: 'session',
        entityId: actor.sessionId,
        before: { active: true },
        after: { active: false },
      });
    });
  }
}
