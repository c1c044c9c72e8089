import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { createDistrictClient, type DistrictClient } from '../../clients/district/client.js';
import { emptyStore, fullLoad, syncOnce } from '../../scripts/district-sync.js';
import { startApi } from '../support/apps.js';
import { baseUrlOf, districtSystem } from '../support/district.js';
import { loginAs } from '../support/identity.js';

/** The README's sample district sync, run as a district team would: full load, then the feed. */
describe('sample district sync (scripts/district-sync.ts)', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let taskforce: DistrictClient;
  let district: DistrictClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    taskforce = createDistrictClient(baseUrlOf(api), (await loginAs(api, 'admin')).token);
    district = (await districtSystem(api, '500118', ['registry:read', 'feed:read'])).client;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  async function consortium(name: string, districtCode: string): Promise<string> {
    const { data, error } = await taskforce.POST('/api/v1/consortia', {
      body: { name, kind: 'CITY', tier: 'PARK_LED', districtCodes: [districtCode], establishedOn: '2025-01-01' },
    });
    if (!data) throw new Error(JSON.stringify(error));
    return data.id;
  }

  async function organization(name: string, body8: string, districtCode: string): Promise<string> {
    const uscc = makeUscc('9', '1', districtCode, body8);
    const { data, error } = await taskforce.PUT('/api/v1/organizations/by-uscc/{uscc}', {
      params: { path: { uscc } },
      body: { name, type: 'ENTERPRISE', districtCode },
    });
    if (!data) throw new Error(JSON.stringify(error));
    return data.id;
  }

  async function join(consortiumId: string, organizationId: string): Promise<void> {
    const res = await taskforce.POST('/api/v1/consortia/{consortiumId}/memberships', {
      params: { path: { consortiumId } },
      body: { organizationId, role: 'MEMBER', validFrom: '2025-02-01' },
    });
    expect(res.response.status).toBe(201);
  }

  it('loads its district, then follows the feed: new objects arrive, other districts’ never do, and a second pass changes nothing', async () => {
    const c1 = await consortium('同步测试联合体（演示）', '500118');
    const o1 = await organization('同步测试企业一（演示）', 'TB000001', '500118');
    await join(c1, o1);
    const elsewhere = await consortium('外区联合体（演示）', '500101');

    const store = emptyStore();
    await fullLoad(district, store);
    expect(Object.keys(store.consortia)).toEqual([c1]);
    expect(Object.keys(store.organizations)).toEqual([o1]);
    expect(store.members[c1].map((m) => m.organizationId)).toEqual([o1]);
    expect(store.cursor).toMatch(/^\d+$/);
    // Events written before the load are already in it; re-applying them is harmless.
    const loaded = JSON.stringify(store);

    const o2 = await organization('同步测试企业二（演示）', 'TB000002', '500118');
    await join(c1, o2);
    const foreign = await organization('外区企业（演示）', 'TB000003', '500101');
    await join(elsewhere, foreign);
    const c2 = await consortium('同步测试联合体二（演示）', '500118');

    // Its district's three changes; the other district's organization and membership never reach it.
    const applied = await syncOnce(district, store);
    expect(applied).toBe(3);
    expect(Object.keys(store.consortia).sort()).toEqual([c1, c2].sort());
    expect(Object.keys(store.organizations).sort()).toEqual([o1, o2].sort());
    expect(store.members[c1].map((m) => m.organizationId).sort()).toEqual([o1, o2].sort());
    expect(store.consortia[elsewhere]).toBeUndefined();
    expect(store.organizations[foreign]).toBeUndefined();
    expect(JSON.stringify(store)).not.toBe(loaded);

    const cursor = store.cursor;
    expect(await syncOnce(district, store)).toBe(0);
    expect(store.cursor).toBe(cursor);
  });

  it('lets a district system file applications for organizations of its own district only, never an expulsion', async () => {
    const writer = (await districtSystem(api, '500118', ['registry:write', 'feed:read'])).client;
    const c = await consortium('申请测试联合体（演示）', '500118');
    const own = await organization('本区申请企业（演示）', 'TB000011', '500118');
    const foreign = await organization('外区申请企业（演示）', 'TB000012', '500101');
    const file = (organizationId: string, kind: 'JOIN' | 'EXPEL') =>
      writer.POST('/api/v1/consortia/{consortiumId}/applications', {
        params: { path: { consortiumId: c } },
        body:
          kind === 'JOIN'
            ? { organizationId, kind, requestedRole: 'MEMBER', effectiveOn: '2026-01-01' }
            : { organizationId, kind, exitReason: 'EXPELLED', effectiveOn: '2026-01-01' },
      });

    const filed = await file(own, 'JOIN');
    expect(filed.response.status).toBe(201);
    expect(filed.data).toMatchObject({ organizationId: own, kind: 'JOIN', status: 'SUBMITTED' });
    const head = (await writer.GET('/api/v1/changes/head')).data!.cursor;
    const { data: feed } = await writer.GET('/api/v1/changes', { params: { query: { after: String(Number(head) - 1) } } });
    expect(feed!.items.map((e) => [e.type, e.aggregateId])).toEqual([['registry.application.submitted', filed.data!.id]]);

    const other = await file(foreign, 'JOIN');
    expect(other.response.status).toBe(404);
    expect(other.error).toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
    const expel = await file(own, 'EXPEL');
    expect(expel.response.status).toBe(403);
    expect(expel.error).toMatchObject({ code: 'EXPEL_NOT_ALLOWED' });
    const list = await taskforce.GET('/api/v1/consortia/{consortiumId}/applications', { params: { path: { consortiumId: c } } });
    expect(list.data!.items.map((a) => a.organizationId)).toEqual([own]);
  });
});
