import type {
  AdviserDetail,
  AdviserSummary,
  MatterDetail,
  MatterSummary,
} from '../../../common/contracts/legal-affairs/matters.js';
import type { Locale } from '../../../common/text/localized.js';
import { presentActions, presentClock, presentStep } from '../../platform/procedures/index.js';
import { matterProcedure } from './procedure.js';
import type { AdviserListRow } from './service/advisers.js';
import type { MatterDetailData, MatterListRow } from './service/matters.js';
import { money } from './service/records.js';

type S = MatterSummary;

/** A matter as a row of the ledger. */
export function presentMatter(m: MatterListRow): MatterSummary {
  return {
    id: m.id,
    version: m.version,
    matterNumber: m.matterNumber,
    kind: m.kind as S['kind'],
    category: m.category as S['category'],
    subject: m.subject,
    keyProject: m.keyProject,
    orgUnit: { id: m.orgUnitId, name: m.orgUnitName },
    state: m.state as S['state'],
    requestedOn: m.requestedOn,
    concludedOn: m.concludedOn,
    outcome: m.outcome as S['outcome'],
    amountAtStake: money(m.amountAtStake),
    lossAvoidedYuan: money(m.lossAvoidedYuan),
    advisers: m.advisers,
    opinions: m.opinions,
  };
}

/** The request's moment: when it was registered, unless registered on another day (an imported ledger). */
function requestedAt(m: MatterListRow): string {
  const china = new Date(m.createdAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return china === m.requestedOn ? m.createdAt.toISOString() : `${m.requestedOn}T09:00:00+08:00`;
}

/** A matter for its page: the facts, the opinions, the steps, the clocks and the next actions. */
export function presentMatterDetail(d: MatterDetailData, locale: Locale): MatterDetail {
  const m = d.matter;
  return {
    ...presentMatter(m),
    counterparty: m.counterparty,
    partyRole: m.partyRole as MatterDetail['partyRole'],
    assignedOn: m.assignedOn,
    requestedAt: requestedAt(m),
    outcomeNote: m.outcomeNote,
    lossReckoning: m.lossReckoning,
    closingReason: m.closingReason,
    source: m.sourceModule && m.sourceId ? { module: m.sourceModule, id: m.sourceId } : null,
    opinionList: d.opinions.map((o) => ({
      id: o.id,
      opinionNumber: o.opinionNumber,
      issuedOn: o.issuedOn,
      signer: { id: o.signerAdviserId, name: o.signerName },
      title: o.title,
      body: o.body,
    })),
    history: d.history.map((s) => presentStep(matterProcedure, s, locale)),
    actions: presentActions(d.actions),
    clocks: d.clocks.map(presentClock),
  };
}

/** A roster member with the year's workload. */
export function presentAdviser(a: AdviserListRow): AdviserSummary {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind as AdviserSummary['kind'],
    firm: a.firm,
    licenceNumber: a.licenceNumber,
    orgUnit: { id: a.orgUnitId, name: a.orgUnitName },
    fields: a.fields,
    unitsServed: a.unitsServedNames,
    status: a.status,
    contractEndsOn: a.contractEndsOn,
    workload: a.workload,
  };
}

type DetailIn = {
  summary: AdviserListRow;
  contracts: {
    id: string;
    contractNumber: string;
    startsOn: string;
    endsOn: string;
    feeYuan: string | null;
    scope: string | null;
  }[];
  evaluations: {
    year: number;
    grade: string;
    score: number | null;
    remarks: string | null;
    evaluatedOn: string;
  }[];
  years: AdviserDetail['years'];
};

export function presentAdviserDetail(d: DetailIn): AdviserDetail {
  return {
    ...presentAdviser(d.summary),
    phone: d.summary.phone,
    contracts: d.contracts.map((c) => ({
      id: c.id,
      contractNumber: c.contractNumber,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      feeYuan: money(c.feeYuan),
      scope: c.scope,
    })),
    evaluations: d.evaluations.map((e) => ({
      ...e,
      grade: e.grade as AdviserDetail['evaluations'][number]['grade'],
    })),
    years: d.years,
  };
}
