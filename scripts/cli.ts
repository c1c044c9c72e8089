import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CreateUserUseCase, IdentityModule } from '#identity';
import { AuditModule, DatabaseModule, DomainError, PlatformConfigModule, ROLES, type Role, requestContext, validateEnvironment } from '#platform';

const USAGE = `usage: npm run cli -- user:create --username <name> --display-name <name> --role <${ROLES.join('|')}>
                      [--consortium <uuid>] [--organization <uuid>]
  The password is read from $CEJ_PASSWORD, or from standard input (first line). Needs $DATABASE_URL.`;

async function readPassword(): Promise<string> {
  if (process.env.CEJ_PASSWORD) return process.env.CEJ_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('password: ');
  let input = '';
  for await (const chunk of process.stdin) {
    input += String(chunk);
    if (input.includes('\n')) break;
  }
  return input.split(/\r?\n/)[0];
}

async function createUser(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      role: { type: 'string' },
      consortium: { type: 'string' },
      organization: { type: 'string' },
    },
  });
  if (!values.username || !values.role || !ROLES.includes(values.role as Role)) throw new Error(USAGE);
  const env = validateEnvironment({
    // Only the database is used; placeholders keep the shared configuration check satisfied.
    REDIS_URL: 'redis://127.0.0.1:6379',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...process.env,
    MIGRATIONS_RUN: 'true',
  });

  @Module({ imports: [PlatformConfigModule.forRoot(env), DatabaseModule, AuditModule, IdentityModule] })
  class CliModule {}

  const password = await readPassword();
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    const actor = { type: 'system' as const, id: 'cli', name: `cli:${userInfo().username}` };
    const user = await requestContext.run({ actor }, () =>
      app.get(CreateUserUseCase).execute({
        username: values.username!,
        displayName: values['display-name'] ?? values.username!,
        password,
        bindings: [{ role: values.role as Role, consortiumId: values.consortium, organizationId: values.organization }],
      }),
    );
    console.log(`created user ${user.username} (${user.id}) with role ${values.role}`);
  } finally {
    await app.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'user:create') await createUser(rest);
  else throw new Error(USAGE);
} catch (error) {
  if (error instanceof DomainError) console.error(`${error.code}: ${error.message}${error.details.map((d) => ` [${d.field}: ${d.message}]`).join('')}`);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
