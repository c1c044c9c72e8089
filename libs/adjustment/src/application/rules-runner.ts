import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxPublisher } from '#platform';
import { publishedAnnualStandings, publishedStandingsUpTo, roundPeriodEnd } from '#evaluation';
import { compositionBrokenSince, ConsortiumLookup } from '#registry';
import {
  annualRules,
  type ConsortiumFacts,
  type ConsortiumStatus,
  type ProposalDraft,
  roundRules,
  type RoundStanding,
  stillCurrent,
  thresholdsOf,
  type Tier,
} from '../domain/rules.js';
import { ProposalEntity, RuleSetEntity } from '../persistence/adjustment.entities.js';
import { ProposalCreated } from '../contracts/index.js';

/**
 * The trigger a proposal is unique under: the round or year that raised it, except where the same
 * fact would otherwise be proposed again at every later run — a lapsed rectification deadline,
 * a composition broken since a given day, a member unit idle since a given quarter.
 */
/** A value of the evidence in a trigger key, written as it always was (`String`): stored keys must keep matching. */
const keyPart = (value: unknown): string => String(value);

export function triggerOf(draft: ProposalDraft, source: string): string {
  if (draft.rule === 3 && draft.evidence.rectificationDeadline) return `probation-deadline:${keyPart(draft.evidence.rectificationDeadline)}`;
  if (draft.rule === 6) return `composition:${keyPart(draft.evidence.brokenSince)}`;
  if (draft.rule === 7) return `idle:${keyPart(draft.evidence.lastParticipation ?? `member-since-${keyPart(draft.evidence.memberSince)}`)}`;
  return source;
}

/** A day after every decision anyone can date: the list under each consortium's latest decided period. */
const LATEST = '9999-12-31';

/** Per member unit of a consortium: when it joined and its latest quarter with recorded participation. */
export type MemberActivity = (manager: EntityManager, consortiumIds: readonly string[], date: string) => Promise<Map<string, ConsortiumFacts['members']>>;

/**
 * Runs the latest rule set over the facts and writes the proposals it makes, each with its
 * evidence and rule-set version, and an outbox event per new one. Inside the job's transaction;
 * proposals are unique per trigger, rule, consortium and member unit, so a second run for the
 * same round or year adds nothing.
 */
@Injectable()
export class RulesRunner {
  constructor(
    private readonly consortia: ConsortiumLookup,
    private readonly outbox: OutboxPublisher,
  ) {}

  async afterRound(manager: EntityManager, roundCode: string, asOf: string, memberActivity?: MemberActivity): Promise<ProposalEntity[]> {
    const roundEnd = await roundPeriodEnd(manager, roundCode);
    if (!roundEnd) return [];
    const ruleSet = await this.latestRuleSet(manager);
    // Judged as the consortia stood at the quarter's end (publication comes after it), not on the day of publication.
    const facts = await this.facts(manager, roundEnd, await publishedStandingsUpTo(manager, roundCode));
    const ids = facts.map((f) => f.consortiumId);
    const broken = await compositionBrokenSince(manager, ids, roundEnd);
    const members = memberActivity ? await memberActivity(manager, ids, roundEnd) : new Map<string, ConsortiumFacts['members']>();
    for (const f of facts) {
      f.compositionBrokenSince = broken.get(f.consortiumId)?.since ?? null;
      f.compositionWarnings = broken.get(f.consortiumId)?.warnings ?? [];
      f.members = members.get(f.consortiumId) ?? [];
    }
    const drafts = roundRules(facts, roundCode, roundEnd, asOf, thresholdsOf(ruleSet.thresholds));
    return this.write(manager, ruleSet, `round:${roundCode}`, stillCurrent(drafts, await this.latestDecided(manager)));
  }

