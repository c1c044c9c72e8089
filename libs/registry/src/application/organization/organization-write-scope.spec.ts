import type { Actor, RoleBinding } from '#platform';
import { organizationWriteScopeOf } from './organizations.use-cases.js';

const user = (...bindings: RoleBinding[]): Actor => ({ type: 'user', id: 'u', name: 'u', sessionId: 's', bindings });
const binding = (role: RoleBinding['role'], scope: { consortiumId?: string; organizationId?: string } = {}): RoleBinding => ({
  role,
  consortiumId: scope.consortiumId ?? null,
  organizationId: scope.organizationId ?? null,
});

describe('organizationWriteScopeOf', () => {
  it('lets the task force and admins write any organization, a district system those of its district', () => {
    expect(organizationWriteScopeOf(user(binding('taskforce')))).toEqual({ mayCreate: true, mayUpdate: 'any' });
    expect(organizationWriteScopeOf(user(binding('admin')))).toEqual({ mayCreate: true, mayUpdate: 'any' });
    const client: Actor = { type: 'client', id: 'c', name: '永川区系统', district: '500118', scopes: ['registry:write'] };
    expect(organizationWriteScopeOf(client)).toEqual({ district: '500118', mayCreate: true, mayUpdate: 'any' });
  });

  it('lets a secretariat create but update nothing, and a member update its own organization only', () => {
    expect(organizationWriteScopeOf(user(binding('secretariat', { consortiumId: 'c1' })))).toEqual({ mayCreate: true, mayUpdate: [] });
    expect(organizationWriteScopeOf(user(binding('member', { organizationId: 'o1' })))).toEqual({ mayCreate: false, mayUpdate: ['o1'] });
  });

  it('adds up the bindings of one user (a secretariat who is also a member unit’s contact)', () => {
    expect(organizationWriteScopeOf(user(binding('secretariat', { consortiumId: 'c1' }), binding('member', { organizationId: 'o1' })))).toEqual({
      mayCreate: true,
      mayUpdate: ['o1'],
    });
    expect(organizationWriteScopeOf(user(binding('member', { organizationId: 'o1' }), binding('taskforce')))).toEqual({ mayCreate: true, mayUpdate: 'any' });
  });
});
