/**
 * Sample district sync (区县系统): a full load, then incremental sync from the change feed, with
 * the typed client generated from `openapi.json`. Copy it and replace the in-memory store with
 * your database (save the cursor in the same transaction as the changes it covers).
 *
 *   PLATFORM_URL=https://… CLIENT_ID=dst_… CLIENT_SECRET=… node dist/scripts/district-sync.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { clientToken, type components, createDistrictClient, type DistrictClient } from '../clients/district/client.js';

type Schemas = components['schemas'];

export interface DistrictStore {
  /** Feed position up to which the store is complete. */
  cursor: string | null;
  consortia: Record<string, Schemas['ConsortiumDto']>;
  organizations: Record<string, Schemas['OrganizationDto']>;
  /** Members of each consortium, today. */
  members: Record<string, Schemas['MemberDto'][]>;
}

export const emptyStore = (): DistrictStore => ({ cursor: null, consortia: {}, organizations: {}, members: {} });

/** Every page of a cursor-paginated list. */
async function* pages<T>(fetchPage: (after?: string) => Promise<{ items: T[]; nextCursor: string | null } | undefined>): AsyncGenerator<T> {
  let after: string | undefined;
  do {
    const page = await fetchPage(after);
    if (!page) throw new Error('list request refused');
    yield* page.items;
    after = page.nextCursor ?? undefined;
  } while (after);
}

/** Full load. The feed's head is read first, so nothing that commits during the load is missed. */
export async function fullLoad(api: DistrictClient, store: DistrictStore): Promise<void> {
  const head = await api.GET('/api/v1/changes/head');
  if (!head.data) throw new Error(`feed refused: ${JSON.stringify(head.error)}`);
  for await (const c of pages<Schemas['ConsortiumDto']>((after) =>
    api.GET('/api/v1/consortia', { params: { query: { after, limit: 200 } } }).then((r) => r.data),
  )) {
    store.consortia[c.id] = c;
    await loadMembers(api, store, c.id);
  }
  for await (const o of pages<Schemas['OrganizationDto']>((after) =>
    api.GET('/api/v1/organizations', { params: { query: { after, limit: 200 } } }).then((r) => r.data),
  )) {
    store.organizations[o.id] = o;
  }
  store.cursor = head.data.cursor;
}

async function loadMembers(api: DistrictClient, store: DistrictStore, consortiumId: string): Promise<void> {
  const res = await api.GET('/api/v1/consortia/{consortiumId}/members', { params: { path: { consortiumId } } });
  if (res.data) store.members[consortiumId] = res.data.members;
}

/**
 * One pass over the feed from the stored cursor. Each event is applied by reading the object it
 * names again (so the store holds exactly what this district may see: the feed carries only the
 * events of this district, and an object that has left it — an organization moved to another
 * district — answers 404 and is dropped). Re-applying an event is harmless, so a crash between applying and
 * saving the cursor only repeats work. Returns how many events were applied.
 */
export async function syncOnce(api: DistrictClient, store: DistrictStore): Promise<number> {
  let applied = 0;
  for (;;) {
    const res = await api.GET('/api/v1/changes', { params: { query: { after: store.cursor ?? undefined, limit: 500 } } });
    if (!res.data) throw new Error(`feed refused: ${JSON.stringify(res.error)}`);
    for (const change of res.data.items) {
      await apply(api, store, change);
      store.cursor = change.cursor;
      applied += 1;
    }
    if (!res.data.hasMore) return applied;
  }
}

async function apply(api: DistrictClient, store: DistrictStore, change: Schemas['ChangeDto']): Promise<void> {
  if (change.aggregateType === 'consortium') {
    const res = await api.GET('/api/v1/consortia/{consortiumId}', { params: { path: { consortiumId: change.aggregateId } } });
    if (res.data) {
      store.consortia[res.data.id] = res.data;
      await loadMembers(api, store, res.data.id);
    } else delete store.consortia[change.aggregateId];
  } else if (change.aggregateType === 'organization') {
    const res = await api.GET('/api/v1/organizations/{organizationId}', { params: { path: { organizationId: change.aggregateId } } });
    if (res.data) store.organizations[res.data.id] = res.data;
    else delete store.organizations[change.aggregateId];
  } else if (change.aggregateType === 'membership') {
    const consortiumId = change.payload.consortiumId as string;
    if (store.consortia[consortiumId]) await loadMembers(api, store, consortiumId);
  }
  // Applications and published rounds: read them here if your system shows them.
}

/** Run as a program: keep the store in a JSON file, load once, then follow the feed every 10 s. */
async function main(): Promise<void> {
  const { PLATFORM_URL, CLIENT_ID, CLIENT_SECRET, STATE_FILE = 'district-state.json' } = process.env;
  if (!PLATFORM_URL || !CLIENT_ID || !CLIENT_SECRET) throw new Error('set PLATFORM_URL, CLIENT_ID and CLIENT_SECRET');
  let store: DistrictStore;
  try {
    store = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as DistrictStore;
  } catch {
    store = emptyStore();
  }
  for (;;) {
    // Tokens are short-lived: take a fresh one per pass.
    const api = createDistrictClient(PLATFORM_URL, await clientToken(PLATFORM_URL, CLIENT_ID, CLIENT_SECRET));
    if (store.cursor === null) await fullLoad(api, store);
    const applied = await syncOnce(api, store);
    writeFileSync(STATE_FILE, JSON.stringify(store));
    if (applied) console.log(`${applied} changes applied, cursor ${store.cursor}`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
