import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '#platform';
import { ConsortiumLookup } from '#registry';
import type { Answers } from '../domain/answer-sheet.js';
import { resolvePaper } from '../domain/paper.js';
import type { PlatformAnswer } from '../domain/platform-value.js';
import type { SchemeDefinition } from '../domain/scheme.js';
import { AnswerSheetEntity, RoundEntity, SchemeEntity, TargetOverrideEntity } from '../persistence/evaluation.entities.js';
import { PLATFORM_VALUE_SOURCE, type PlatformValueSource } from './platform-values.port.js';

/**
 * Indicators whose value comes from the platform (source PLATFORM): their values are written into
 * the sheet's answers — so scoring reads them as any answer — and kept, with the facts behind
 * them, in the sheet's `platform` column. They follow the facts while the round is open (a
 * corrected fact updates them at the next read, save or submission) and are taken a last time
 * when the round closes; after that they stand.
 */
@Injectable()
export class PlatformAnswers {
  constructor(
    private readonly consortia: ConsortiumLookup,
    @Optional() @Inject(PLATFORM_VALUE_SOURCE) private readonly source?: PlatformValueSource,
  ) {}

  /** 422 naming `definition.indicators[i].platformSource` when a scheme names a metric no source supplies. */
  assertKnownMetrics(definition: SchemeDefinition): void {
    const known = new Set((this.source?.metrics() ?? []).map((m) => m.code));
    definition.indicators.forEach((ind, i) => {
      if (ind.platformSource && !known.has(ind.platformSource)) {
        const field = `definition.indicators[${i}].platformSource`;
        throw new DomainError(
          'INVALID',
          'UNKNOWN_PLATFORM_METRIC',
          { en: `${field}: ${ind.platformSource} is not a metric of the platform`, zh: `${ind.platformSource} 不是平台可取数的指标` },
          [{ field, code: 'UNKNOWN_PLATFORM_METRIC', message: `${ind.platformSource} 不是平台可取数的指标` }],
        );
      }
    });
  }

  /** Indicator code → metric, of the indicators on a consortium's paper that take their value from the platform. */
  async platformItems(manager: EntityManager, round: RoundEntity, consortiumId: string): Promise<Map<string, string>> {
    const scheme = await manager.findOne(SchemeEntity, { where: { id: round.schemeId } });
    if (!scheme || !scheme.definition.indicators.some((i) => i.platformSource)) return new Map();
    const state = await this.consortia.stateOn(consortiumId, round.periodEnd);
    if (!state) return new Map();
    const overrides = await manager.find(TargetOverrideEntity, { where: { roundId: round.id, consortiumId } });
    const items = resolvePaper(scheme.definition, state.level, new Map(overrides.map((o) => [o.indicatorCode, o.target])));
    return new Map(items.filter((i) => i.platformSource).map((i) => [i.code, i.platformSource!]));
  }

  /**
   * Takes the platform's values for one sheet (locked by the caller) into its answers; returns
   * whether anything changed (then the sheet's version moves on, as after a save).
   */
  async refresh(manager: EntityManager, round: RoundEntity, sheet: AnswerSheetEntity, { closing = false }: { closing?: boolean } = {}): Promise<boolean> {
    // Only while the round is open (and once more as it closes): a sheet corrected after the close keeps the values taken then.
    if (!this.source || (round.status !== 'OPEN' && !closing)) return false;
    const items = await this.platformItems(manager, round, sheet.consortiumId);
    if (items.size === 0) return false;
    const values = await this.source.values(manager, {
      consortiumId: sheet.consortiumId,
      from: round.periodStart,
      to: round.periodEnd,
      metrics: [...new Set(items.values())],
    });
    const answers: Answers = { ...sheet.answers };
    const platform: Record<string, PlatformAnswer> = {};
    const computedAt = new Date().toISOString();
    for (const [code, metric] of items) {
      const v = values.get(metric) ?? { metric, value: null, facts: [] };
      if (v.value === null) delete answers[code];
      else answers[code] = v.value;
      platform[code] = { ...v, from: round.periodStart, to: round.periodEnd, computedAt };
    }
    const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
    const strip = (p: Record<string, PlatformAnswer>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, { ...v, computedAt: '' }]));
    const changed = !same(sortKeys(answers), sortKeys(sheet.answers)) || !same(strip(platform), strip(sheet.platform ?? {}));
    if (!changed) return false;
    await manager.update(AnswerSheetEntity, { id: sheet.id }, { answers, platform, updatedAt: new Date(), version: sheet.version + 1 });
    Object.assign(sheet, { answers, platform, version: sheet.version + 1 });
    return true;
  }

  /** At the close of a round: every sheet of it takes the platform's values a last time. */
  async refreshRound(manager: EntityManager, round: RoundEntity): Promise<void> {
    if (!this.source) return;
    const sheets = await manager.find(AnswerSheetEntity, { where: { roundId: round.id }, lock: { mode: 'pessimistic_write' }, order: { consortiumId: 'ASC' } });
    for (const sheet of sheets) await this.refresh(manager, round, sheet, { closing: true });
  }
}

const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
