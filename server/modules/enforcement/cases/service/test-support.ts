import type { OpenCaseInput } from '../../../../../common/contracts/enforcement/cases.js';
import { OpenCaseBody } from '../../../../../common/contracts/enforcement/cases.js';
import type { Actor } from '../../../../platform/context.js';
import type { EnforcementWorld } from '../../test-support.js';
import { addEvidence } from './evidence.js';
import { openCase } from './open-case.js';

let serial = 0;

/** A 立案 form for the market body: a penalty against a company, two certified officers. */
export function buildOpenCaseInput(w: EnforcementWorld, over: Partial<OpenCaseInput> = {}): OpenCaseInput {
  serial += 1;
  return {
    orgUnitId: w.market.id,
    kind: 'penalty',
    powerItemId: w.marketPowers.penalty,
    caseNumber: `于市监立〔2020〕${serial}号`,
    cause: '未取得食品经营许可从事食品经营活动',
    source: '投诉举报',
    partyType: 'legal_person',
    partyName: '沈阳市于洪区某某餐饮有限公司',
    partyIdNumber: '91210114MA0XXXXX19',
    partyPhone: '024-25000000',
    openedOn: '2020-05-06',
    handlerOfficerIds: [...w.marketOfficerIds],
    ...over,
  };
}

/** Opens a case as the market officer on `day`. */
export function openTestCase(
  w: EnforcementWorld,
  day: string,
  over: Partial<OpenCaseInput> = {},
  actor?: Actor,
) {
  return openCase(w.as(actor ?? w.marketOfficer, day), OpenCaseBody.parse(buildOpenCaseInput(w, over)));
}

/** Adds one small text file as evidence. */
export function addTestEvidence(w: EnforcementWorld, caseId: string, day: string, text = '现场检查笔录') {
  return addEvidence(w.as(w.marketOfficer, day), caseId, {
    evidenceType: '勘验笔录、现场笔录',
    description: text,
    collectedOn: day,
    fileName: '现场检查笔录.txt',
    contentType: 'text/plain; charset=utf-8',
    content: Buffer.from(text, 'utf8'),
  });
}
