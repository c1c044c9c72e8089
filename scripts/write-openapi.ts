import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { generateOpenApiDocument } from '../apps/api/src/openapi.js';
import { generateClientSchema } from './district-client/generate.js';

/**
 * Writes the committed `openapi.json` and the district client's types generated from it
 * (`scripts/district-client/api-schema.ts`); the drift tests fail until this is re-run after an API change.
 */
const document = await generateOpenApiDocument();
writeFileSync(new URL('../../openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(new URL('../../scripts/district-client/api-schema.ts', import.meta.url), await generateClientSchema(document));
console.log('openapi.json and scripts/district-client/api-schema.ts written');
