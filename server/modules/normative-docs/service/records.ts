import { and, eq } from 'drizzle-orm';
import type { NormativeSettings, NormativeSettingsOut } from '../../../../common/contracts/normative-docs.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { assertSeenVersion, assertUpserted, versionedUpsert } from '../../../platform/versions.js';
import { docScope } from '../policy.js';
import type { DocRecord } from '../procedure.js';
import { DEFAULT_SETTINGS } from '../rules.js';
import { type NormativeDocRow, normativeDocs, normativeSettings } from '../schema.js';

export const WHAT = '规范性文件';

/** The document if it exists within the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedDoc(db: Executor, actor: Actor, id: string): Promise<NormativeDocRow> {
  const [row] = await db
    .select()
    .from(normativeDocs)
    .where(and(eq(normativeDocs.id, id), docScope(actor)));
  if (!row) throw notFound(WHAT);
  return row;
}

/** Locks the document for a step (SELECT … FOR UPDATE), scope-checked. */
export async function lockScopedDoc(tx: Tx, actor: Actor, id: string): Promise<NormativeDocRow> {
  const [row] = await tx
    .select()
    .from(normativeDocs)
    .where(and(eq(normativeDocs.id, id), docScope(actor)))
    .for('update');
  if (!row) throw notFound(WHAT);
  return row;
}

/** The procedure's view of a row, with the step's form and the district's settings for the gates. */
export function toRecord(
  row: NormativeDocRow,
  settings: NormativeSettings,
  today: string,
  form: Record<string, unknown> | null = null,
): DocRecord & { row: NormativeDocRow } {
  return {
    id: row.id,
    state: row.status,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    title: row.title,
    issuerLevel: row.issuerLevel,
    commentUntil: row.commentUntil,
    reviewConclusion: row.reviewConclusion,
    drafterResponse: row.drafterResponse,
    publishedOn: row.publishedOn,
    settings,
    today,
    stepOn: typeof form?.on === 'string' ? form.on : today,
    form,
    row,
  };
}

/** The district's settings, or the Liaoning defaults (decision 0048 §2). */
export async function settingsOf(db: Executor, districtId: string): Promise<NormativeSettings> {
  const [row] = await db.select().from(normativeSettings).where(eq(normativeSettings.districtId, districtId));
  return row ? { ...DEFAULT_SETTINGS, ...row.settings } : DEFAULT_SETTINGS;
}

/** The settings with their row version, for the settings screen and its If-Match. */
export async function settingsView(db: Executor, districtId: string): Promise<NormativeSettingsOut> {
  const [row] = await db.select().from(normativeSettings).where(eq(normativeSettings.districtId, districtId));
  return { ...DEFAULT_SETTINGS, ...row?.settings, version: row?.version ?? 0 };
}

/** Sets the district's periods (for steps taken from now on; the dates fixed by past steps stay). */
export async function saveSettings(ctx: Ctx, settings: NormativeSettings): Promise<void> {
  const actor = ctx.actor!;
  assertCan(actor, 'normative_docs.settings');
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ version: normativeSettings.version })
      .from(normativeSettings)
      .where(eq(normativeSettings.districtId, actor.districtId))
      .for('update');
    assertSeenVersion(ctx, before);
    const { version, setWhere } = versionedUpsert(ctx, normativeSettings.version);
    const written = await tx
      .insert(normativeSettings)
      .values({ districtId: actor.districtId, settings })
      .onConflictDoUpdate({
        target: normativeSettings.districtId,
        set: { settings, updatedAt: ctx.now, version },
        setWhere,
      })
      .returning({ version: normativeSettings.version });
    assertUpserted(ctx, written);
    await recordAudit(tx, ctx, {
      action: 'normative_docs.settings.updated',
      subjectType: 'normative_settings',
      subjectId: actor.districtId,
      districtId: actor.districtId,
      after: settings,
    });
  });
}
