import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isDistrictWide, permissionDef } from '../platform/authz/index.js';
import { type Actor, ROLES, type Role } from '../platform/context.js';
import type { App } from '../platform/http/index.js';
import { getOrgUnit, type OrgUnit } from '../platform/org/index.js';
import { addSecondDistrict, type Operation, readOperations, sessionPool } from '../test/standing.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import { buildTestApp } from '../test/test-server.js';
import { WHOLE_DEMO } from '../test/whole-demo.js';

/**
 * The route × role × unit matrix (issue #11 standing check; docs/decisions/0023-standing-security-checks.md).
 * Every operation of the OpenAPI document is called anonymously (401 unless the document marks it public);
 * every staff read is called by every role from the record's own unit, another unit of the district and
 * another district, and the answer is compared with the one the manifests' permissions and the scope rule
 * (platform/authz/scope.ts) predict: 403 without the permission, 404 outside the scope, 200 inside.
 * The records are the demo's (loaded once, on the embedded server only: the rule does not depend on it).
 */

/** The permission each staff read needs ('login': any signed-in user). A new GET route must be added here. */
const READS: Record<string, string> = {
  '/api/v1/auth/me': 'login',
  '/api/v1/org/units': 'login',
  '/api/v1/org/units/{id}': 'login',
  '/api/v1/org/tree': 'login',
  '/api/v1/org/document-prefixes': 'login',
  '/api/v1/org/units/{id}/document-prefix': 'login',
  '/api/v1/users': 'users.manage',
  '/api/v1/org/setup': 'org.manage',
  '/api/v1/org/units/export': 'org.manage',
  '/api/v1/org/units/import-template': 'org.manage',
  '/api/v1/users/export': 'users.manage',
  '/api/v1/users/import-template': 'users.manage',
  '/api/v1/calendar/years': 'login',
  '/api/v1/calendar/years/{year}': 'login',
  '/api/v1/me/due-items': 'login',
  '/api/v1/notifications': 'login',
  '/api/v1/workbench/counts': 'login',
  '/api/v1/workbench/items': 'login',
  '/api/v1/workbench/queues': 'login',
  '/api/v1/workbench/supervision': 'clocks.supervise',
  '/api/v1/workbench/overview': 'clocks.view_overview',
  '/api/v1/workbench/screen': 'clocks.view_overview',
  '/api/v1/metrics': 'login',
  '/api/v1/metrics/{key}/records': 'login',
  '/api/v1/reports/annual': 'reports.read',
  '/api/v1/reports/disclosure-annual': 'reports.read',
  '/api/v1/reports/suggestions': 'reports.read',
  '/api/v1/reports/annual.docx': 'reports.read',
  '/api/v1/reports/disclosure-annual.docx': 'reports.read',
  '/api/v1/reports/annual.pdf': 'reports.read',
  '/api/v1/reports/disclosure-annual.pdf': 'reports.read',
  '/api/v1/reports/drafts': 'reports.read',
  '/api/v1/reports/disclosure-annual.xlsx': 'reports.read',
  '/api/v1/reports/imported-figures': 'reports.read',
  '/api/v1/reports/imported-figures/export': 'reports.read',
  '/api/v1/reports/imported-figures/import-template': 'reports.import_figures',
  '/api/v1/reports/drafts/{id}': 'reports.read',
  '/api/v1/reports/drafts/{id}/differences': 'reports.read',
  '/api/v1/modules': 'login',
  '/api/v1/powers/items': 'powers.view',
  '/api/v1/powers/items/{id}': 'powers.view',
  '/api/v1/powers/stats': 'powers.view',
  '/api/v1/powers/export': 'powers.export',
  '/api/v1/powers/import-template': 'powers.import',
  '/api/v1/petitions/petitions': 'petitions.view',
  '/api/v1/petitions/petitions/{id}': 'petitions.view',
  '/api/v1/petitions/petitions/stats': 'petitions.view',
  '/api/v1/petitions/petitions/export': 'petitions.view',
  '/api/v1/petitions/petitions/import-template': 'petitions.import',
  '/api/v1/disclosure/requests': 'disclosure.view_requests',
  '/api/v1/disclosure/requests/{id}': 'disclosure.view_requests',
  '/api/v1/disclosure/requests/{id}/reply-document.docx': 'disclosure.view_requests',
  '/api/v1/disclosure/requests/export': 'disclosure.export_requests',
  '/api/v1/disclosure/requests/import-template': 'disclosure.import_requests',
  '/api/v1/disclosure/proactive-items': 'disclosure.view_proactive',
  '/api/v1/disclosure/proactive-items/{id}': 'disclosure.view_proactive',
  '/api/v1/disclosure/proactive-items/export': 'disclosure.export_proactive',
  '/api/v1/disclosure/proactive-items/import-template': 'disclosure.import_proactive',
  '/api/v1/disclosure/guides/{orgUnitId}': 'disclosure.view_proactive',
  '/api/v1/disclosure/table3': 'login',
  '/api/v1/disclosure/table3/years': 'login',
  '/api/v1/disclosure/table3/cells': 'login',
  '/api/v1/disclosure/table3.xlsx': 'login',
  '/api/v1/disclosure/settings': 'login',
  '/api/v1/enforcement/settings': 'enforcement.view',
  '/api/v1/enforcement/bodies': 'enforcement.view',
  '/api/v1/enforcement/bodies/candidates': 'enforcement.manage_bodies',
  '/api/v1/enforcement/officers': 'enforcement.view',
  '/api/v1/enforcement/benchmarks': 'enforcement.view',
  '/api/v1/enforcement/major-catalogue': 'enforcement.view',
  '/api/v1/enforcement/fees': 'enforcement.view',
  '/api/v1/enforcement/fees/years': 'enforcement.view',
  '/api/v1/enforcement/cases': 'enforcement.view',
  '/api/v1/enforcement/cases/number-suggestion': 'enforcement.handle_case',
  '/api/v1/enforcement/cases/{id}': 'enforcement.view',
  '/api/v1/enforcement/cases/{id}/decision.docx': 'enforcement.view',
  '/api/v1/enforcement/cases/{id}/evidence/{evidenceId}/file': 'enforcement.view',
  '/api/v1/enforcement/cases/{id}/archive.zip': 'enforcement.view_evidence',
  '/api/v1/enforcement/reviews': 'enforcement.view',
  '/api/v1/enforcement/filings': 'enforcement.view',
  '/api/v1/enforcement/publications': 'enforcement.view',
  '/api/v1/enforcement/inspection-plans': 'enforcement.view',
  '/api/v1/enforcement/inspection-plans/progress': 'enforcement.view',
  '/api/v1/enforcement/inspection-plans/years': 'enforcement.view',
  '/api/v1/enforcement/inspection-plans/{id}': 'enforcement.view',
  '/api/v1/enforcement/inspections': 'enforcement.view',
  '/api/v1/enforcement/cases/export': 'enforcement.export',
  '/api/v1/enforcement/cases/import-template': 'enforcement.import',
  '/api/v1/enforcement/inspections/export': 'enforcement.export',
  '/api/v1/enforcement/inspections/import-template': 'enforcement.import',
  '/api/v1/enforcement/bodies/export': 'enforcement.export',
  '/api/v1/enforcement/bodies/import-template': 'enforcement.import',
  '/api/v1/enforcement/officers/export': 'enforcement.export',
  '/api/v1/enforcement/officers/import-template': 'enforcement.import',
  '/api/v1/enforcement/benchmarks/export': 'enforcement.export',
  '/api/v1/enforcement/benchmarks/import-template': 'enforcement.import',
  '/api/v1/enforcement/fees/export': 'enforcement.export',
  '/api/v1/enforcement/fees/import-template': 'enforcement.import',
  '/api/v1/coordination/tasks': 'coordination.view',
  '/api/v1/coordination/tasks/{id}': 'coordination.view',
  '/api/v1/coordination/tasks/{id}/notice.docx': 'coordination.view',
  '/api/v1/coordination/tasks/export': 'coordination.view',
  '/api/v1/coordination/tasks/import-template': 'coordination.manage',
  '/api/v1/coordination/referred': 'coordination.committee',
  '/api/v1/coordination/league': 'coordination.view',
  '/api/v1/coordination/plans': 'coordination.view',
  '/api/v1/coordination/meetings': 'coordination.committee',
  '/api/v1/coordination/meetings/{id}': 'coordination.committee',
  '/api/v1/coordination/members': 'coordination.committee',
  '/api/v1/corrections/tasks': 'corrections.view',
  '/api/v1/corrections/tasks/{id}': 'corrections.view',
  '/api/v1/corrections/rates': 'corrections.view',
  '/api/v1/corrections/tasks/export': 'corrections.view',
  '/api/v1/corrections/tasks/import-template': 'corrections.import',
  '/api/v1/litigation/lawsuits': 'litigation.view',
  '/api/v1/litigation/lawsuits/{id}': 'litigation.view',
  '/api/v1/litigation/lawsuits/export': 'litigation.view',
  '/api/v1/litigation/lawsuits/import-template': 'litigation.import',
  '/api/v1/assessment/versions': 'assessment.view',
  '/api/v1/assessment/tree': 'assessment.view',
  '/api/v1/assessment/scores': 'assessment.view',
  '/api/v1/assessment/trend': 'assessment.view',
  '/api/v1/assessment/ranking': 'assessment.view',
  '/api/v1/assessment/gaps': 'assessment.view',
  '/api/v1/assessment/indicators/export': 'assessment.export',
  '/api/v1/assessment/indicators/import-template': 'assessment.manage',
  '/api/v1/normative-docs/docs': 'normative_docs.view',
  '/api/v1/normative-docs/docs/{id}': 'normative_docs.view',
  '/api/v1/normative-docs/docs/export': 'normative_docs.export',
  '/api/v1/normative-docs/docs/import-template': 'normative_docs.import',
  '/api/v1/normative-docs/settings': 'normative_docs.view',
  '/api/v1/normative-docs/cleanups': 'normative_docs.view',
  '/api/v1/normative-docs/cleanups/{id}': 'normative_docs.view',
  '/api/v1/normative-docs/laws': 'normative_docs.view',
  '/api/v1/normative-docs/laws/{id}/citers': 'normative_docs.view',
  '/api/v1/proposals/items': 'proposals.view',
  '/api/v1/proposals/items/{id}': 'proposals.view',
  '/api/v1/proposals/items/export': 'proposals.export',
  '/api/v1/proposals/items/import-template': 'proposals.register',
  '/api/v1/proposals/overview': 'proposals.view',
  '/api/v1/proposals/settings': 'proposals.view',
  '/api/v1/legal-affairs/matters': 'legal_affairs.view',
  '/api/v1/legal-affairs/matters/years': 'legal_affairs.view',
  '/api/v1/legal-affairs/matters/{id}': 'legal_affairs.view',
  '/api/v1/legal-affairs/advisers': 'legal_affairs.view',
  '/api/v1/legal-affairs/advisers/years': 'legal_affairs.view',
  '/api/v1/legal-affairs/advisers/{id}': 'legal_affairs.view',
  '/api/v1/legal-affairs/opinions/{id}/document.docx': 'legal_affairs.view',
  '/api/v1/legal-affairs/matters/export': 'legal_affairs.export',
  '/api/v1/legal-affairs/matters/import-template': 'legal_affairs.import',
  '/api/v1/legal-affairs/opinions/export': 'legal_affairs.export',
  '/api/v1/legal-affairs/opinions/import-template': 'legal_affairs.import',
  '/api/v1/reconsideration/cases': 'reconsideration.view_cases',
  '/api/v1/reconsideration/cases/{id}': 'reconsideration.view_cases',
  '/api/v1/reconsideration/cases/export': 'reconsideration.export_cases',
  '/api/v1/reconsideration/cases/import-template': 'reconsideration.import_cases',
  '/api/v1/mediation/coverage': 'mediation.view',
  '/api/v1/mediation/cases': 'mediation.view',
  '/api/v1/mediation/cases/{id}': 'mediation.view',
  '/api/v1/mediation/points/export': 'mediation.view',
  '/api/v1/mediation/points/import-template': 'mediation.edit',
  '/api/v1/mediation/cases/{id}/agreement.docx': 'mediation.view',
  '/api/v1/mediation/committees/export': 'mediation.view',
  '/api/v1/mediation/committees/import-template': 'mediation.edit',
  '/api/v1/mediation/log/export': 'mediation.view',
  '/api/v1/mediation/log/import-template': 'mediation.edit',
  '/api/v1/mediation/cases/export': 'mediation.view',
  '/api/v1/mediation/cases/import-template': 'mediation.edit',
  '/api/v1/mediation/committees': 'mediation.view',
  '/api/v1/mediation/court-transfers': 'mediation.view',
  '/api/v1/mediation/stats': 'mediation.view',
  '/api/v1/mediation/villages': 'mediation.view',
  '/api/v1/mediation/villages/{id}': 'mediation.view',
  '/api/v1/decisions/items': 'decisions.view',
  '/api/v1/decisions/items/{id}': 'decisions.view',
  '/api/v1/decisions/items/{id}/archive.zip': 'decisions.view',
  '/api/v1/decisions/items/export': 'decisions.export',
  '/api/v1/decisions/items/import-template': 'decisions.launch',
  '/api/v1/decisions/catalogue': 'decisions.view',
  '/api/v1/decisions/catalogue/export': 'decisions.export',
  '/api/v1/decisions/catalogue/import-template': 'decisions.catalogue',
  '/api/v1/decisions/comments/export': 'decisions.export',
  '/api/v1/decisions/comments/import-template': 'decisions.draft',
  '/api/v1/legal-education/leaders': 'legal_education.view',
  '/api/v1/legal-education/leaders/records': 'legal_education.view',
  '/api/v1/legal-education/leaders/{id}/record': 'legal_education.view',
  '/api/v1/legal-education/sessions': 'legal_education.view',
  '/api/v1/legal-education/sessions/{id}': 'legal_education.view',
  '/api/v1/legal-education/sessions/export': 'legal_education.export',
  '/api/v1/legal-education/sessions/import-template': 'legal_education.study',
  '/api/v1/legal-education/plans': 'legal_education.view',
  '/api/v1/legal-education/duties': 'legal_education.view',
  '/api/v1/legal-education/duties/export': 'legal_education.export',
  '/api/v1/legal-education/duties/import-template': 'legal_education.popularise',
  '/api/v1/legal-education/activities': 'legal_education.view',
  '/api/v1/legal-education/activities/chart': 'legal_education.view',
  '/api/v1/legal-education/activities/export': 'legal_education.export',
  '/api/v1/legal-education/activities/import-template': 'legal_education.popularise',
  '/api/v1/legal-education/reports': 'legal_education.view',
  '/api/v1/legal-education/reports/{id}': 'legal_education.view',
};

