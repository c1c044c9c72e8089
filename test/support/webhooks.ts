import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { makeUscc } from '#registry';
import type { components } from '../../clients/district/client.js';
import type { DistrictSystem } from './district.js';

export type Subscription = components['schemas']['WebhookSubscriptionWithSecretDto'];

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  eventId: string;
  answer: number | 'held';
}

type Behaviour = (eventId: string, nth: number) => number | 'hold';

/** The retry schedule the webhook tests run with (the default is Svix's, hours long). */
export const RETRY_SCHEDULE = '0s,200ms,200ms,200ms,200ms';

/** A district system's webhook endpoint: answers per path as told, and records every request. */
export class Receiver {
  readonly received: Received[] = [];
  readonly behaviours = new Map<string, Behaviour>();
  private readonly server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => this.answer(req.url ?? '/', req.headers, body, res));
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  private answer(path: string, headers: IncomingHttpHeaders, body: string, res: ServerResponse): void {
    const eventId = (JSON.parse(body) as { data: { eventId: string } }).data.eventId;
    const nth = this.received.filter((r) => r.path === path && r.eventId === eventId).length + 1;
    const decision = (this.behaviours.get(path) ?? (() => 204))(eventId, nth);
    this.received.push({ path, headers, body, eventId, answer: decision === 'hold' ? 'held' : decision });
    if (decision === 'hold') return; // never answers: the worker is killed meanwhile
    res.writeHead(decision, { 'content-type': 'text/plain' }).end(decision < 300 ? 'ok' : 'try later');
  }

  of(path: string, eventId?: string): Received[] {
    return this.received.filter((r) => r.path === path && (!eventId || r.eventId === eventId));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** The independent check a district team would run: the `standardwebhooks` package. */
export const verifies = (secret: string, r: Received) => {
  try {
    new Webhook(secret).verify(r.body, r.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
};

/** What a district system does in the webhook tests: subscribe, write, read its delivery log. */
export class WebhookDistrict {
  private counter = 0;

  constructor(
    private readonly district: DistrictSystem,
    private readonly receiver: Receiver,
    private readonly sql: pg.Client,
  ) {}

  async subscribe(path: string): Promise<Subscription> {
    const { data, error } = await this.district.client.POST('/api/v1/webhook-subscriptions', {
      body: { url: this.receiver.url(path), eventTypes: ['registry.organization.created'], description: path },
    });
    if (!data) throw new Error(`not subscribed: ${JSON.stringify(error)}`);
    return data;
  }

  /** A write through the API as the district system makes it; returns the id of its event. */
  async createOrganization(): Promise<string> {
    const n = ++this.counter;
    const uscc = makeUscc('9', '1', '500118', `WH${String(n).padStart(6, '0')}`);
    const { data, response } = await this.district.client.PUT('/api/v1/organizations/by-uscc/{uscc}', {
      params: { path: { uscc } },
      body: { name: `推送测试企业${n}`, type: 'ENTERPRISE', districtCode: '500118' },
    });
    if (response.status !== 201) throw new Error(`organization not created: HTTP ${response.status}`);
    const { rows } = await this.sql.query(`SELECT event_id FROM outbox_event WHERE aggregate_id = $1 AND type = 'registry.organization.created'`, [data!.id]);
    return rows[0].event_id as string;
  }

  async deliveryOf(subscriptionId: string, eventId: string) {
    const { data } = await this.district.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}/deliveries', { params: { path: { subscriptionId } } });
    const found = data?.items.find((d) => d.eventId === eventId);
    if (!found) return undefined;
    const detail = await this.district.client.GET('/api/v1/webhook-deliveries/{deliveryId}', { params: { path: { deliveryId: found.id } } });
    return detail.data;
  }
}
