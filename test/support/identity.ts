import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { CreateUserUseCase } from '#identity';
import type { Role } from '#platform';

export const TEST_PASSWORD = 'test-password-0123';

let counter = 0;

export interface TestUser {
  id: string;
  username: string;
  token: string;
  refreshToken: string;
}

/** Creates a user with one role binding (straight through the use case) and logs in over HTTP. */
export async function loginAs(api: NestFastifyApplication, role: Role, scope: { consortiumId?: string; organizationId?: string } = {}): Promise<TestUser> {
  const username = `${role}.${process.pid}.${++counter}`;
  const user = await api.get(CreateUserUseCase).execute({
    username,
    displayName: username,
    password: TEST_PASSWORD,
    bindings: [{ role, ...scope }],
  });
  const res = await request(api.getHttpServer()).post('/api/v1/auth/login').send({ username, password: TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: user.id, username, token: res.body.accessToken, refreshToken: res.body.refreshToken };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
