import type { Role } from '#platform';

export interface RoleBindingInput {
  role: Role;
  consortiumId?: string | null;
  organizationId?: string | null;
}

/**
 * What scope each role needs: `secretariat` exactly one consortium, `member` exactly one
 * organization, `admin` and `taskforce` none. Returns the problem, or null when the binding is
 * well-formed.
 */
export function bindingProblem(input: RoleBindingInput): { field: string; message: string } | null {
  const { role, consortiumId, organizationId } = input;
  if (role === 'secretariat') {
    if (!consortiumId) return { field: 'consortiumId', message: 'a secretariat binding needs consortiumId' };
    if (organizationId) return { field: 'organizationId', message: 'a secretariat binding takes no organizationId' };
  } else if (role === 'member') {
    if (!organizationId) return { field: 'organizationId', message: 'a member binding needs organizationId' };
    if (consortiumId) return { field: 'consortiumId', message: 'a member binding takes no consortiumId' };
  } else if (consortiumId || organizationId) {
    return { field: consortiumId ? 'consortiumId' : 'organizationId', message: `an ${role} binding is city-wide and takes no scope` };
  }
  return null;
}

export const MIN_PASSWORD_LENGTH = 12;

/** Length is what makes a password strong; no composition rules (NIST SP 800-63B). */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 256) return 'password must be at most 256 characters';
  return null;
}
