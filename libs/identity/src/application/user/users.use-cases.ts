import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecorder, checkIfMatch, type Role, violatedConstraint } from '#platform';
import { IdentityErrors } from '../../domain/identity-errors.js';
import { bindingProblem, passwordProblem, type RoleBindingInput } from '../../domain/role-binding-rules.js';
import { RoleBindingEntity, UserEntity } from '../../persistence/identity.entities.js';
import { hashPassword } from '../credentials.js';

export interface RoleBindingView {
  id: string;
  role: Role;
  consortiumId: string | null;
  organizationId: string | null;
}

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  status: 'ACTIVE' | 'DISABLED';
  bindings: RoleBindingView[];
  createdAt: Date;
  updatedAt: Date;
  /** The ETag is `"v<version>"`. */
  version: number;
}

const bindingView = (b: RoleBindingEntity): RoleBindingView => ({
  id: b.id,
  role: b.role,
  consortiumId: b.consortiumId,
  organizationId: b.organizationId,
});

/** The audit/API view of a user: never the password hash. */
const userView = (u: UserEntity, bindings: RoleBindingEntity[]): UserView => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  status: u.status,
  bindings: bindings.map(bindingView).sort((a, b) => a.role.localeCompare(b.role) || a.id.localeCompare(b.id)),
  createdAt: u.createdAt,
  updatedAt: u.updatedAt,
  version: u.version,
});

const auditState = (v: UserView) => ({
  username: v.username,
  displayName: v.displayName,
  status: v.status,
  bindings: v.bindings.map(({ role, consortiumId, organizationId }) => ({ role, consortiumId, organizationId })),
});

function assertPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw IdentityErrors.weakPassword(problem);
}

function assertBinding(input: RoleBindingInput, fieldPrefix = ''): void {
  const problem = bindingProblem(input);
  if (problem) throw IdentityErrors.invalidBinding(problem.message, `${fieldPrefix}${problem.field}`);
}

async function loadUser(manager: EntityManager, id: string, lock = false): Promise<UserView> {
  const user = await manager.findOne(UserEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!user) throw IdentityErrors.userNotFound();
  return userView(user, await manager.find(RoleBindingEntity, { where: { userId: id } }));
}

export interface CreateUserCommand {
  username: string;
  displayName: string;
  password: string;
  bindings: RoleBindingInput[];
}

@Injectable()
export class CreateUserUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(command: CreateUserCommand): Promise<UserView> {
    assertPassword(command.password);
    command.bindings.forEach((b, i) => assertBinding(b, `bindings[${i}].`));
    const username = command.username.toLowerCase();
    const passwordHash = await hashPassword(command.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(manager.create(UserEntity, { username, displayName: command.displayName, passwordHash }));
        const bindings = await manager.save(
          command.bindings.map((b) =>
            manager.create(RoleBindingEntity, {
              userId: user.id,
              role: b.role,
              consortiumId: b.consortiumId ?? null,
              organizationId: b.organizationId ?? null,
            }),
          ),
        );
        const view = userView(user, bindings);
        await this.audit.record(manager, { action: 'identity.user.create', entityType: 'user', entityId: user.id, before: null, after: auditState(view) });
        return view;
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'uq_app_user_username') throw IdentityErrors.usernameTaken(username);
      if (constraint === 'uq_user_role_binding') throw IdentityErrors.bindingExists();
      throw error;
    }
  }
}

export interface UpdateUserCommand {
  displayName?: string;
  status?: 'ACTIVE' | 'DISABLED';
  password?: string;
}

