import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { generateOpenApiDocument } from '../apps/api/src/openapi.js';

/**
 * Writes the committed `openapi.json`; the drift test fails until this is re-run after an API
 * change. (`npm run openapi` then regenerates the district client's types from it.)
 */
const document = await generateOpenApiDocument();
writeFileSync(new URL('../../openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log('openapi.json written');
