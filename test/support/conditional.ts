import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bearer } from './identity.js';

/**
 * What a client that reads before it writes sends: `If-Match` with the ETag a GET of `url` answers
 * now, or nothing when there is nothing there yet (a PUT that creates needs no If-Match).
 */
export async function ifMatchOf(api: INestApplication, url: string, token: string): Promise<Record<string, string>> {
  const res = await request(api.getHttpServer()).get(url).set(bearer(token));
  if (res.status === 404) return {};
  if (res.status !== 200 || typeof res.headers.etag !== 'string') throw new Error(`GET ${url} answered ${res.status} without an ETag`);
  return { 'if-match': res.headers.etag };
}

/** `If-Match` with the ETag of an earlier response. */
export const ifMatch = (res: { headers: Record<string, string> }): Record<string, string> => {
  if (typeof res.headers.etag !== 'string') throw new Error('the response carries no ETag');
  return { 'if-match': res.headers.etag };
};
