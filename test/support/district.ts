import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { clientToken, createDistrictClient, type DistrictClient } from '../../clients/district/client.js';
import { loginAs } from './identity.js';

export const baseUrlOf = (api: NestFastifyApplication) => `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;

export interface DistrictSystem {
  id: string;
  clientId: string;
  clientSecret: string;
  token: string;
  client: DistrictClient;
}

/**
 * A district system (区县系统) as a district team would run it: an API client created by an admin,
 * a token by client credentials, and the typed client generated from the OpenAPI document.
 */
export async function districtSystem(
  api: NestFastifyApplication,
  districtCode = '500118',
  scopes: ('registry:read' | 'registry:write' | 'evaluation:read' | 'feed:read' | 'webhooks:manage')[] = [
    'registry:read',
    'registry:write',
    'evaluation:read',
    'feed:read',
    'webhooks:manage',
  ],
): Promise<DistrictSystem> {
  const baseUrl = baseUrlOf(api);
  const admin = createDistrictClient(baseUrl, (await loginAs(api, 'admin')).token);
  const { data, error } = await admin.POST('/api/v1/api-clients', {
    body: { name: `区县系统 ${districtCode} ${Math.random().toString(36).slice(2, 8)}`, districtCode, scopes },
  });
  if (!data) throw new Error(`api client not created: ${JSON.stringify(error)}`);
  const token = await clientToken(baseUrl, data.clientId, data.clientSecret);
  return { id: data.id, clientId: data.clientId, clientSecret: data.clientSecret, token, client: createDistrictClient(baseUrl, token) };
}
