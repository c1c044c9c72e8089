import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 工作台账 (seeds/004 "建立产教联合体工作台账，细化完善年度目标任务，列出时间表、任务图"): the units that lead
 * or carry tasks, the target tasks of a year (city-wide, a district's, or a consortium's) with
 * milestones, sub-tasks and dependencies, progress reports, and the supervision notices (督办).
 */
const DEPARTMENTS = ['市发展改革委', '市教委', '市科技局', '市经济信息委', '市财政局', '市人力社保局'];

export class Ledger1763816000000 implements MigrationInterface {
  name = 'Ledger1763816000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger_unit (
        id              uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_ledger_unit PRIMARY KEY,
        name            text        NOT NULL,
        kind            text        NOT NULL,
        organization_id uuid,
        district_code   text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_ledger_unit_name UNIQUE (name),
        CONSTRAINT ck_ledger_unit_kind CHECK (kind IN ('DEPARTMENT', 'DISTRICT_AGENCY', 'ORGANIZATION', 'GROUP'))
      )`);
    await q.query(`CREATE INDEX ix_ledger_unit_organization ON ledger_unit (organization_id) WHERE organization_id IS NOT NULL`);
    await q.query(`INSERT INTO ledger_unit (name, kind) SELECT unnest($1::text[]), 'DEPARTMENT'`, [DEPARTMENTS]);
    await q.query(`
      CREATE TABLE ledger_task (
        id             uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_ledger_task PRIMARY KEY,
        year           integer     NOT NULL,
        consortium_id  uuid,
        district_code  text,
        parent_id      uuid        CONSTRAINT fk_ledger_task_parent REFERENCES ledger_task (id),
        list_name      text,
        seq            text,
        title          text        NOT NULL,
        target_kind    text        NOT NULL,
        target_value   numeric,
        target_unit    text,
        deliverable    text,
        lead_unit_id   uuid        NOT NULL CONSTRAINT fk_ledger_task_lead_unit REFERENCES ledger_unit (id),
        start_on       date        NOT NULL,
        due_on         date        NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        version        integer     NOT NULL DEFAULT 1,
        CONSTRAINT ck_ledger_task_year CHECK (year BETWEEN 2000 AND 2100),
        CONSTRAINT ck_ledger_task_target CHECK ((target_kind = 'INDICATOR' AND target_value IS NOT NULL) OR (target_kind = 'DELIVERABLE' AND deliverable IS NOT NULL)),
        CONSTRAINT ck_ledger_task_dates CHECK (start_on <= due_on)
      )`);
    await q.query(`CREATE INDEX ix_ledger_task_year ON ledger_task (year, consortium_id)`);
    await q.query(`CREATE INDEX ix_ledger_task_parent ON ledger_task (parent_id) WHERE parent_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE ledger_task_unit (
        task_id uuid NOT NULL CONSTRAINT fk_ledger_task_unit_task REFERENCES ledger_task (id),
        unit_id uuid NOT NULL CONSTRAINT fk_ledger_task_unit_unit REFERENCES ledger_unit (id),
        CONSTRAINT pk_ledger_task_unit PRIMARY KEY (task_id, unit_id)
      )`);
    await q.query(`CREATE INDEX ix_ledger_task_unit_unit ON ledger_task_unit (unit_id)`);
    await q.query(`
      CREATE TABLE ledger_dependency (
        task_id       uuid NOT NULL CONSTRAINT fk_ledger_dependency_task REFERENCES ledger_task (id),
        depends_on_id uuid NOT NULL CONSTRAINT fk_ledger_dependency_depends_on REFERENCES ledger_task (id),
        CONSTRAINT pk_ledger_dependency PRIMARY KEY (task_id, depends_on_id),
        CONSTRAINT ck_ledger_dependency_self CHECK (task_id <> depends_on_id)
      )`);
    await q.query(`
      CREATE TABLE ledger_milestone (
        id           uuid    NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_ledger_milestone PRIMARY KEY,
        task_id      uuid    NOT NULL CONSTRAINT fk_ledger_milestone_task REFERENCES ledger_task (id),
        title        text    NOT NULL,
        due_on       date    NOT NULL,
        target_value numeric,
        CONSTRAINT uq_ledger_milestone_title UNIQUE (task_id, title)
      )`);
    await q.query(`CREATE INDEX ix_ledger_milestone_due ON ledger_milestone (due_on)`);
    await q.query(`
      CREATE TABLE ledger_report (
        id            uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_ledger_report PRIMARY KEY,
        milestone_id  uuid        NOT NULL CONSTRAINT fk_ledger_report_milestone REFERENCES ledger_milestone (id),
        task_id       uuid        NOT NULL CONSTRAINT fk_ledger_report_task REFERENCES ledger_task (id),
        unit_id       uuid        NOT NULL CONSTRAINT fk_ledger_report_unit REFERENCES ledger_unit (id),
        reported_on   date        NOT NULL,
        value_reached numeric,
        narrative     text        NOT NULL,
        evidence      jsonb       NOT NULL DEFAULT '[]',
        done          boolean     NOT NULL,
        status        text        NOT NULL DEFAULT 'SUBMITTED',
        submitted_by  text        NOT NULL,
        review_note   text,
        reviewed_by   text,
        reviewed_at   timestamptz,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_ledger_report_status CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED'))
      )`);
    await q.query(`CREATE INDEX ix_ledger_report_milestone ON ledger_report (milestone_id, reported_on)`);
    await q.query(`CREATE INDEX ix_ledger_report_task ON ledger_report (task_id)`);
    await q.query(`
      CREATE TABLE ledger_notice (
        id           uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_ledger_notice PRIMARY KEY,
        kind         text        NOT NULL,
        task_id      uuid        NOT NULL CONSTRAINT fk_ledger_notice_task REFERENCES ledger_task (id),
        milestone_id uuid        CONSTRAINT fk_ledger_notice_milestone REFERENCES ledger_milestone (id),
        unit_id      uuid        CONSTRAINT fk_ledger_notice_unit REFERENCES ledger_unit (id),
        notice_on    date        NOT NULL,
        days         integer     NOT NULL,
        message      text        NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_ledger_notice_kind CHECK (kind IN ('DUE_SOON', 'OVERDUE', 'ESCALATION', 'TOO_FAST')),
        CONSTRAINT uq_ledger_notice_day UNIQUE NULLS NOT DISTINCT (kind, milestone_id, unit_id, notice_on)
      )`);
    await q.query(`CREATE INDEX ix_ledger_notice_unit ON ledger_notice (unit_id, notice_on)`);
    await q.query(`CREATE INDEX ix_ledger_notice_milestone ON ledger_notice (milestone_id, kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['ledger_notice', 'ledger_report', 'ledger_milestone', 'ledger_dependency', 'ledger_task_unit', 'ledger_task', 'ledger_unit']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
