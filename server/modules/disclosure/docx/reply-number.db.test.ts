import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../platform/http/index.js';
import { parseLedgerFile } from '../../../platform/io/index.js';
import { docxParagraphs } from '../../../test/docx.js';
import { ledgerFile, multipartFile } from '../../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import { disclosureModule } from '../index.js';
import { type RequestLedgerRow, requestLedger } from '../io/requests.js';
import { registerRequest } from '../service/requests/index.js';
import { buildRequestInput } from '../service/requests/test-support.js';

// Rule 16 of issue #9: a reply letter is numbered 代字〔year〕sequence号 (GB/T 9704-2012 §7.2.4), not by its
// tracking code. Decision 0019.
let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let officer: TestSession;
let coord: TestSession;
const BASE = '/api/v1/disclosure/requests';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [disclosureModule] });
  officer = await w.login(app, 'marketOfficer');
  coord = await w.login(app, 'coordinator');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const register = async (arrivedOn: string) =>
  (
    await registerRequest(
      w.as(w.marketOfficer, arrivedOn),
      buildRequestInput(w.market.id, { arrivedOn, signedOn: arrivedOn }),
    )
  ).id;
const reply = (id: string, on: string) =>
  officer.post(`${BASE}/${id}/transitions/reply`, { on, outcome: 'granted' });

describe('reply letters are numbered per organ and year (rule 16)', () => {
  it('allocates the 文号 at conclusion, prints it under the organ’s mark, and finds the request by it', async () => {
    expect(
      (await coord.put(`/api/v1/org/units/${w.market.id}/document-prefix`, { documentPrefix: '于市监管' }))
        .statusCode,
    ).toBe(200);
    const first = await register('2024-03-01');
    const second = await register('2024-03-04');
    expect((await reply(first, '2024-03-20')).json()).toMatchObject({
      replyDocumentNumber: '于市监管公开〔2024〕1号',
    });
    expect((await reply(second, '2024-03-21')).json()).toMatchObject({
      replyDocumentNumber: '于市监管公开〔2024〕2号',
    });

    const detail = (await officer.get(`${BASE}/${second}`)).json();
    const doc = await officer.get(`${BASE}/${second}/reply-document.docx`);
    const paras = await docxParagraphs(doc.rawPayload);
    expect(paras.slice(0, 3)).toEqual([
      '区市场监督管理局',
      '于市监管公开〔2024〕2号',
      '政府信息公开申请答复书',
    ]);
    expect(paras.join('\n')).not.toContain(detail.trackingCode.replace(/-/g, ''));

    const found = (await officer.get(`${BASE}?q=${encodeURIComponent('公开〔2024〕2号')}`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([second]);
  });

  it('lists each organ’s 代字 in force, set or derived, and refuses a bad one naming the field', async () => {
    const { units } = (await officer.get('/api/v1/org/document-prefixes')).json();
    const byName = (name: string) => units.find((u: { name: string }) => u.name === name);
    expect(byName('区市场监督管理局')).toMatchObject({ documentPrefix: '于市监管', inForce: '于市监管' });
    expect(byName('区政府办公室')).toMatchObject({ documentPrefix: null, inForce: '于政府' });
    expect(byName('于洪区')).toMatchObject({ inForce: '于政' });
    const bad = await coord.put(`/api/v1/org/units/${w.market.id}/document-prefix`, { documentPrefix: 'SJ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { path: 'documentPrefix', message: expect.stringContaining('汉字') },
    ]);
    const denied = await officer.put(`/api/v1/org/units/${w.market.id}/document-prefix`, {
      documentPrefix: '于市',
    });
    expect(denied.statusCode).toBe(403);
  });

  it('carries the 文号 in the ledger: exported, and an imported reply keeps its own', async () => {
    const exported = await officer.get(`${BASE}/export?format=xlsx`);
    const rows = (await parseLedgerFile(requestLedger, exported.rawPayload, 'xlsx')).rows;
    expect(rows.map((r) => r.replyDocumentNumber).sort()).toEqual([
      '于市监管公开〔2024〕1号',
      '于市监管公开〔2024〕2号',
    ]);
    const imported: Partial<RequestLedgerRow> = {
      orgUnit: '区市场监管局',
      channel: 'letter',
      mailKind: 'registered',
      arrivedOn: '2019-09-02',
      signedOn: '2019-09-02',
      applicantType: 'natural_person',
      applicantName: '李四',
      applicantPhone: '13900000000',
      informationDescription: '2019年某项目审批材料',
      deliveryMethod: 'paper_mail',
      outcome: 'granted',
      concludedOn: '2019-09-20',
      replyDocumentNumber: '于市监公开〔2019〕17号',
    };
    const file = await ledgerFile(requestLedger, [imported]);
    const res = await officer.request({
      method: 'POST',
      url: `${BASE}/import`,
      ...multipartFile(file, 'a.xlsx'),
    });
    expect(res.json()).toMatchObject({ imported: 1 });
    const found = (await officer.get(`${BASE}?q=${encodeURIComponent('〔2019〕17号')}`)).json();
    expect(found.items).toHaveLength(1);
    expect((await officer.get(`${BASE}/${found.items[0].id}`)).json().replyDocumentNumber).toBe(
      '于市监公开〔2019〕17号',
    );
  });
});
