import http from 'node:http';
import https from 'node:https';
import { checkedAddresses, pinnedLookup, type TargetPolicy, TargetRefused, urlFormRefusal } from '../domain/webhook-target.js';

export interface PostResult {
  statusCode: number | null;
  /** The start of the answer's body (500 characters), for the attempt log. */
  excerpt: string | null;
  error: string | null;
}

const EXCERPT = 500;

/**
 * One webhook POST to a checked target. The URL and the addresses its host resolves to are checked
 * now (`TargetPolicy`), and the socket connects to the checked address (`pinnedLookup`); redirects
 * are not followed. A refused target is never connected to, so nothing of it reaches the log.
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; policy: TargetPolicy },
): Promise<PostResult> {
  const form = urlFormRefusal(url, options.policy);
  if (form) return { statusCode: null, excerpt: null, error: `refused: ${form}` };
  const target = new URL(url);
  try {
    // Address literals are not looked up by the socket: check them here (names are checked again in the lookup).
    await checkedAddresses(target.hostname, options.policy);
  } catch (e) {
    if (e instanceof TargetRefused) return { statusCode: null, excerpt: null, error: `refused: ${e.message}` };
    throw e;
  }
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = transport.request(
      target,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup: pinnedLookup(options.policy) },
      (res) => {
        const statusCode = res.statusCode ?? null;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.length >= EXCERPT) res.destroy();
        });
        const done = () =>
          finish({
            statusCode,
            excerpt: text.slice(0, EXCERPT) || null,
            error: statusCode !== null && statusCode >= 200 && statusCode <= 299 ? null : `HTTP ${statusCode}`,
          });
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      finish({ statusCode: null, excerpt: null, error: `timeout after ${options.timeoutMs} ms` });
      req.destroy();
    }, options.timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'WEBHOOK_TARGET_REFUSED') finish({ statusCode: null, excerpt: null, error: `refused: ${e.message}` });
      else finish({ statusCode: null, excerpt: null, error: `${e.message}${e.code && !e.message.includes(e.code) ? ` (${e.code})` : ''}` });
    });
    req.end(body);
  });
}