/** Changes a user's name, status or password; disabling or a new password ends their sessions. */
@Injectable()
export class UpdateUserUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
  ) {}

  /** `ifMatch`: the ETag of the caller's last read (428 without, 412 when the user changed since). */
  async execute(userId: string, command: UpdateUserCommand, ifMatch: string | undefined): Promise<UserView> {
    if (command.password !== undefined) assertPassword(command.password);
    const passwordHash = command.password ? await hashPassword(command.password) : undefined;
    return this.dataSource.transaction(async (manager) => {
      const before = await loadUser(manager, userId, true);
      checkIfMatch(ifMatch, before.version);
      await manager.update(
        UserEntity,
        { id: userId },
        {
          ...(command.displayName !== undefined ? { displayName: command.displayName } : {}),
          ...(command.status !== undefined ? { status: command.status } : {}),
          ...(passwordHash ? { passwordHash } : {}),
          version: before.version + 1,
          updatedAt: new Date(),
        },
      );
      if (command.status === 'DISABLED' || passwordHash) {
        await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
      }
      const after = await loadUser(manager, userId);
      await this.audit.record(manager, {
        action: 'identity.user.update',
        entityType: 'user',
        entityId: userId,
        before: auditState(before),
        after: { ...auditState(after), ...(passwordHash ? { passwordChanged: true } : {}) },
      });
      return after;
    });
  }
}

@Injectable()
export class AddRoleBindingUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(userId: string, input: RoleBindingInput): Promise<UserView> {
    assertBinding(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const before = await loadUser(manager, userId, true);
        await manager.insert(RoleBindingEntity, {
          userId,
          role: input.role,
          consortiumId: input.consortiumId ?? null,
          organizationId: input.organizationId ?? null,
        });
        await manager.update(UserEntity, { id: userId }, { version: before.version + 1, updatedAt: new Date() });
        const after = await loadUser(manager, userId);
        await this.audit.record(manager, {
          action: 'identity.user.bind-role',
          entityType: 'user',
          entityId: userId,
          before: auditState(before),
          after: auditState(after),
        });
        return after;
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'uq_user_role_binding') throw IdentityErrors.bindingExists();
      throw error;
    }
  }
}

@Injectable()
export class RemoveRoleBindingUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
  ) {}

  execute(userId: string, bindingId: string): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await loadUser(manager, userId, true);
      const result = await manager.delete(RoleBindingEntity, { id: bindingId, userId });
      if (!result.affected) throw IdentityErrors.bindingNotFound();
      await manager.update(UserEntity, { id: userId }, { version: before.version + 1, updatedAt: new Date() });
      const after = await loadUser(manager, userId);
      await this.audit.record(manager, {
        action: 'identity.user.unbind-role',
        entityType: 'user',
        entityId: userId,
        before: auditState(before),
        after: auditState(after),
      });
      return after;
    });
  }
}

export interface UserFilter {
  role?: Role;
  consortiumId?: string;
  organizationId?: string;
  /** Keyset cursor: the last username of the previous page. */
  after?: string;
  limit: number;
}

/**
 * Users, by username, filtered by the role binding they hold. The caller's scope is applied by
 * the caller's route: a secretariat or member route passes its own consortium or organization.
 */
@Injectable()
export class ListUsersQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: UserFilter): Promise<{ items: UserView[]; nextCursor: string | null }> {
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .orderBy('u.username', 'ASC')
      .take(filter.limit + 1);
    if (filter.after) qb.andWhere('u.username > :after', { after: filter.after });
    if (filter.role || filter.consortiumId || filter.organizationId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM user_role_binding b WHERE b.user_id = u.id
           ${filter.role ? 'AND b.role = :role' : ''}
           ${filter.consortiumId ? 'AND b.consortium_id = :consortiumId' : ''}
           ${filter.organizationId ? 'AND b.organization_id = :organizationId' : ''})`,
        { role: filter.role, consortiumId: filter.consortiumId, organizationId: filter.organizationId },
      );
    }
    const users = await qb.getMany();
    const page = users.slice(0, filter.limit);
    const bindings = page.length
      ? await this.dataSource
          .getRepository(RoleBindingEntity)
          .createQueryBuilder('b')
          .where('b.user_id IN (:...ids)', { ids: page.map((u) => u.id) })
          .getMany()
      : [];
    return {
      items: page.map((u) =>
        userView(
          u,
          bindings.filter((b) => b.userId === u.id),
        ),
      ),
      nextCursor: users.length > filter.limit ? page[page.length - 1].username : null,
    };
  }
}

@Injectable()
export class GetUserQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(userId: string): Promise<UserView> {
    return loadUser(this.dataSource.manager, userId);
  }
}
