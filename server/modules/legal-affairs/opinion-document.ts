import { and, eq } from 'drizzle-orm';
import { assertCan } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import { bodyParagraph, buildOfficialDocument } from '../../platform/docx/index.js';
import { notFound } from '../../platform/errors.js';
import { orgUnits } from '../../platform/org/index.js';
import { matterScope } from './policy.js';
import { legalAdvisers, legalMatters, legalOpinions } from './schema.js';

/** The facts an opinion document prints. */
export interface OpinionDocumentFacts {
  districtName: string;
  addressee: string;
  opinionNumber: string;
  title: string;
  body: string;
  issuedOn: string;
  signer: string;
  firm: string | null;
}

/**
 * Lays out a 法律意见书 in the GB/T 9704-2012 form: the 法律顾问团's mark with the opinion's number, the title, the
 * requesting unit as addressee, the text, the signing adviser, the date (decision 0041).
 */
export function buildOpinionDocument(f: OpinionDocumentFacts): Promise<Buffer> {
  const signer = f.firm ? `法律顾问：${f.signer}（${f.firm}）` : `公职律师：${f.signer}`;
  return buildOfficialDocument({
    organName: `${f.districtName}人民政府法律顾问团`,
    documentNumber: f.opinionNumber,
    title: f.title,
    body: [
      bodyParagraph(`${f.addressee}：`, false),
      ...f.body
        .split('\n')
        .filter((p) => p.trim())
        .map((p) => bodyParagraph(p.trim())),
      bodyParagraph(signer),
    ],
    dateOn: f.issuedOn,
  });
}

/** The opinion document of an opinion on a matter the actor may see (scope as the matter's). */
export async function opinionDocumentFor(
  ctx: Ctx,
  opinionId: string,
): Promise<{ fileName: string; buffer: Buffer }> {
  assertCan(ctx.actor, 'legal_affairs.view');
  const [row] = await ctx.db
    .select({
      opinion: legalOpinions,
      unit: orgUnits.name,
      signer: legalAdvisers.name,
      firm: legalAdvisers.firm,
    })
    .from(legalOpinions)
    .innerJoin(legalMatters, eq(legalMatters.id, legalOpinions.matterId))
    .innerJoin(orgUnits, eq(orgUnits.id, legalMatters.orgUnitId))
    .innerJoin(legalAdvisers, eq(legalAdvisers.id, legalOpinions.signerAdviserId))
    .where(and(eq(legalOpinions.id, opinionId), matterScope(ctx.actor)));
  if (!row) throw notFound('法律意见书');
  const [district] = await ctx.db
    .select({ name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, row.opinion.districtId));
  const o = row.opinion;
  const buffer = await buildOpinionDocument({
    districtName: district?.name ?? '',
    addressee: row.unit,
    opinionNumber: o.opinionNumber,
    title: o.title,
    body: o.body,
    issuedOn: o.issuedOn,
    signer: row.signer,
    firm: row.firm,
  });
  return { fileName: `${o.opinionNumber}${o.title}`, buffer };
}
