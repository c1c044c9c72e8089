import type { AccessPolicy } from './access-policy.js';
import type { Actor, RoleBinding } from './actor.js';
import { evaluatePolicy } from './evaluate-policy.js';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const user = (...bindings: RoleBinding[]): Actor => ({ type: 'user', id: 'u', name: 'u', sessionId: 's', bindings });
const bind = (role: RoleBinding['role'], consortiumId: string | null = null, organizationId: string | null = null): RoleBinding => ({
  role,
  consortiumId,
  organizationId,
});
const client = (scopes: string[], district = '500118'): Actor => ({
  type: 'client',
  id: 'c',
  name: 'c',
  district,
  scopes: scopes as never,
});

describe('evaluatePolicy', () => {
  const staff: AccessPolicy = { roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' };

  it('denies a route without a policy', () => {
    expect(evaluatePolicy(undefined, user(bind('admin')), {})).toBe('forbidden');
  });

  it('lets anyone through a public route and nobody anonymous through another', () => {
    expect(evaluatePolicy({ public: true }, { type: 'anonymous' }, {})).toBe('allow');
    expect(evaluatePolicy(staff, { type: 'anonymous' }, {})).toBe('unauthenticated');
  });

  it('matches roles, and scoped roles only for their own object (404 otherwise)', () => {
    expect(evaluatePolicy(staff, user(bind('taskforce')), { consortiumId: B })).toBe('allow');
    expect(evaluatePolicy(staff, user(bind('secretariat', A)), { consortiumId: A })).toBe('allow');
    expect(evaluatePolicy(staff, user(bind('secretariat', A)), { consortiumId: B })).toBe('not-found');
    expect(evaluatePolicy(staff, user(bind('secretariat', A), bind('secretariat', B)), { consortiumId: B })).toBe('allow');
    expect(evaluatePolicy(staff, user(bind('member', null, A)), { consortiumId: A })).toBe('forbidden');
  });

  it('refuses clients where no scope is declared, and checks scopes and district', () => {
    expect(evaluatePolicy(staff, client(['registry:read']), { consortiumId: A })).toBe('forbidden');
    const districtRead: AccessPolicy = { scopes: ['registry:read'], districtParam: 'districtCode' };
    expect(evaluatePolicy(districtRead, client(['registry:read']), { districtCode: '500118' })).toBe('allow');
    expect(evaluatePolicy(districtRead, client(['registry:read']), { districtCode: '500101' })).toBe('not-found');
    expect(evaluatePolicy(districtRead, client(['feed:read']), { districtCode: '500118' })).toBe('insufficient-scope');
  });
});
