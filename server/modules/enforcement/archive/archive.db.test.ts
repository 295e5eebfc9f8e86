import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../platform/audit/index.js';
import { inTransaction } from '../../../platform/db/index.js';
import type { App } from '../../../platform/http/index.js';
import { procedureSteps } from '../../../platform/procedures/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../test/world.js';
import { buildTestApp } from '../../../test/test-server.js';
import { enforcementEvidence, enforcementFiles, enforcementLegalReviews } from '../cases/schema.js';
import { publishDecision } from '../publication/service/index.js';
import { insertDecidedCase, PERSON } from '../publication/service/test-fixtures.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../test-support.js';
import { buildCaseArchive, evidenceEntries, safeFileName } from './build-archive.js';

let t: TestDatabase;
let w: EnforcementWorld;
let caseId: string;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// Three files, one attached twice (stored once by hash), names with a slash and Chinese.
const FILES = [
  {
    name: '现场照片.jpg',
    type: '勘验笔录、现场笔录',
    content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0, 255]),
  },
  { name: '询问笔录/第1次.pdf', type: '当事人陈述', content: Buffer.from('%PDF-1.4 询问笔录 …', 'utf8') },
  {
    name: '现场照片-副本.jpg',
    type: '勘验笔录、现场笔录',
    content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0, 255]),
  },
];

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  const c = await insertDecidedCase(w, { decidedOn: '2020-06-01' });
  caseId = c.id;
  await publishDecision(w.as(w.marketOfficer, '2020-06-03'), caseId, {});
  await inTransaction(t.db, async (tx) => {
    const ctx = w.as(w.marketOfficer, '2020-05-10');
    for (const [i, f] of FILES.entries()) {
      const hash = sha256(f.content);
      await tx
        .insert(enforcementFiles)
        .values({ sha256: hash, sizeBytes: f.content.length, content: f.content })
        .onConflictDoNothing();
      await tx.insert(enforcementEvidence).values({
        caseId,
        districtId: c.districtId,
        orgUnitId: c.orgUnitId,
        evidenceType: f.type,
        description: `证据 ${i + 1}`,
        collectedOn: `2020-05-1${i}`,
        fileName: f.name,
        contentType: 'application/octet-stream',
        sha256: hash,
      });
    }
    await tx.insert(procedureSteps).values({
      procedureKey: 'enforcement.case',
      subjectId: caseId,
      transition: 'decide',
      fromState: 'ready',
      toState: 'decided',
      actorUserId: w.marketOfficer.userId,
      occurredAt: new Date('2020-06-01T10:00:00+08:00'),
      input: { on: '2020-06-01', decisionNumber: c.decisionNumber },
      orgUnitId: c.orgUnitId,
      districtId: c.districtId,
    });
    await tx.insert(enforcementLegalReviews).values({
      caseId,
      districtId: c.districtId,
      orgUnitId: c.orgUnitId,
      submittedOn: '2020-05-25',
      reviewerUserId: w.reviewer.userId,
      concludedOn: '2020-05-28',
      conclusion: 'lawful',
      opinion: '事实清楚，证据确凿，同意。',
    });
    await recordAudit(tx, ctx, {
      action: 'enforcement.case.opened',
      subjectType: 'enforcement_case',
      subjectId: caseId,
      orgUnitId: c.orgUnitId,
      after: { partyIdNumber: PERSON.idNumber, partyName: PERSON.name },
    });
  });
}, 120_000);
afterAll(async () => t?.drop());

async function readArchive(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zip.file('index.xlsx')!.async('nodebuffer')) as unknown as ArrayBuffer);
  const rows = (sheet: string) =>
    (wb.getWorksheet(sheet)!.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
  return { zip, wb, rows };
}

