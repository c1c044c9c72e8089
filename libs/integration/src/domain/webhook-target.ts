import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may be sent. A URL is chosen by a district system; unchecked, the worker would
 * POST (and show the answer of) anything it can reach: the cloud metadata service, Redis, the API
 * itself. By default only public unicast addresses are allowed — the check runs at registration
 * and again at every attempt on the addresses the name resolves to then, and the connection is
 * made to the very address that was checked (no second lookup a rebinding DNS could answer
 * differently). `allowPrivate` (setting `WEBHOOK_ALLOW_PRIVATE_TARGETS`) lifts the address check
 * for internal receivers and tests; `requireHttps` (production) refuses plain http.
 */
export interface TargetPolicy {
  allowPrivate: boolean;
  requireHttps: boolean;
  /** How names are resolved; the system resolver unless given (tests stand in a rebinding DNS). */
  resolve?: (hostname: string) => Promise<{ address: string; family: number }[]>;
}

const systemResolve = (hostname: string) => dnsLookup(hostname, { all: true, verbatim: true });

/** Why an address may not be a webhook target (its range, e.g. `loopback`, `private`), or null when it is public unicast. */
export function addressRefusal(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
  const ip = ipaddr.process(address);
  const range = ip.range();
  return range === 'unicast' ? null : range;
}

export class TargetRefused extends Error {
  readonly code = 'WEBHOOK_TARGET_REFUSED';
}

const bare = (hostname: string) => (hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname);

/** Checks the URL's form (scheme, no credentials, https in production): the reason it is refused, or null. */
export function urlFormRefusal(url: string, policy: Pick<TargetPolicy, 'requireHttps'>): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not an absolute URL';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'must be http or https';
  if (policy.requireHttps && parsed.protocol !== 'https:') return 'must be https';
  if (parsed.username || parsed.password) return 'must not carry credentials';
  return null;
}

/**
 * The addresses a host stands for, each checked: throws `TargetRefused` when any is not public
 * (a name with one private address among public ones is refused: which one a connection gets is
 * not ours to choose) or the name does not resolve.
 */
export async function checkedAddresses(hostname: string, policy: TargetPolicy): Promise<{ address: string; family: number }[]> {
  const host = bare(hostname);
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (policy.resolve ?? systemResolve)(host);
    } catch {
      throw new TargetRefused(`host ${host} does not resolve`);
    }
    if (addresses.length === 0) throw new TargetRefused(`host ${host} does not resolve`);
  }
  if (!policy.allowPrivate) {
    for (const { address } of addresses) {
      const refusal = addressRefusal(address);
      if (refusal)
        throw new TargetRefused(
          `${host === address ? 'address' : `host ${host} resolves to`} ${address}, a ${refusal} address: not allowed as a webhook target`,
        );
    }
  }
  return addresses;
}

/** The whole check at registration: the URL's form, then its host's addresses now. */
export async function targetRefusal(url: string, policy: TargetPolicy): Promise<string | null> {
  const form = urlFormRefusal(url, policy);
  if (form) return form;
  // Every address allowed: nothing to resolve (a name that does not resolve fails at delivery).
  if (policy.allowPrivate) return null;
  try {
    await checkedAddresses(new URL(url).hostname, policy);
    return null;
  } catch (e) {
    if (e instanceof TargetRefused) return e.message;
    throw e;
  }
}

/**
 * A `lookup` for `http.request`: resolves, checks every address, and hands the socket the first
 * checked one, so the address connected to is the address judged. (Node calls `lookup` only for
 * names; an address literal is checked by `checkedAddresses` before the request.)
 */
export function pinnedLookup(policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    checkedAddresses(hostname, policy).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const chosen = wanted[0] ?? addresses[0];
        if (options.all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [chosen]);
        else callback(null, chosen.address, chosen.family);
      },
      (error: Error) => callback(Object.assign(error, { code: 'WEBHOOK_TARGET_REFUSED' }) as NodeJS.ErrnoException, '', 0),
    );
  };
}
