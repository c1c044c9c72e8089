import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow, ApiProblems, etagOf, UuidParam } from '#platform';
import {
  AddRoleBindingUseCase,
  CreateUserUseCase,
  GetUserQuery,
  ListUsersQuery,
  RemoveRoleBindingUseCase,
  UpdateUserUseCase,
  type UserView,
} from '../application/user/users.use-cases.js';
import { CreateUserDto, PageQueryDto, RoleBindingInputDto, UpdateUserDto, UserDto, UserPageDto, UserQueryDto } from './identity.dto.js';

const USER_ETAG = { ETag: { description: 'Version of the user; send it back in If-Match to change it', schema: { type: 'string', example: '"v2"' } } };

export const toUserDto = (u: UserView): UserDto => ({
  ...u,
  bindings: u.bindings.map((b) => ({ ...b })),
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/v1')
export class UsersController {
  constructor(
    private readonly createUser: CreateUserUseCase,
    private readonly updateUser: UpdateUserUseCase,
    private readonly addBinding: AddRoleBindingUseCase,
    private readonly removeBinding: RemoveRoleBindingUseCase,
    private readonly listUsers: ListUsersQuery,
    private readonly getUser: GetUserQuery,
  ) {}

  @Post('users')
  @Allow({ roles: ['admin'] })
  @ApiOperation({ summary: 'Create a user with role bindings (admin)' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblems(400, 401, 403, 409, 422)
  async create(@Body() body: CreateUserDto): Promise<UserDto> {
    return toUserDto(await this.createUser.execute(body));
  }

  @Get('users')
  @Allow({ roles: ['admin'] })
  @ApiOperation({ summary: 'Users by username, with their role bindings (admin)' })
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() query: UserQueryDto): Promise<UserPageDto> {
    const page = await this.listUsers.execute({ role: query.role, after: query.after, limit: query.limit ?? 50 });
    return { items: page.items.map(toUserDto), nextCursor: page.nextCursor };
  }

  @Get('users/:userId')
  @Allow({ roles: ['admin'] })
  @ApiOkResponse({ type: UserDto, headers: USER_ETAG })
  @ApiProblems(400, 401, 403, 404)
  @ApiOperation({ summary: 'One user with their role bindings' })
  async get(@Param('userId', new UuidParam('userId')) userId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserDto> {
    const user = await this.getUser.execute(userId);
    void reply.header('etag', etagOf(user.version));
    return toUserDto(user);
  }

  @Patch('users/:userId')
  @Allow({ roles: ['admin'] })
  @ApiOperation({ summary: 'Rename, disable/enable, or reset the password of a user; disabling or a new password ends their sessions. If-Match required' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of your last read; 428 without, 412 when the user changed since', example: '"v1"' })
  @ApiOkResponse({ type: UserDto, headers: USER_ETAG })
  @ApiProblems(400, 401, 403, 404, 412, 428)
  async update(
    @Param('userId', new UuidParam('userId')) userId: string,
    @Body() body: UpdateUserDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserDto> {
    const user = await this.updateUser.execute(userId, body, ifMatch);
    void reply.header('etag', etagOf(user.version));
    return toUserDto(user);
  }

  @Post('users/:userId/role-bindings')
  @Allow({ roles: ['admin'] })
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiOperation({ summary: 'Grant a role to a user (secretariat of a consortium, member of an organization, or a city-wide role)' })
  async bind(@Param('userId', new UuidParam('userId')) userId: string, @Body() body: RoleBindingInputDto): Promise<UserDto> {
    return toUserDto(await this.addBinding.execute(userId, body));
  }

  @Delete('users/:userId/role-bindings/:bindingId')
  @HttpCode(200)
  @Allow({ roles: ['admin'] })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 401, 403, 404)
  @ApiOperation({ summary: 'Withdraw one of a user’s role bindings' })
  async unbind(@Param('userId', new UuidParam('userId')) userId: string, @Param('bindingId', new UuidParam('bindingId')) bindingId: string): Promise<UserDto> {
    return toUserDto(await this.removeBinding.execute(userId, bindingId));
  }

  @Get('consortia/:consortiumId/staff')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({ summary: "A consortium's secretariat staff (秘书处): admin, task force, or that consortium's secretariat" })
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(400, 401, 403, 404)
  async staff(@Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string, @Query() query: PageQueryDto): Promise<UserPageDto> {
    const page = await this.listUsers.execute({ role: 'secretariat', consortiumId, after: query.after, limit: query.limit ?? 50 });
    // Only the bindings for this consortium: a viewer scoped to it learns nothing about others.
    const items = page.items.map((u) => toUserDto({ ...u, bindings: u.bindings.filter((b) => b.consortiumId === consortiumId) }));
    return { items, nextCursor: page.nextCursor };
  }

  @Get('organizations/:organizationId/users')
  @Allow({ roles: ['admin', 'taskforce', 'member'], organizationParam: 'organizationId' })
  @ApiOperation({ summary: "An organization's member-unit users: admin, task force, or that organization's members" })
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(400, 401, 403, 404)
  async organizationUsers(
    @Param('organizationId', new UuidParam('organizationId')) organizationId: string,
    @Query() query: PageQueryDto,
  ): Promise<UserPageDto> {
    const page = await this.listUsers.execute({ role: 'member', organizationId, after: query.after, limit: query.limit ?? 50 });
    const items = page.items.map((u) => toUserDto({ ...u, bindings: u.bindings.filter((b) => b.organizationId === organizationId) }));
    return { items, nextCursor: page.nextCursor };
  }
}
