import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../../platform/org/index.js';

/**
 * 学法、普法、第一责任人 (issue #17, docs/decisions/0050-legal-education.md). Every row carries `district_id` and
 * `org_unit_id` (the scope every query ANDs). Leaders are a roster this module keeps (decision 0050 §1): the
 * org tree has units and logins, not the district's 区长、副区长 and department heads who study and 述法.
 */
const common = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  districtId: uuid('district_id').notNull(),
  orgUnitId: uuid('org_unit_id')
    .notNull()
    .references(() => orgUnits.id),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 领导干部名册: who studies law and who, as a principal leader (党政主要负责人), reports on the duties. */
export const leaders = pgTable(
  'legal_education_leaders',
  {
    ...common(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    post: text('post').notNull(),
    /** 党政主要负责人 (区委书记、区长, a department's head): holds a 第一责任人 duty list and 述法. */
    principal: boolean('principal').notNull().default(false),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('legal_education_leaders_code_uq').on(t.districtId, t.code)],
);

/** 学法活动: 常务会议会前学法, 法治讲座, 报告会, 考试 — one per code. */
export const sessions = pgTable(
  'legal_education_sessions',
  {
    ...common(),
    code: text('code').notNull(),
    /** standing_meeting | lecture | report | exam */
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    topic: text('topic').notNull(),
    speaker: text('speaker'),
    hours: real('hours').notNull(),
  },
  (t) => [
    uniqueIndex('legal_education_sessions_code_uq').on(t.districtId, t.code),
    index('legal_education_sessions_held_idx').on(t.districtId, t.heldOn),
  ],
);

/** Who of the roster attended a session; an exam's score (0–100) when the session is an exam. */
export const attendance = pgTable(
  'legal_education_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    leaderId: uuid('leader_id')
      .notNull()
      .references(() => leaders.id),
    present: boolean('present').notNull(),
    score: integer('score'),
  },
  (t) => [
    uniqueIndex('legal_education_attendance_uq').on(t.sessionId, t.leaderId),
    index('legal_education_attendance_leader_idx').on(t.leaderId),
  ],
);

/** 普法规划 (七五 2016–2020, 八五 2021–2025) with its tasks as data. */
export const plans = pgTable(
  'legal_education_plans',
  {
    ...common(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    tasks: jsonb('tasks').$type<{ code: string; title: string }[]>().notNull(),
  },
  (t) => [uniqueIndex('legal_education_plans_code_uq').on(t.districtId, t.code)],
);

/** 中期评估 / 总结验收: the checklist (each item met or not) and the result. */
export const acceptances = pgTable(
  'legal_education_acceptances',
  {
    ...common(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    /** midterm | final */
    stage: text('stage').notNull(),
    items: jsonb('items')
      .$type<{ code: string; title: string; met: boolean; note: string | null }[]>()
      .notNull(),
    /** open | passed | failed */
    result: text('result').notNull(),
    acceptedOn: date('accepted_on'),
  },
  (t) => [uniqueIndex('legal_education_acceptances_uq').on(t.planId, t.stage)],
);

/**
 * 普法责任清单 (谁执法谁普法): one row per law a unit enforces, with its 普法 duty. Generated from the unit's
 * published powers (`source` = generated) or kept by hand (`manual`).
 */
export const duties = pgTable(
  'legal_education_duties',
  {
    ...common(),
    code: text('code').notNull(),
    law: text('law').notNull(),
    duty: text('duty').notNull(),
    audience: text('audience').notNull(),
    source: text('source').notNull(),
    /** How many of the unit's published powers cite the law (generated rows). */
    powers: integer('powers').notNull().default(0),
  },
  (t) => [
    uniqueIndex('legal_education_duties_code_uq').on(t.districtId, t.code),
    index('legal_education_duties_org_idx').on(t.orgUnitId),
  ],
);

/** 普法活动: 宪法宣传周, 民法典宣传…, where, and how many people it reached. */
export const activities = pgTable(
  'legal_education_activities',
  {
    ...common(),
    code: text('code').notNull(),
    heldOn: date('held_on').notNull(),
    /** constitution_week | civil_code | national_security | anti_fraud | other */
    theme: text('theme').notNull(),
    /** village | community | school | enterprise | agency | public_place */
    venue: text('venue').notNull(),
    title: text('title').notNull(),
    audience: integer('audience').notNull(),
    /** Photo references (file names or links): the kernel has no attachment store yet (decision 0050 §4). */
    photos: jsonb('photos').$type<string[]>().notNull().default([]),
  },
  (t) => [
    uniqueIndex('legal_education_activities_code_uq').on(t.districtId, t.code),
    index('legal_education_activities_held_idx').on(t.districtId, t.heldOn),
  ],
);

/** 法律明白人 training: a village's (community's) people trained on a day. */
export const trainings = pgTable(
  'legal_education_trainings',
  {
    ...common(),
    code: text('code').notNull(),
    heldOn: date('held_on').notNull(),
    trained: integer('trained').notNull(),
  },
  (t) => [uniqueIndex('legal_education_trainings_code_uq').on(t.districtId, t.code)],
);

/**
 * 年终述法: a principal leader's report on the 第一责任人 duties for a year, with the duty list taken from the
 * template in force (law by date) — draft → submitted → reviewed → evaluated; returned goes back to draft.
 */
export const reports = pgTable(
  'legal_education_reports',
  {
    ...common(),
    leaderId: uuid('leader_id')
      .notNull()
      .references(() => leaders.id),
    year: integer('year').notNull(),
    duties: jsonb('duties').$type<{ code: string; title: string; done: string | null }[]>().notNull(),
    /** draft | submitted | reviewed | evaluated */
    status: text('status').notNull(),
    body: text('body'),
    submittedOn: date('submitted_on'),
    reviewedOn: date('reviewed_on'),
    reviewNote: text('review_note'),
    /** excellent | good | fair | poor */
    grade: text('grade'),
    evaluatedOn: date('evaluated_on'),
  },
  (t) => [uniqueIndex('legal_education_reports_uq').on(t.leaderId, t.year)],
);

export type LeaderRow = typeof leaders.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type DutyRow = typeof duties.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;
export type AcceptanceRow = typeof acceptances.$inferSelect;
