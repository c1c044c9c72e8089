import { readFileSync } from 'node:fs';
import { generateClientSchema } from './generate.js';

describe('district client types', () => {
  it('are generated from the committed openapi.json (run `npm run openapi` after changing the API)', async () => {
    const document = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    const committed = readFileSync(new URL('./api-schema.ts', import.meta.url), 'utf8');
    expect(await generateClientSchema(document)).toBe(committed);
  });
});
