import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PlatformFact, PlatformValue, PlatformValueSource } from '#evaluation';
import { figuresOf } from '../../domain/figures.js';
import { PLATFORM_METRIC_LABELS } from '../../domain/supply-demand.labels.js';
import { PLATFORM_METRICS, type PlatformMetric } from '../../domain/platform-metrics.js';
import { SupplyDemandRepository } from '../../persistence/supply-demand.repository.js';

const r2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/**
 * 供需对接's side of the evaluation's platform-value port: a consortium's figures for the round's
 * quarter (the same facts and function as the figures route), with the facts behind each value.
 * 技术服务到款额 in 万元 (yuan / 10,000, two decimals).
 */
@Injectable()
export class SupplyDemandPlatformValues implements PlatformValueSource {
  constructor(private readonly repository: SupplyDemandRepository) {}

  metrics() {
    return PLATFORM_METRICS.map((code) => ({ code, label: PLATFORM_METRIC_LABELS[code] }));
  }

  async values(m: EntityManager, query: { consortiumId: string; from: string; to: string; metrics: readonly string[] }): Promise<Map<string, PlatformValue>> {
    const scope = { kind: 'CONSORTIUM' as const, id: query.consortiumId };
    const [demands, outcomes, payments] = await Promise.all([
      this.repository.demandFacts(m, scope, query.from, query.to),
      this.repository.outcomeFacts(m, scope, query.from, query.to),
      this.repository.paymentFacts(m, scope, query.from, query.to),
    ]);
    const f = figuresOf(demands, outcomes, payments, []);
    const outcomeFacts = (kind: string): PlatformFact[] =>
      outcomes
        .filter((o) => o.kind === kind)
        .map((o) => ({
          kind,
          id: o.id,
          label: `${o.name}（${o.organizationName}）`,
          value: o.students,
          date: o.occurredOn,
          href: `/api/v1/supply-demand/outcomes/${o.id}`,
        }));
    const all: Record<PlatformMetric, PlatformValue> = {
      SD_SERVICE_INCOME: {
        metric: 'SD_SERVICE_INCOME',
        value: r2(f.serviceIncome / 10_000),
        facts: payments.map((p) => ({
          kind: 'PAYMENT',
          id: p.id,
          label: `${p.outcomeName} 到款 ${p.amount.toFixed(2)} 元（${p.organizationName}）`,
          value: r2(p.amount / 10_000),
          date: p.receivedOn,
          href: `/api/v1/supply-demand/outcomes/${p.outcomeId}`,
        })),
      },
      SD_ORDER_CLASS_STUDENTS: { metric: 'SD_ORDER_CLASS_STUDENTS', value: f.orderClassStudents, facts: outcomeFacts('ORDER_CLASS') },
      SD_STUDENTS_PLACED: { metric: 'SD_STUDENTS_PLACED', value: f.studentsPlaced, facts: outcomeFacts('PLACEMENT') },
      SD_RESPONSE_RATE: {
        metric: 'SD_RESPONSE_RATE',
        value: f.responseRate,
        facts: demands.map((d) => ({
          kind: 'DEMAND',
          id: d.id,
          label: d.firstResponseAt ? '已获应答' : '未获应答',
          value: d.firstResponseAt ? 1 : 0,
          date: d.publishedAt.toISOString().slice(0, 10),
          href: `/api/v1/supply-demand/demands/${d.id}`,
        })),
      },
    };
    return new Map(query.metrics.filter((x): x is PlatformMetric => x in all).map((x) => [x, all[x]]));
  }
}
