import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, AuditRecorder, OutboxPublisher } from '#platform';
import { ConsortiumLookup } from '#registry';
import { daysBetween, implausiblyEarly, NOTICE_KIND_LABELS, type NoticeKind, SUPERVISION_METHOD } from '../domain/ledger.js';
import { LedgerRepository, type NoticeRecord, type TaskRecord } from '../persistence/ledger.repository.js';
import { districtsOfTask } from './ledger.use-cases.js';
import { NoticeRaised } from '../contracts/index.js';

export interface SupervisionSummary {
  asOf: string;
  methodVersion: number;
  raised: Record<NoticeKind, number>;
  notices: NoticeRecord[];
}

/** The event a notice raises: the responsible unit's reminder or notice, or the task force's escalation or flag. */

/**
 * 督办: one sweep of the ledger as of a day (the scheduled job's "today", or a day the task force
 * names). In one transaction under an advisory lock, so two sweeps never interleave; the notices'
 * unique key (kind, milestone, unit, day) makes a repeated sweep of the same day raise nothing.
 * - DUE_SOON: an open milestone due within `dueSoonDays`: one reminder per lead/responsible unit;
 * - OVERDUE: an open milestone past due: a notice per unit, repeated every `overdueRepeatDays` while late;
 * - ESCALATION: a milestone that has had `escalateAfterNotices` overdue notices (on different days):
 *   once, to the task force (no unit), naming the units;
 * - TOO_FAST: a task whose milestones were all reported done when less than `minPlausibleShare` of
 *   its time had passed: once, to the task force ("既不要盲目求多求快").
 */