/**
 * How a path's parameters are filled from the demo, and whether the record belongs to a unit (then the
 * scope rule decides) — `unit: null` when the parameter names no unit's record (a year, a metric key).
 */
const RECORDS: Record<string, string> = {
  '/api/v1/org/units/{id}': `SELECT id, id AS unit FROM org_units WHERE code = '210114-D22'`,
  '/api/v1/org/units/{id}/document-prefix': `SELECT id, id AS unit FROM org_units WHERE code = '210114-D22'`,
  '/api/v1/calendar/years/{year}': `SELECT '2020' AS year, NULL AS unit`,
  '/api/v1/metrics/{key}/records': `SELECT 'disclosure.requests_received' AS key, NULL AS unit`,
  '/api/v1/powers/items/{id}': `SELECT id, org_unit_id AS unit FROM power_items ORDER BY id LIMIT 1`,
  // A petition routed to a department (its other scope, the 信访局 that registered it, is no other unit's).
  '/api/v1/petitions/petitions/{id}': `SELECT id, org_unit_id AS unit FROM petitions WHERE org_unit_id <> intake_unit_id ORDER BY id LIMIT 1`,
  // A department's own report (the district's is readable by every department: they contribute to it).
  '/api/v1/reports/drafts/{id}': `SELECT id, org_unit_id AS unit FROM report_drafts WHERE org_unit_id <> district_id ORDER BY id LIMIT 1`,
  '/api/v1/reports/drafts/{id}/differences': `SELECT id, org_unit_id AS unit FROM report_drafts WHERE org_unit_id <> district_id ORDER BY id LIMIT 1`,
  '/api/v1/disclosure/requests/{id}': `SELECT id, org_unit_id AS unit FROM disclosure_requests ORDER BY id LIMIT 1`,
  '/api/v1/disclosure/requests/{id}/reply-document.docx': `SELECT id, org_unit_id AS unit FROM disclosure_requests WHERE status = 'concluded' ORDER BY id LIMIT 1`,
  '/api/v1/disclosure/proactive-items/{id}': `SELECT id, org_unit_id AS unit FROM disclosure_proactive_items ORDER BY id LIMIT 1`,
  '/api/v1/disclosure/guides/{orgUnitId}': `SELECT org_unit_id AS "orgUnitId", org_unit_id AS unit FROM disclosure_guides ORDER BY 1 LIMIT 1`,
  '/api/v1/enforcement/cases/{id}': `SELECT id, org_unit_id AS unit FROM enforcement_cases ORDER BY id LIMIT 1`,
  '/api/v1/enforcement/cases/{id}/decision.docx': `SELECT id, org_unit_id AS unit FROM enforcement_cases WHERE kind = 'penalty' AND decision_number IS NOT NULL AND outcome <> 'no_penalty' ORDER BY id LIMIT 1`,
  '/api/v1/enforcement/cases/{id}/archive.zip': `SELECT id, org_unit_id AS unit FROM enforcement_cases WHERE closed_on IS NOT NULL ORDER BY id LIMIT 1`,
  '/api/v1/enforcement/inspection-plans/{id}': `SELECT id, org_unit_id AS unit FROM enforcement_inspection_plans ORDER BY id LIMIT 1`,
  // A task its lead unit handles alone (a co-unit would see it from its own unit too).
  '/api/v1/coordination/tasks/{id}': `SELECT id, org_unit_id AS unit FROM coordination_tasks WHERE co_unit_ids = '{}' ORDER BY code LIMIT 1`,
  '/api/v1/coordination/tasks/{id}/notice.docx': `SELECT id, org_unit_id AS unit FROM coordination_tasks WHERE co_unit_ids = '{}' AND notice_number IS NOT NULL ORDER BY code LIMIT 1`,
  '/api/v1/coordination/meetings/{id}': `SELECT id, org_unit_id AS unit FROM coordination_meetings ORDER BY number LIMIT 1`,
  '/api/v1/corrections/tasks/{id}': `SELECT id, org_unit_id AS unit FROM corrective_tasks ORDER BY number LIMIT 1`,
  '/api/v1/litigation/lawsuits/{id}': `SELECT id, org_unit_id AS unit FROM lawsuits ORDER BY case_number LIMIT 1`,
  // An item its lead unit handles alone (a co-handler would see it from its own unit too).
  '/api/v1/proposals/items/{id}': `SELECT id, org_unit_id AS unit FROM proposal_items i WHERE assigned_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM proposal_assignments a WHERE a.item_id = i.id AND a.role <> 'lead') ORDER BY id LIMIT 1`,
  // A department's own document (the government's are the district's).
  '/api/v1/normative-docs/docs/{id}': `SELECT id, org_unit_id AS unit FROM normative_docs WHERE issuer_level = 'department' ORDER BY id LIMIT 1`,
  // The district's cleanups and law register: every staff member of the district reads them (DISTRICT_READABLE).
  '/api/v1/normative-docs/cleanups/{id}': `SELECT id, district_id AS unit FROM normative_cleanups ORDER BY id LIMIT 1`,
  '/api/v1/normative-docs/laws/{id}/citers': `SELECT id, district_id AS unit FROM normative_laws ORDER BY id LIMIT 1`,
  '/api/v1/legal-affairs/matters/{id}': `SELECT id, org_unit_id AS unit FROM legal_matters WHERE org_unit_id <> district_id ORDER BY id LIMIT 1`,
  '/api/v1/legal-affairs/opinions/{id}/document.docx': `SELECT id, org_unit_id AS unit FROM legal_opinions WHERE org_unit_id <> district_id ORDER BY id LIMIT 1`,
  '/api/v1/legal-affairs/advisers/{id}': `SELECT id, org_unit_id AS unit FROM legal_advisers ORDER BY id LIMIT 1`,
  '/api/v1/reconsideration/cases/{id}': `SELECT id, org_unit_id AS unit FROM reconsideration_cases ORDER BY id LIMIT 1`,
  '/api/v1/mediation/cases/{id}': `SELECT id, org_unit_id AS unit FROM mediation_cases ORDER BY id LIMIT 1`,
  '/api/v1/mediation/cases/{id}/agreement.docx': `SELECT id, org_unit_id AS unit FROM mediation_cases WHERE agreement_form = 'written' ORDER BY id LIMIT 1`,
  '/api/v1/mediation/villages/{id}': `SELECT org_unit_id AS id, org_unit_id AS unit FROM mediation_village_rosters ORDER BY id LIMIT 1`,
  '/api/v1/decisions/items/{id}': `SELECT id, org_unit_id AS unit FROM decisions ORDER BY number LIMIT 1`,
  '/api/v1/decisions/items/{id}/archive.zip': `SELECT id, org_unit_id AS unit FROM decisions ORDER BY number LIMIT 1`,
  // A department head's record and 述法 (the district leaders' belong to the root unit).
  '/api/v1/legal-education/leaders/{id}/record': `SELECT id, org_unit_id AS unit FROM legal_education_leaders WHERE org_unit_id <> district_id ORDER BY code LIMIT 1`,
  '/api/v1/legal-education/sessions/{id}': `SELECT id, org_unit_id AS unit FROM legal_education_sessions ORDER BY code LIMIT 1`,
  '/api/v1/legal-education/reports/{id}': `SELECT id, org_unit_id AS unit FROM legal_education_reports WHERE org_unit_id <> district_id ORDER BY id LIMIT 1`,
};

