/** Identity, access and audit: users, role bindings, sessions, API clients, the access guard. */
export { IdentityModule } from './identity.module.js';
export { CreateUserUseCase, type CreateUserCommand, type UserView } from './application/user/users.use-cases.js';
export { hashPassword } from './application/credentials.js';
export * from './domain/identity.labels.js';
