import { ContractChecker } from './support/contract.js';

/** The response check the e2e suite runs on every response (test/support/contract.ts), on its own. */
describe('responses against openapi.json', () => {
  const checker = ContractChecker.fromCommittedDocument();
  const orgId = '0b7e1f0e-9a43-4a1d-8a4e-7a8d0f4b2c11';

  it('refuses an undocumented operation, an undeclared status and an undeclared media type', () => {
    expect(checker.check('GET', '/api/v1/nowhere', 200, 'application/json', {})).toEqual([expect.stringContaining('not in openapi.json')]);
    expect(checker.check('GET', '/api/v1/industry-clusters', 418, 'application/json', {})).toEqual([expect.stringContaining('status 418 is not declared')]);
    expect(checker.check('GET', '/api/v1/organizations/export', 200, 'application/pdf', 'x')).toEqual([
      expect.stringContaining('media type application/pdf is not declared'),
    ]);
    expect(checker.check('GET', '/api/v1/organizations/export', 200, 'text/csv; charset=utf-8', 'uscc,name\n')).toEqual([]);
  });

  it('refuses a body without a required field or with a wrong type, naming it', () => {
    const [problem] = checker.check('GET', '/api/v1/consortia/:consortiumId', 404, 'application/problem+json', {
      type: '/problems/x',
      title: 'Not Found',
      status: '404',
      detail: 'd',
    });
    expect(problem).toMatch(/must have required property 'code'/);
    expect(problem).toMatch(/status must be number/);
  });

  it('admits null for a nullable enum (organization attributes, application roles)', () => {
    expect(checker.errorsOf('components/schemas/OrganizationDto/properties/schoolLevel', null)).toBeNull();
    expect(checker.errorsOf('components/schemas/OrganizationDto/properties/schoolLevel', 'NOT_A_LEVEL')).toMatch(/allowed values/);
    expect(checker.errorsOf('components/schemas/ApplicationDto/properties/requestedRole', null)).toBeNull();
    expect(checker.errorsOf('components/schemas/ApplicationDto/properties/exitReason', null)).toBeNull();
  });

  it('takes GET /me bindings as they are returned (without a binding id)', () => {
    const me = { type: 'user', id: orgId, name: '王五', bindings: [{ role: 'taskforce', consortiumId: null, organizationId: null }] };
    expect(checker.check('GET', '/api/v1/me', 200, 'application/json', me)).toEqual([]);
  });

  it('types scheme grade bounds as numbers', () => {
    expect(checker.errorsOf('components/schemas/GradesDto/properties/bounds', [85, 70, 60])).toBeNull();
    expect(checker.errorsOf('components/schemas/GradesDto/properties/bounds', ['85', '70', '60'])).toMatch(/must be number/);
  });

  it('admits null for a nullable nested object, and still checks the object', () => {
    expect(checker.errorsOf('components/schemas/GovernanceDto/properties/secretariat', null)).toBeNull();
    expect(checker.errorsOf('components/schemas/GovernanceDto/properties/secretariat', { secretaryGeneral: '李某' })).toMatch(/hostOrganizationId/);
  });
});