/** Staff reads left out of the role columns, each with the reason its expectation cannot be derived. */
const NOT_DERIVED: Record<string, string> = {
  '/api/v1/reports/annual.pdf':
    "LibreOffice is optional and absent here (503 PDF_UNAVAILABLE); scope is the JSON and .docx routes' own, tested in reports/annual/routes.db.test.ts",
  '/api/v1/reports/disclosure-annual.pdf': 'as /api/v1/reports/annual.pdf',
  '/api/v1/enforcement/cases/number-suggestion':
    'the body is a query parameter, not a record; refusal for another body is tested in decision-terms.db.test.ts',
  '/api/v1/enforcement/cases/{id}/evidence/{evidenceId}/file':
    'the demo stores no evidence files; scope by assignment is tested in cases/evidence tests',
};

/**
 * Records every staff member of the district may read, whatever their unit: the org tree is the shared
 * reference every form picks units from, a unit's 政府信息公开指南 is public by law (条例 第十二条), and the
 * district's 规范性文件 cleanups and law register are the district's (decision 0048 §4, §6).
 */
const DISTRICT_READABLE = new Set([
  '/api/v1/org/units/{id}',
  '/api/v1/org/units/{id}/document-prefix',
  '/api/v1/disclosure/guides/{orgUnitId}',
  '/api/v1/normative-docs/cleanups/{id}',
  '/api/v1/normative-docs/laws/{id}/citers',
]);