describe('the case archive (全过程记录)', () => {
  it('lists every evidence file with its hash, and the files are in the zip byte for byte', async () => {
    const archive = await buildCaseArchive(w.as(w.marketOfficer), caseId);
    expect(archive.fileName).toMatch(/^执法案件档案-.+\.zip$/);
    const { zip, wb, rows } = await readArchive(archive.buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      '案件信息',
      '办理步骤',
      '证据清单',
      '法制审核',
      '审计记录',
    ]);
    const evidence = rows('证据清单');
    expect(evidence).toHaveLength(FILES.length);
    for (const [i, f] of FILES.entries()) {
      const [n, name, , , , hash, size, path] = evidence[i]!;
      expect([n, name, hash, size]).toEqual([i + 1, f.name, sha256(f.content), f.content.length]);
      const inZip = await zip.file(String(path))!.async('nodebuffer');
      expect(Buffer.compare(inZip, f.content)).toBe(0);
      expect(sha256(inZip)).toBe(hash);
    }
    expect(evidence.map((r) => r[7])).toEqual([
      'evidence/01-现场照片.jpg',
      'evidence/02-询问笔录_第1次.pdf',
      'evidence/03-现场照片-副本.jpg',
    ]);
    const sums = await zip.file('SHA256SUMS.txt')!.async('string');
    expect(sums).toContain(`${sha256(FILES[1]!.content)}  evidence/02-询问笔录_第1次.pdf\n`);
    const readme = await zip.file('README.txt')!.async('string');
    expect(readme).toContain('sha256sum -c SHA256SUMS.txt');
  });

  it('holds the steps, the review and the audit events with their chain hashes; the ID number masked', async () => {
    const { wb, rows } = await readArchive((await buildCaseArchive(w.as(w.coordinator), caseId)).buffer);
    expect(rows('办理步骤')[0]!.slice(2, 6)).toEqual(['作出决定', '待决定', '已决定', expect.any(String)]);
    expect(rows('法制审核')[0]!.slice(3, 6)).toEqual([
      '2020-05-28',
      '同意（合法）',
      '事实清楚，证据确凿，同意。',
    ]);
    const audit = rows('审计记录');
    const actions = audit.map((r) => r[3]);
    expect(actions).toEqual(
      expect.arrayContaining([
        'clocks.clock.started',
        'enforcement.decision.published',
        'enforcement.case.opened',
      ]),
    );
    for (const r of audit) expect(r[10]).toMatch(/^[0-9a-f]{64}$/);
    // Every cell of every sheet, the audit snapshot of the opening included.
    const cells = wb.worksheets.flatMap((s) => (s.getSheetValues() as unknown[][]).flat()).map(String);
    expect(cells.some((v) => v.includes('2101**********1234'))).toBe(true);
    expect(cells.filter((v) => v.includes(PERSON.idNumber))).toEqual([]);
    const caseSheet = new Map(rows('案件信息').map((r) => [r[0], r[1]]));
    expect(caseSheet.get('证件号码 / 统一社会信用代码')).toBe('2101**********1234');
    expect(caseSheet.get('联系电话')).toBe(PERSON.phone); // the coordinator handles cases
  });

  it('is scoped: another body gets NOT_FOUND; over HTTP it downloads as application/zip', async () => {
    await expect(buildCaseArchive(w.as(w.housingOfficer), caseId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const app: App = await buildTestApp(t.db);
    try {
      const url = `/api/v1/enforcement/cases/${caseId}/archive.zip`;
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
      const housing = await w.login(app, 'housingOfficer');
      expect((await housing.get(url)).statusCode).toBe(404);
      const officer = await w.login(app, 'marketOfficer');
      const res = await officer.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(String(res.headers['content-disposition'])).toContain("filename*=UTF-8''");
      const { rows } = await readArchive(res.rawPayload);
      expect(rows('证据清单')).toHaveLength(FILES.length);
    } finally {
      await app.close();
    }
  });
});

describe('file names in the zip', () => {
  it('are safe and numbered', () => {
    expect(safeFileName('../a\\b:c*?.jpg')).toBe('_a_b_c__.jpg');
    expect(evidenceEntries(['a', 'b']).map((e) => e.path)).toEqual(['evidence/01-a', 'evidence/02-b']);
    expect(evidenceEntries(Array.from({ length: 100 }, () => 'x'))[99]!.path).toBe('evidence/100-x');
    expect(evidenceEntries(Array.from({ length: 100 }, () => 'x'))[0]!.path).toBe('evidence/001-x');
  });
});
