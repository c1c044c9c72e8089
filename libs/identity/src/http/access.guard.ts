import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_POLICY, type AccessPolicy, type Actor, DomainError, evaluatePolicy, requestContext } from '#platform';
import { IdentityErrors } from '../domain/identity-errors.js';
import { ResolveActorQuery } from '../application/session/resolve-actor.query.js';
import { TokenService } from '../application/token.service.js';

/**
 * The global guard: authenticates the bearer token (if any), records the actor for logs and
 * audit, and applies the route's declared policy. No policy, no access.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly resolveActor: ResolveActorQuery,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const actor = await this.authenticate(request.headers.authorization);
    const store = requestContext.getStore();
    if (store) store.actor = actor;

    if (!policy) throw new DomainError('FORBIDDEN', 'NO_ACCESS_POLICY', 'This route declares no access policy and is closed');
    switch (evaluatePolicy(policy, actor, (request.params ?? {}) as Record<string, string>)) {
      case 'allow':
        return true;
      case 'unauthenticated':
        throw IdentityErrors.invalidToken('Authentication required: send Authorization: Bearer <access token>');
      case 'insufficient-scope':
        throw new DomainError('FORBIDDEN', 'INSUFFICIENT_SCOPE', `This route needs the scopes: ${(policy.scopes ?? []).join(' ')}`);
      case 'not-found':
        throw new DomainError('NOT_FOUND', 'NOT_FOUND', 'No such resource');
      default:
        throw new DomainError('FORBIDDEN', 'FORBIDDEN', 'Your role does not allow this');
    }
  }

  private async authenticate(header: string | undefined): Promise<Actor> {
    // Other schemes (HTTP Basic on the token endpoint) are not ours to judge: anonymous here.
    if (!header || !/^Bearer\s/i.test(header)) return { type: 'anonymous' };
    const match = /^Bearer ([A-Za-z0-9._-]+)$/i.exec(header);
    if (!match) throw IdentityErrors.invalidToken('The Authorization header must be: Bearer <access token>');
    return this.resolveActor.execute(await this.tokens.verify(match[1]));
  }
}