type Relation = 'own unit' | 'other unit' | 'other district';
const RELATIONS: readonly Relation[] = ['own unit', 'other unit', 'other district'];

interface Read {
  path: string;
  permission: string;
  url: string;
  /** The record's unit, or null when the route reads no unit's record. */
  unit: OrgUnit | null;
}

/** The answer the declarations predict for a role reading a route from a unit related so to the record. */
function expectedStatus(read: Read, role: Role, relation: Relation): number {
  if (read.permission !== 'login' && !permissionDef(read.permission)?.roles.includes(role)) return 403;
  if (!read.unit) return 200;
  if (relation === 'other district') return 404;
  if (relation === 'other unit' && !isDistrictWide({ role } as Actor) && !DISTRICT_READABLE.has(read.path))
    return 404;
  return 200;
}

const onEmbedded = inject('dbLabel').startsWith('embedded');
let t: TestDatabase;
let app: App;
let ops: Operation[];
let reads: Read[];
let market: OrgUnit;
let housing: OrgUnit;
let elsewhere: OrgUnit;
let sessionOf: ReturnType<typeof sessionPool>;

beforeAll(async () => {
  if (!onEmbedded) return;
  t = await createTestDatabase(WHOLE_DEMO);
  elsewhere = (await addSecondDistrict(t.db)).department;
  app = await buildTestApp(t.db);
  sessionOf = sessionPool(t.db, app);
  ({ ops } = await readOperations(app));
  market = (await getOrgUnit(t.db, await unitIdByCode('210114-D22')))!;
  housing = (await getOrgUnit(t.db, await unitIdByCode('210114-D13')))!;
  reads = [];
  for (const op of ops.filter(
    (o) => o.method === 'GET' && !o.isPublic && READS[o.path] && !NOT_DERIVED[o.path],
  ))
    reads.push(await resolveRead(op));
}, 300_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

async function unitIdByCode(code: string): Promise<string> {
  return (await t.db.execute<{ id: string }>(sql`SELECT id FROM org_units WHERE code = ${code}`)).rows[0]!.id;
}

async function resolveRead(op: Operation): Promise<Read> {
  const path = op.path;
  const permission = READS[path]!;
  if (!path.includes('{')) return { path, permission, url: withQuery(path, op), unit: null };
  const query = RECORDS[path];
  if (!query) throw new Error(`${path}: name the demo record it reads in RECORDS`);
  const row = (await t.db.execute<Record<string, string | null>>(sql.raw(query))).rows[0];
  if (!row) throw new Error(`${path}: the demo holds no record for ${query}`);
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(row[name])));
  const unit = row.unit ? await getOrgUnit(t.db, row.unit) : null;
  return { path, permission, url: withQuery(url, op), unit };
}

