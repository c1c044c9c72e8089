// Generates the district client's types (generated/api-schema.ts) from the committed contract
// (openapi.json) with openapi-typescript. Plain ESM, run by `npm run build` (its prebuild step)
// before anything is compiled, and by `npm run openapi` after the contract is rewritten.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER =
  '/* eslint-disable */\n// Generated from openapi.json by clients/district/generate.mjs (openapi-typescript) at build time. Do not edit, do not commit.\n';

/** The TypeScript types of the API, as the district client uses them. */
export async function generateClientSchema(document) {
  // A default does not make a request field required: the server fills it in.
  const ast = await openapiTS(document, { defaultNonNullable: false });
  return `${HEADER}${astToString(ast)}`;
}

export const SCHEMA_FILE = new URL('./generated/api-schema.ts', import.meta.url);

/** Writes generated/api-schema.ts from the repository's openapi.json. */
export async function writeClientSchema() {
  const document = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
  mkdirSync(new URL('./generated/', import.meta.url), { recursive: true });
  writeFileSync(SCHEMA_FILE, await generateClientSchema(document));
}

if (import.meta.url === `file://${process.argv[1]}`) await writeClientSchema();
