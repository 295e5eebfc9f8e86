import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../../platform/org/index.js';

/**
 * 法治建设委员会 and its office, the annual 工作要点 and its 督办 (docs/decisions/0049-coordination.md). Every row
 * carries `district_id` and `org_unit_id`: committee rows belong to the district's root unit, a task to its
 * lead unit (牵头单位).
 */

/** A member of the committee: the post on the committee and the post held in the member's own unit. */
export const coordinationMembers = pgTable(
  'coordination_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    name: text('name').notNull(),
    /** 'director' | 'deputy' | 'member' | 'office_head' */
    post: text('post').notNull(),
    /** The member's own post (区委书记, 区长, 司法局局长 …). */
    position: text('position').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coordination_members_district_idx').on(t.districtId, t.sortOrder)],
);

/** A meeting of the committee or its office: agenda, attendance, minutes; its decisions become tasks. */
export const coordinationMeetings = pgTable(
  'coordination_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 'committee' | 'office' */
    kind: text('kind').notNull(),
    /** e.g. 2020-1: the natural key within the district. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    agenda: text('agenda').notNull(),
    attendees: jsonb('attendees').$type<string[]>().notNull(),
    absent: jsonb('absent').$type<string[]>().notNull(),
    minutes: text('minutes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coordination_meetings_number_uq').on(t.districtId, t.number),
    index('coordination_meetings_held_idx').on(t.districtId, t.heldOn),
  ],
);

/** The year's 工作要点 (one per district and year). */
export const coordinationPlans = pgTable(
  'coordination_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    documentNumber: text('document_number'),
    issuedOn: date('issued_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('coordination_plans_year_uq').on(t.districtId, t.year)],
);

/** A task of the plan, or a meeting decision's follow-up: one lead unit, co-units, milestones, a due day. */
export const coordinationTasks = pgTable(
  'coordination_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** The lead unit (牵头单位): the task is in its scope. */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 任务编号, e.g. GZ2026-07 (the ledger's natural key). */
    code: text('code').notNull(),
    year: integer('year').notNull(),
    planId: uuid('plan_id').references(() => coordinationPlans.id),
    meetingId: uuid('meeting_id').references(() => coordinationMeetings.id),
    title: text('title').notNull(),
    body: text('body'),
    /** One of the 纲要's nine areas (PLAN_AREAS), or null when the plan does not say. */
    area: text('area'),
    /** Indicator codes as the plan writes them; the assessment module resolves them. */
    indicatorCodes: text('indicator_codes').array().notNull().default([]),
    coUnitIds: uuid('co_unit_ids').array().notNull().default([]),
    milestones: jsonb('milestones').$type<{ on: string; text: string }[]>().notNull().default([]),
    assignedOn: date('assigned_on').notNull(),
    dueOn: date('due_on').notNull(),
    /** 'open' | 'reported' | 'done' */
    state: text('state').notNull(),
    /** The last report or assignment: a task without news for STALLED_DAYS is stalled. */
    lastActivityOn: date('last_activity_on').notNull(),
    returnReason: text('return_reason'),
    doneOn: date('done_on'),
    /** 'none' | 'reminded' | 'noticed' | 'interviewed' | 'referred' */
    escalation: text('escalation').notNull().default('none'),
    remindedOn: date('reminded_on'),
    noticedOn: date('noticed_on'),
    noticeNumber: text('notice_number'),
    interviewedOn: date('interviewed_on'),
    interviewee: text('interviewee'),
    interviewRecord: text('interview_record'),
    referredOn: date('referred_on'),
    /** The committee meeting that heard the referred task (its minutes record it). */
    referredMeetingId: uuid('referred_meeting_id').references(() => coordinationMeetings.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coordination_tasks_code_uq').on(t.districtId, t.code),
    index('coordination_tasks_unit_idx').on(t.orgUnitId, t.state),
    index('coordination_tasks_due_idx').on(t.districtId, t.state, t.dueOn),
    index('coordination_tasks_plan_idx').on(t.planId),
  ],
);

/** A unit's report on a task: progress, or completion for acceptance; with its evidence links. */
export const coordinationReports = pgTable(
  'coordination_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => coordinationTasks.id),
    districtId: uuid('district_id').notNull(),
    /** The reporting unit. */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** 'progress' | 'completion' */
    kind: text('kind').notNull(),
    reportedOn: date('reported_on').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coordination_reports_task_idx').on(t.taskId, t.reportedOn)],
);

/** Evidence: a record of another module (module key + id + label), or material named by its label. */
export const coordinationLinks = pgTable(
  'coordination_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => coordinationReports.id),
    taskId: uuid('task_id')
      .notNull()
      .references(() => coordinationTasks.id),
    districtId: uuid('district_id').notNull(),
    targetModule: text('target_module').notNull(),
    targetId: text('target_id'),
    label: text('label').notNull(),
  },
  (t) => [
    index('coordination_links_task_idx').on(t.taskId),
    index('coordination_links_target_idx').on(t.targetModule, t.targetId),
  ],
);

export type CoordinationTaskRow = typeof coordinationTasks.$inferSelect;
export type CoordinationMeetingRow = typeof coordinationMeetings.$inferSelect;