/** Values for the required query parameters (a year, a period, an export's format). */
const REQUIRED_QUERY: Record<string, string> = {
  year: '2020',
  from: '2020-01-01',
  to: '2020-12-31',
  format: 'csv',
  row: '0',
  column: 'total',
};

function withQuery(url: string, op: Operation): string {
  const required = op.parameters.filter((p) => p.in === 'query' && p.required);
  const missing = required.filter((p) => !REQUIRED_QUERY[p.name]).map((p) => p.name);
  if (missing.length > 0)
    throw new Error(`${op.path}: give REQUIRED_QUERY a value for ${missing.join(', ')}`);
  const query = required.map((p) => `${p.name}=${REQUIRED_QUERY[p.name]}`).join('&');
  return query ? `${url}?${query}` : url;
}

/**
 * A read of no unit's record answers alike from any unit of the district, so it is called from the own unit
 * and from another district only (the "other unit" cell would repeat the "own unit" one).
 */
function relationsOf(read: Read): readonly Relation[] {
  return read.unit ? RELATIONS : ['own unit', 'other district'];
}

/** The unit the caller sits in, by relation to the record's unit (market when the read names no unit). */
function callerUnit(read: Read, relation: Relation): OrgUnit {
  const own = read.unit ?? market;
  if (relation === 'own unit') return own;
  if (relation === 'other unit') return own.id === housing.id ? market : housing;
  return elsewhere;
}

