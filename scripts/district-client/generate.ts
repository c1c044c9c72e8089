import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** The TypeScript types of the API (openapi-typescript), as the district client uses them. */
export async function generateClientSchema(document: object): Promise<string> {
  // A default does not make a request field required: the server fills it in.
  const ast = await openapiTS(document as OpenAPI3, { defaultNonNullable: false });
  return `/* eslint-disable */\n// Generated from openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit.\n${astToString(ast)}`;
}
