import { Injectable } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { RequestValidationError } from '#platform';
import { AuthenticateUserUseCase, type AuthenticatedUser } from '../application/session/sessions.use-cases.js';

/** Username and password from the JSON body, checked by the authenticate use case. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly authenticateUser: AuthenticateUserUseCase) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, username: unknown, password: unknown): Promise<AuthenticatedUser> {
    // The guard runs before the validation pipe: a number or an object must not reach the use case.
    // Nor a NUL or a lone surrogate, which PostgreSQL cannot compare or store.
    const wrong = Object.entries({ username, password }).filter(
      // eslint-disable-next-line no-control-regex -- NUL is one of the characters refused here
      ([, v]) => typeof v !== 'string' || /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(v),
    );
    if (wrong.length > 0) {
      return Promise.reject(
        new RequestValidationError(wrong.map(([field]) => ({ field, code: 'IS_STRING', message: `${field} must be a string of well-formed text` }))),
      );
    }
    return this.authenticateUser.execute(username as string, password as string, request.ip);
  }
}

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {}
