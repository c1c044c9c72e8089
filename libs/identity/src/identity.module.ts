import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '#platform';
import { ApiClientsController } from './http/api-clients.controller.js';
import { AuditController } from './http/audit.controller.js';
import { AuthController } from './http/auth.controller.js';
import { AccessGuard } from './http/access.guard.js';
import { LocalStrategy } from './http/local.strategy.js';
import { OAuthController } from './http/oauth.controller.js';
import { UsersController } from './http/users.controller.js';
import {
  CreateApiClientUseCase,
  ListApiClientsQuery,
  SetApiClientStatusUseCase,
  RotateApiClientSecretUseCase,
} from './application/api-client/api-clients.use-cases.js';
import { IssueClientTokenUseCase } from './application/api-client/client-token.use-case.js';
import { ListAuditEventsQuery } from './application/audit/audit-events.query.js';
import { LoginThrottle } from './application/session/login-throttle.js';
import { ResolveActorQuery } from './application/session/resolve-actor.query.js';
import {
  AuthenticateUserUseCase,
  EndSessionUseCase,
  RefreshSessionUseCase,
  SessionTokenIssuer,
  StartSessionUseCase,
} from './application/session/sessions.use-cases.js';
import { TokenService } from './application/token.service.js';
import {
  AddRoleBindingUseCase,
  CreateUserUseCase,
  GetUserQuery,
  ListUsersQuery,
  RemoveRoleBindingUseCase,
  UpdateUserUseCase,
} from './application/user/users.use-cases.js';
import { IDENTITY_ENTITIES } from './persistence/identity.entities.js';

const USE_CASES = [
  AuthenticateUserUseCase,
  SessionTokenIssuer,
  StartSessionUseCase,
  RefreshSessionUseCase,
  EndSessionUseCase,
  IssueClientTokenUseCase,
  ResolveActorQuery,
  CreateUserUseCase,
  UpdateUserUseCase,
  AddRoleBindingUseCase,
  RemoveRoleBindingUseCase,
  ListUsersQuery,
  GetUserQuery,
  CreateApiClientUseCase,
  SetApiClientStatusUseCase,
  RotateApiClientSecretUseCase,
  ListApiClientsQuery,
  ListAuditEventsQuery,
];

/**
 * Identity, access and audit (DESIGN §1, §6): users and their role bindings, sessions, API
 * clients, the global access guard that every route answers to, and the audit log's read side.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    PassportModule,
    // The secret as a KeyObject, made once: given a string, jsonwebtoken first tries to parse it as
    // a public key on every verification, and that failed parse was a seventh of the API's CPU time.
    JwtModule.registerAsync({ inject: [Environment], useFactory: (env: Environment) => ({ secret: createSecretKey(Buffer.from(env.JWT_SECRET, 'utf8')) }) }),
  ],
  controllers: [AuthController, OAuthController, UsersController, ApiClientsController, AuditController],
  providers: [TokenService, LoginThrottle, LocalStrategy, ...USE_CASES, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [CreateUserUseCase],
})
export class IdentityModule {}
