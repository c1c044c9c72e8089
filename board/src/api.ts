import type { components } from '../../clients/district/generated/api-schema.js';

/** The public API's answers, typed from the contract (openapi.json). */
type S = components['schemas'];
export type PublishedRoundList = S['PublishedRoundListDto'];
export type PublishedRanking = S['PublishedRankingDto'];
export type PublishedScores = S['PublishedScoresDto'];
export type PublishedScore = S['PublishedScoreDto'];
export type PublishedYearList = S['PublishedYearListDto'];
export type PublishedAnnualRanking = S['PublishedAnnualRankingDto'];
export type OfficialList = S['OfficialListDto'];
export type OfficialListEntry = S['OfficialListEntryDto'];
export type ListProgress = S['ListProgressDto'];
export type SnapshotList = S['SnapshotListDto'];
export type Snapshot = S['SnapshotDto'];
export type DistrictList = S['DistrictListDto'];

/** A problem+json answer, shown to the reader by its title. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

const cache = new Map<string, Promise<unknown>>();

/** GET a public API path (answers are cached for the page's life: published data does not change under it). */
export function get<T>(path: string): Promise<T> {
  let found = cache.get(path);
  if (!found) {
    found = fetch(`/api/v1/${path}`, { headers: { accept: 'application/json' } }).then(async (res) => {
      const body = (await res.json().catch(() => ({}))) as T & { code?: string; title?: string; detail?: string };
      if (!res.ok) throw new ApiProblem(res.status, body.code, body.title ?? body.detail ?? `请求失败（${res.status}）`);
      return body;
    });
    found.catch(() => cache.delete(path));
    cache.set(path, found);
  }
  return found as Promise<T>;
}

export const api = {
  rounds: () => get<PublishedRoundList>('evaluation/rankings'),
  ranking: (roundId: string) => get<PublishedRanking>(`evaluation/rankings/${roundId}`),
  scores: (roundId: string) => get<PublishedScores>(`evaluation/rankings/${roundId}/scores`),
  annualYears: () => get<PublishedYearList>('evaluation/annual-rankings'),
  annual: (year: number) => get<PublishedAnnualRanking>(`evaluation/annual-rankings/${year}`),
  officialList: (asOf: string) => get<OfficialList>(`official-list?asOf=${encodeURIComponent(asOf)}`),
  progress: (asOf: string) => get<ListProgress>(`official-list/progress?asOf=${encodeURIComponent(asOf)}`),
  snapshots: () => get<SnapshotList>('official-list/snapshots'),
  snapshot: (roundCode: string) => get<Snapshot>(`official-list/snapshots/${encodeURIComponent(roundCode)}`),
  districts: () => get<DistrictList>('districts'),
};

/** A consortium's name: the one the answer carries, else the public official list's of today. */
export async function nameOf(consortiumId: string, given: string | undefined | null, today: string): Promise<string> {
  if (given) return given;
  const list = await api.officialList(today);
  return list.items.find((i) => i.consortiumId === consortiumId)?.name ?? consortiumId;
}