  async afterYear(manager: EntityManager, year: number): Promise<ProposalEntity[]> {
    const ruleSet = await this.latestRuleSet(manager);
    // As the consortia stood on the year's last day, the day the annual groups are formed.
    const facts = await this.facts(manager, `${year}-12-31`, []);
    const drafts = annualRules(facts, year, await publishedAnnualStandings(manager, year), thresholdsOf(ruleSet.thresholds));
    return this.write(manager, ruleSet, `annual:${year}`, stillCurrent(drafts, await this.latestDecided(manager)));
  }

  /** Each listed consortium's latest decided status and tier, counting decisions that take effect later. */
  private async latestDecided(manager: EntityManager): Promise<Map<string, { status: ConsortiumStatus; tier: Tier }>> {
    return new Map((await this.consortia.listedOn(LATEST, manager)).map((c) => [c.id, { status: c.status, tier: c.tier }]));
  }

  private latestRuleSet(manager: EntityManager): Promise<RuleSetEntity> {
    return manager.findOneOrFail(RuleSetEntity, { where: {}, order: { version: 'DESC' } });
  }

  /** The consortia on the list on `asOf`, with their current status, its start, standings and probation deadline. */
  private async facts(manager: EntityManager, asOf: string, standings: Awaited<ReturnType<typeof publishedStandingsUpTo>>): Promise<ConsortiumFacts[]> {
    const listed = await this.consortia.listedOn(asOf, manager);
    const byConsortium = new Map<string, RoundStanding[]>();
    for (const s of standings) {
      byConsortium.set(s.consortiumId, [
        ...(byConsortium.get(s.consortiumId) ?? []),
        { round: s.round, rank: s.rank, groupSize: s.groupSize, grade: s.grade, status: s.status },
      ]);
    }
    // The deadline of the probation each consortium is in: set by the approval that began it.
    const deadlines: { consortium_id: string; rectification_deadline: string }[] = await manager.query(
      `SELECT consortium_id, rectification_deadline::text FROM adjustment_proposal
        WHERE status = 'APPROVED' AND to_status = 'PROBATION' AND rectification_deadline IS NOT NULL AND consortium_id = ANY($1)
        ORDER BY effective_on`,
      [listed.map((c) => c.id)],
    );
    const deadlineOf = new Map(deadlines.map((d) => [d.consortium_id, d.rectification_deadline]));
    return listed.map((c) => ({
      consortiumId: c.id,
      status: c.status,
      tier: c.tier,
      statusSince: c.since,
      standings: byConsortium.get(c.id) ?? [],
      rectificationDeadline: c.status === 'PROBATION' ? (deadlineOf.get(c.id) ?? null) : null,
    }));
  }

  private async write(manager: EntityManager, ruleSet: RuleSetEntity, source: string, drafts: ProposalDraft[]): Promise<ProposalEntity[]> {
    const created: ProposalEntity[] = [];
    for (const d of drafts) {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO adjustment_proposal (rule_set_version, rule, trigger, kind, consortium_id, organization_id, from_status, to_status, from_tier, to_tier, rectification_deadline, evidence)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (trigger, rule, consortium_id, organization_id) DO NOTHING RETURNING id`,
        [
          ruleSet.version,
          d.rule,
          triggerOf(d, source),
          d.kind,
          d.consortiumId,
          d.organizationId,
          d.fromStatus,
          d.toStatus,
          d.fromTier,
          d.toTier,
          d.rectificationDeadline,
          d.evidence,
        ],
      );
      if (rows.length === 0) continue;
      const proposal = (await manager.findOne(ProposalEntity, { where: { id: rows[0].id } }))!;
      await this.outbox.publish(
        manager,
        ProposalCreated.of(proposal.id, {
          id: proposal.id,
          rule: proposal.rule,
          kind: proposal.kind,
          consortiumId: proposal.consortiumId,
          organizationId: proposal.organizationId,
          toStatus: proposal.toStatus,
          toTier: proposal.toTier,
          trigger: proposal.trigger,
        }),
      );
      created.push(proposal);
    }
    return created;
  }
}
