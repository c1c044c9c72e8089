import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/api-schema.js';

export type { components, paths } from './generated/api-schema.js';
export type DistrictClient = Client<paths>;

/**
 * A typed client of the platform's API (openapi-fetch over the types openapi-typescript
 * generates from `openapi.json`): what a district system (区县系统) uses, and what the contract
 * tests use. `token` is an access token from `POST /api/v1/oauth/token`.
 */
export function createDistrictClient(baseUrl: string, token?: string): DistrictClient {
  return createClient<paths>({ baseUrl, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** Client credentials → access token (OAuth2 `client_credentials`). */
export async function clientToken(baseUrl: string, clientId: string, clientSecret: string): Promise<string> {
  const { data, error } = await createDistrictClient(baseUrl).POST('/api/v1/oauth/token', {
    body: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
  });
  if (!data) throw new Error(`token refused: ${JSON.stringify(error)}`);
  return data.access_token;
}
