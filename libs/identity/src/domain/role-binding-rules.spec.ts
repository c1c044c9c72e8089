import { bindingProblem } from './role-binding-rules.js';

const C = '11111111-1111-4111-8111-111111111111';
const O = '22222222-2222-4222-8222-222222222222';

describe('bindingProblem', () => {
  it.each([
    [{ role: 'admin' as const }, null],
    [{ role: 'taskforce' as const }, null],
    [{ role: 'secretariat' as const, consortiumId: C }, null],
    [{ role: 'member' as const, organizationId: O }, null],
    [{ role: 'secretariat' as const }, 'consortiumId'],
    [{ role: 'secretariat' as const, consortiumId: C, organizationId: O }, 'organizationId'],
    [{ role: 'member' as const }, 'organizationId'],
    [{ role: 'member' as const, organizationId: O, consortiumId: C }, 'consortiumId'],
    [{ role: 'admin' as const, consortiumId: C }, 'consortiumId'],
    [{ role: 'taskforce' as const, organizationId: O }, 'organizationId'],
  ])('%j → %s', (input, field) => {
    expect(bindingProblem(input)?.field ?? null).toBe(field);
  });
});
