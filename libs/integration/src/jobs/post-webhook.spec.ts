import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addressRefusal, targetRefusal, urlFormRefusal } from '../domain/webhook-target.js';
import { postWebhook } from './post-webhook.js';

/**
 * Webhook targets (SSRF). Nothing here connects anywhere but 127.0.0.1: refused targets are judged
 * before any connection, and names are resolved by a stand-in DNS where the test needs one.
 */
describe('webhook targets', () => {
  it('allows public unicast addresses only, IPv4-mapped IPv6 judged as the IPv4 address it carries', () => {
    const refused: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['127.8.9.10', 'loopback'],
      ['::1', 'loopback'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['10.1.2.3', 'private'],
      ['172.16.0.1', 'private'],
      ['192.168.1.1', 'private'],
      ['::ffff:192.168.1.1', 'private'],
      ['169.254.169.254', 'linkLocal'],
      ['fe80::1', 'linkLocal'],
      ['fd00:ec2::254', 'uniqueLocal'],
      ['224.0.0.1', 'multicast'],
      ['ff02::1', 'multicast'],
      ['0.0.0.0', 'unspecified'],
      ['::', 'unspecified'],
      ['100.64.0.1', 'carrierGradeNat'],
      ['255.255.255.255', 'broadcast'],
    ];
    for (const [address, range] of refused) expect([address, addressRefusal(address)]).toEqual([address, range]);
    for (const address of ['8.8.8.8', '114.114.114.114', '2400:3200::1', '::ffff:8.8.8.8']) expect([address, addressRefusal(address)]).toEqual([address, null]);
  });

  it('requires https in production, and http(s) without credentials always', () => {
    expect(urlFormRefusal('http://sync.example.gov.cn/hook', { requireHttps: true })).toBe('must be https');
    expect(urlFormRefusal('https://sync.example.gov.cn/hook', { requireHttps: true })).toBeNull();
    expect(urlFormRefusal('http://sync.example.gov.cn/hook', { requireHttps: false })).toBeNull();
    expect(urlFormRefusal('ftp://sync.example.gov.cn/hook', { requireHttps: false })).toBe('must be http or https');
    expect(urlFormRefusal('https://u:p@sync.example.gov.cn/hook', { requireHttps: false })).toBe('must not carry credentials');
  });

  it('refuses at registration address literals and names resolving to non-public addresses, unless allowed', async () => {
    const off = { allowPrivate: false, requireHttps: false };
    expect(await targetRefusal('http://169.254.169.254/latest/meta-data', off)).toMatch(/169\.254\.169\.254, a linkLocal address/);
    expect(await targetRefusal('http://[::ffff:127.0.0.1]:6379/', off)).toMatch(/loopback/);
    expect(await targetRefusal('http://2130706433/', off)).toMatch(/127\.0\.0\.1, a loopback address/); // the URL parser's 127.0.0.1
    expect(await targetRefusal('http://localhost:6379/', off)).toMatch(/host localhost resolves to .*loopback/);
    // A name with one private address among public ones is refused as a whole.
    const mixed = {
      ...off,
      resolve: async () => [
        { address: '8.8.8.8', family: 4 },
        { address: '10.0.0.5', family: 4 },
      ],
    };
    expect(await targetRefusal('https://sync.example.gov.cn/hook', mixed)).toMatch(/resolves to 10\.0\.0\.5, a private address/);
    const publicOnly = { ...off, resolve: async () => [{ address: '8.8.8.8', family: 4 }] };
    expect(await targetRefusal('https://sync.example.gov.cn/hook', publicOnly)).toBeNull();
    const nowhere = async (): Promise<{ address: string; family: number }[]> => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await targetRefusal('https://not-yet.example.gov.cn/hook', { ...off, resolve: nowhere })).toBe('host not-yet.example.gov.cn does not resolve');
    // With the setting on, every address is allowed: nothing is resolved at registration.
    let asked = 0;
    const counting = async () => {
      asked += 1;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    expect(await targetRefusal('http://localhost:6379/', { allowPrivate: true, requireHttps: false, resolve: counting })).toBeNull();
    expect(asked).toBe(0);
  });

  describe('at delivery', () => {
    let server: Server;
    let hits = 0;
    let port: number;

    beforeAll(async () => {
      server = createServer((req, res) => {
        hits += 1;
        req.resume();
        res.writeHead(200, { 'content-type': 'text/plain' }).end('internal secret body');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });

    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    const post = (url: string, policy: Parameters<typeof postWebhook>[3]['policy']) =>
      postWebhook(url, { 'content-type': 'application/json' }, '{}', { timeoutMs: 5_000, policy });

    it('never connects to a refused target, by literal or by name, and logs no body of it', async () => {
      const before = hits;
      for (const url of [`http://127.0.0.1:${port}/`, `http://localhost:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`]) {
        const result = await post(url, { allowPrivate: false, requireHttps: false });
        expect(result).toEqual({ statusCode: null, excerpt: null, error: expect.stringMatching(/^refused: .*loopback/) });
      }
      expect(hits).toBe(before);
    });

    it('defeats DNS rebinding: a name public at registration and loopback at delivery is refused then', async () => {
      let answers = 0;
      // A rebinding DNS: the first answer public, every later one the receiver's loopback address.
      const resolve = async () => (answers++ === 0 ? [{ address: '8.8.8.8', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]);
      const policy = { allowPrivate: false, requireHttps: false, resolve };
      const url = `http://hooks.rebind.test:${port}/`;
      expect(await targetRefusal(url, policy)).toBeNull();
      const before = hits;
      expect(await post(url, policy)).toEqual({
        statusCode: null,
        excerpt: null,
        error: expect.stringMatching(/^refused: host hooks\.rebind\.test resolves to 127\.0\.0\.1, a loopback/),
      });
      expect(hits).toBe(before);
    });

    it('connects to the very address it checked (the socket does not resolve the name again)', async () => {
      // `hooks.pinned.test` resolves nowhere but in the stand-in: a connection at all proves the pin.
      let lookups = 0;
      const resolve = async () => {
        lookups += 1;
        return [{ address: '127.0.0.1', family: 4 }];
      };
      const result = await post(`http://hooks.pinned.test:${port}/`, { allowPrivate: true, requireHttps: false, resolve });
      expect(result).toEqual({ statusCode: 200, excerpt: 'internal secret body', error: null });
      expect(lookups).toBe(2); // the check before the request, and the socket's lookup: both the stand-in
    });
  });
});
