import { readFileSync } from 'node:fs';
import { generateOpenApiDocument } from './openapi.js';

describe('openapi.json', () => {
  it('matches the document the code produces (run `npm run openapi` after changing the API)', async () => {
    const committed = JSON.parse(readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8'));
    const current = JSON.parse(JSON.stringify(await generateOpenApiDocument()));
    expect(current).toEqual(committed);
  });
});