describe.runIf(onEmbedded)(
  'petitions: the 信访局 sees the district, a department what is routed to it',
  () => {
    it('answers the petitions office for a petition routed elsewhere, and another department 404', async () => {
      const office = (await getOrgUnit(t.db, await unitIdByCode('210114-D27')))!;
      const [row] = (
        await t.db.execute<{ id: string; unit: string }>(
          sql`SELECT id, org_unit_id AS unit FROM petitions WHERE org_unit_id <> ${office.id} ORDER BY id LIMIT 1`,
        )
      ).rows;
      const handling = (await getOrgUnit(t.db, row!.unit))!;
      const other = handling.id === housing.id ? market : housing;
      const url = `/api/v1/petitions/petitions/${row!.id}`;
      expect((await (await sessionOf('department_officer', office)).get(url)).statusCode).toBe(200);
      expect((await (await sessionOf('department_officer', handling)).get(url)).statusCode).toBe(200);
      expect((await (await sessionOf('department_officer', other)).get(url)).statusCode).toBe(404);
      // The office's list is the district's, a department's only what it handles.
      const total = async (unit: OrgUnit) =>
        (
          await (await sessionOf('department_officer', unit)).get('/api/v1/petitions/petitions?pageSize=1')
        ).json().total as number;
      const district = (
        await t.db.execute<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM petitions WHERE district_id = ${office.districtId}`,
        )
      ).rows[0]!.n;
      const handled = (
        await t.db.execute<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM petitions WHERE org_unit_id = ${handling.id}`,
        )
      ).rows[0]!.n;
      expect(await total(office)).toBe(district);
      expect(await total(handling)).toBe(handled);
    });
  },
);