@Injectable()
export class SuperviseLedgerUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: LedgerRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly consortia: ConsortiumLookup,
  ) {}

  run(asOf: string, actor: Actor): Promise<SupervisionSummary> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('ledger.supervision'))`);
      const method = SUPERVISION_METHOD;
      const raised: NoticeRecord[] = [];
      const units = new Map((await this.repository.units(m)).map((u) => [u.id, u.name]));
      const open = (await this.repository.openMilestones(m, asOf)).filter((ms) => daysBetween(asOf, ms.dueOn) <= method.dueSoonDays);
      const tasks = new Map((await this.repository.tasks(m, { ids: [...new Set(open.map((ms) => ms.taskId))] })).map((t) => [t.id, t]));
      const unitsOf = (t: TaskRecord) => [...new Set([t.leadUnitId, ...t.responsibleUnitIds])];
      const ids = open.map((ms) => ms.id);
      const dueSoonSent = new Set((await this.repository.noticesFor(m, 'DUE_SOON', ids, asOf)).map((n) => `${n.milestoneId}/${n.unitId}`));
      const overdue = await this.repository.noticesFor(m, 'OVERDUE', ids, asOf);
      const escalated = new Set((await this.repository.noticesFor(m, 'ESCALATION', ids, '9999-12-31')).map((n) => n.milestoneId));

      for (const ms of open) {
        const task = tasks.get(ms.taskId)!;
        const left = daysBetween(asOf, ms.dueOn);
        for (const unitId of unitsOf(task)) {
          const unit = units.get(unitId) ?? '';
          if (left >= 0) {
            if (dueSoonSent.has(`${ms.id}/${unitId}`)) continue;
            raised.push(
              ...(await this.notice(m, {
                kind: 'DUE_SOON',
                taskId: task.id,
                milestoneId: ms.id,
                unitId,
                noticeOn: asOf,
                days: left,
                message: `【到期提醒】“${task.title}”的节点“${ms.title}”将于 ${ms.dueOn} 到期（还有 ${left} 天），请${unit}按时报送完成情况。`,
              })),
            );
          } else {
            const last = overdue
              .filter((n) => n.unitId === unitId && n.milestoneId === ms.id)
              .map((n) => n.noticeOn)
              .sort()
              .at(-1);
            if (last && daysBetween(last, asOf) < method.overdueRepeatDays) continue;
            raised.push(
              ...(await this.notice(m, {
                kind: 'OVERDUE',
                taskId: task.id,
                milestoneId: ms.id,
                unitId,
                noticeOn: asOf,
                days: -left,
                message: `【逾期督办】“${task.title}”的节点“${ms.title}”已于 ${ms.dueOn} 到期，逾期 ${-left} 天仍未报送完成，请${unit}抓紧推进并报送进展。`,
              })),
            );
          }
        }
        if (left < 0 && !escalated.has(ms.id)) {
          const days = new Set([
            ...overdue.filter((n) => n.milestoneId === ms.id).map((n) => n.noticeOn),
            ...raised.filter((n) => n.kind === 'OVERDUE' && n.milestoneId === ms.id).map((n) => n.noticeOn),
          ]);
          if (days.size >= method.escalateAfterNotices) {
            const names = unitsOf(task)
              .map((u) => units.get(u))
              .join('、');
            raised.push(
              ...(await this.notice(m, {
                kind: 'ESCALATION',
                taskId: task.id,
                milestoneId: ms.id,
                unitId: null,
                noticeOn: asOf,
                days: -left,
                message: `【提级督办】“${task.title}”的节点“${ms.title}”逾期 ${-left} 天，已督办 ${days.size} 次仍未完成（责任单位：${names}），提请工作专班督办。`,
              })),
            );
          }
        }
      }
      raised.push(...(await this.tooFast(m, asOf)));
      if (raised.length > 0) {
        await this.audit.record(m, {
          action: 'ledger.supervision.run',
          entityType: 'ledger-supervision',
          entityId: asOf,
          before: null,
          after: { asOf, methodVersion: method.version, notices: raised.map((n) => n.id) },
          actor,
        });
      }
      const count = (kind: NoticeKind) => raised.filter((n) => n.kind === kind).length;
      return {
        asOf,
        methodVersion: method.version,
        raised: { DUE_SOON: count('DUE_SOON'), OVERDUE: count('OVERDUE'), ESCALATION: count('ESCALATION'), TOO_FAST: count('TOO_FAST') },
        notices: raised,
      };
    });
  }

  /** Tasks whose every milestone was reported done (pending or accepted) implausibly early; each flagged once. */
  private async tooFast(m: EntityManager, asOf: string): Promise<NoticeRecord[]> {
    const rows: { task_id: string; last_milestone: string; done_on: string }[] = await m.query(
      `SELECT t.id AS task_id,
              (SELECT ms.id FROM ledger_milestone ms WHERE ms.task_id = t.id ORDER BY ms.due_on DESC, ms.id LIMIT 1) AS last_milestone,
              (SELECT max(d.first_done)::text FROM (
                 SELECT min(r.reported_on) AS first_done FROM ledger_milestone ms
                   JOIN ledger_report r ON r.milestone_id = ms.id AND r.done AND r.status <> 'RETURNED' AND r.reported_on <= $1
                  WHERE ms.task_id = t.id GROUP BY ms.id) d) AS done_on
         FROM ledger_task t
        WHERE NOT EXISTS (SELECT 1 FROM ledger_milestone ms WHERE ms.task_id = t.id
                            AND NOT EXISTS (SELECT 1 FROM ledger_report r WHERE r.milestone_id = ms.id AND r.done AND r.status <> 'RETURNED' AND r.reported_on <= $1))
          AND EXISTS (SELECT 1 FROM ledger_milestone ms WHERE ms.task_id = t.id)
          AND NOT EXISTS (SELECT 1 FROM ledger_notice n WHERE n.task_id = t.id AND n.kind = 'TOO_FAST')`,
      [asOf],
    );
    if (rows.length === 0) return [];
    const tasks = new Map((await this.repository.tasks(m, { ids: rows.map((r) => r.task_id) })).map((t) => [t.id, t]));
    const out: NoticeRecord[] = [];
    for (const r of rows) {
      const task = tasks.get(r.task_id)!;
      const pace = implausiblyEarly(task.startOn, task.dueOn, r.done_on);
      if (!pace.flagged) continue;
      const percent = Math.round(pace.share * 100);
      out.push(
        ...(await this.notice(m, {
          kind: 'TOO_FAST',
          taskId: task.id,
          milestoneId: r.last_milestone,
          unitId: null,
          noticeOn: asOf,
          days: daysBetween(r.done_on, task.dueOn),
          message: `【进度异常】“${task.title}”于 ${r.done_on} 报告全部完成，距完成时限 ${task.dueOn} 尚早，计划时间仅过去 ${percent}%，请工作专班核实（不要盲目求多求快）。`,
        })),
      );
    }
    return out;
  }

  private async notice(m: EntityManager, n: Omit<NoticeRecord, 'id' | 'createdAt'>): Promise<NoticeRecord[]> {
    const created = await this.repository.insertNotice(m, n);
    if (!created) return [];
    const task = (await this.repository.task(m, n.taskId))!;
    await this.outbox.publish(
      m,
      NoticeRaised.of(
        created.id,
        {
          id: created.id,
          kind: n.kind,
          kindLabel: NOTICE_KIND_LABELS[n.kind],
          taskId: n.taskId,
          taskTitle: task.title,
          milestoneId: n.milestoneId,
          unitId: n.unitId,
          noticeOn: n.noticeOn,
          days: n.days,
          message: n.message,
        },
        await districtsOfTask(this.consortia, task),
      ),
    );
    return [created];
  }
}
