import { readFileSync } from 'node:fs';
// @ts-expect-error the generator is plain ESM without types (it runs before the build)
import { generateClientSchema, SCHEMA_FILE } from './generate.mjs';
import type { components, paths } from './client.js';

type Json<Operation, Status extends number> = Operation extends { responses: { [S in Status]: { content: { 'application/json': infer Body } } } }
  ? Body
  : never;

describe('district client', () => {
  it('has the types of the committed openapi.json (the build generates them: `npm run build`)', async () => {
    const document = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await generateClientSchema(document));
  });

  it('types the bodies of evaluation, adjustment and governance responses (checked by the compiler)', () => {
    // Each assignment fails to compile when the contract declares no schema for the response.
    const round: Json<paths['/api/v1/evaluation/rounds/{roundId}']['get'], 200> = {
      id: 'r',
      code: '2026Q1',
      schemeId: 's',
      status: 'OPEN',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      deadline: '2026-04-10T00:00:00Z',
    };
    const ranking: Json<paths['/api/v1/evaluation/rankings']['get'], 200> = { items: [] };
    const proposals: Json<paths['/api/v1/adjustment/proposals']['get'], 200> = { items: [], nextCursor: null, total: 0, byKind: [] };
    const seat: components['schemas']['CouncilSeatDto'] = {
      id: 'x',
      organizationId: 'o',
      personName: '张某',
      position: 'CHAIR',
      termStart: '2026-01-01',
      termEnd: null,
    };
    const grades: components['schemas']['DefinitionDto']['settings']['grades']['bounds'] = [85, 70, 60];
    expect([round.status, ranking.items, proposals.items, seat.termEnd, grades[0]]).toEqual(['OPEN', [], [], null, 85]);
  });
});