describe.runIf(onEmbedded)('route × role × unit matrix', () => {
  it('knows the access rule of every staff read in the document (a new route must be declared here)', () => {
    const staffReads = ops.filter((o) => o.method === 'GET' && !o.isPublic).map((o) => o.path);
    expect(staffReads.filter((path) => !READS[path])).toEqual([]);
    expect(Object.keys(READS).filter((path) => !staffReads.includes(path))).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every operation the document does not mark public', async () => {
    const wrong: string[] = [];
    for (const op of ops.filter((o) => !o.isPublic)) {
      const url = op.path.replace(/\{(\w+)\}/g, randomUUID());
      const res = await app.inject({ method: op.method, url, payload: op.method === 'GET' ? undefined : {} });
      if (res.statusCode !== 401) wrong.push(`${op.method} ${op.path} → ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
    console.log(`anonymous column: ${ops.filter((o) => !o.isPublic).length} operations`);
  });

  it('answers every staff read as the permissions and the scope rule predict, for every role and unit', async () => {
    const wrong: string[] = [];
    const took = new Map<string, number>();
    let cells = 0;
    for (const read of reads)
      for (const role of ROLES)
        for (const relation of relationsOf(read)) {
          const session = await sessionOf(role, callerUnit(read, relation));
          const started = Date.now();
          const res = await session.get(read.url);
          took.set(read.path, (took.get(read.path) ?? 0) + Date.now() - started);
          const expected = expectedStatus(read, role, relation);
          cells++;
          if (res.statusCode !== expected)
            wrong.push(
              `${read.url} as ${role} (${relation}): ${res.statusCode} ${res.body.slice(0, 160)}, expected ${expected}`,
            );
        }
    const slowest = [...took].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(
      `route × role × unit matrix: ${reads.length} reads × ${ROLES.length} roles, ${cells} cells; slowest`,
      slowest,
    );
    expect(wrong).toEqual([]);
  }, 300_000);
});
