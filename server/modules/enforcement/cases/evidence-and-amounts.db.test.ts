import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../../platform/context.js';
import type { App } from '../../../platform/http/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../test/world.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { enforcementModule } from '../index.js';
import { enforcementOfficers } from '../registry/schema.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../test-support.js';
import { enforcementCases } from './schema.js';
import { buildOpenCaseInput } from './service/test-support.js';

/**
 * Issue #11 item 14 on a case's evidence and notice: the external legal adviser is not given the evidence
 * files, a download never carries the uploader's content type, and an amount left out of the notice is not
 * stored as 0. Decision 0024.
 */

let t: TestDatabase;
let app: App;
let w: EnforcementWorld;
let officer: TestSession;
let adviser: TestSession;
let leader: TestSession;
let caseId = '';
let evidenceUrl = '';
const TODAY = chinaDate(new Date());
const BASE = '/api/v1/enforcement/cases';
const HTML = Buffer.from('<html><script>alert(document.cookie)</script></html>', 'utf8');

function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer }) {
  const boundary = '----fazhi-test-boundary';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join(''), 'utf8'),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      'utf8',
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(name: string, type: string, content: Buffer): Promise<string> {
  const res = await officer.request({
    method: 'POST',
    url: `${BASE}/${caseId}/evidence`,
    ...multipart({ evidenceType: '书证', description: name, collectedOn: TODAY }, { name, type, content }),
  });
  expect(res.statusCode).toBe(201);
  return `${BASE}/${caseId}/evidence/${res.json().id}/file`;
}

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  app = await buildTestApp(t.db, { modules: [enforcementModule] });
  const certified = await t.db
    .insert(enforcementOfficers)
    .values(
      ['孙丽', '周涛'].map((name, i) => ({
        districtId: w.market.districtId,
        orgUnitId: w.market.id,
        name,
        certificateNumber: `LN-SC-8${i}`,
        certificateIssuer: '沈阳市人民政府',
        certificateIssuedOn: '2020-01-01',
        certificateValidUntil: '2099-12-31',
      })),
    )
    .returning({ id: enforcementOfficers.id });
  officer = await w.login(app, 'marketOfficer');
  adviser = await w.login(app, 'adviser');
  leader = await w.login(app, 'leader');
  const created = await officer.post(
    BASE,
    buildOpenCaseInput(w, { openedOn: TODAY, handlerOfficerIds: certified.map((o) => o.id) }),
  );
  expect(created.statusCode).toBe(201);
  caseId = created.json().id;
  evidenceUrl = await upload('笔录.html', 'text/html', HTML);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

describe('evidence downloads', () => {
  it('serve an attachment with a type read from the bytes, never the uploader’s, and nosniff', async () => {
    const file = await officer.get(evidenceUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/octet-stream');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(String(file.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(file.rawPayload.equals(HTML)).toBe(true);
    // A PDF claimed to be HTML is served as what its bytes are.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(32, 0x20)]);
    const pdfFile = await officer.get(await upload('决定书.pdf', 'text/html', pdf));
    expect(pdfFile.headers['content-type']).toBe('application/pdf');
  });

  it('are refused to the external legal adviser (no assignment to cases exists), kept for staff', async () => {
    const denied = await adviser.get(evidenceUrl);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toContain('证据');
    expect((await adviser.get(`${BASE}/${caseId}/archive.zip`)).statusCode).toBe(403);
    expect((await leader.get(evidenceUrl)).statusCode).toBe(200);
    const me = (await adviser.get('/api/v1/auth/me')).json();
    expect(me.permissions).not.toContain('enforcement.view_evidence');
  });
});

describe('告知 without an amount', () => {
  it('stores no fine and no confiscation (null), not 0', async () => {
    const notified = await officer.post(`${BASE}/${caseId}/transitions/notify`, {
      intendedPenalty: '警告',
      intendedKinds: ['warning'],
      intendedFineAmount: null,
    });
    expect(notified.statusCode).toBe(200);
    const [row] = await t.db.select().from(enforcementCases).where(eq(enforcementCases.id, caseId));
    expect(row).toMatchObject({ notifiedFineAmount: null, notifiedConfiscationAmount: null });
    expect(notified.json()).toMatchObject({ notifiedFineAmount: null });
  });
});
