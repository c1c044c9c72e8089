import { Injectable } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { AuthenticateUserUseCase, type AuthenticatedUser } from '../application/session/sessions.use-cases.js';

/** Username and password from the JSON body, checked by the authenticate use case. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly authenticateUser: AuthenticateUserUseCase) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, username: string, password: string): Promise<AuthenticatedUser> {
    return this.authenticateUser.execute(username, password, request.ip);
  }
}

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {}
