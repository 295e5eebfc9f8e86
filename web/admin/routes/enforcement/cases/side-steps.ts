import type { Translate } from '../../../../common/i18n.js';
import { casesApi } from './api.js';
import type { StepDialogSpec } from './StepDialog.js';

export type SideStep = 'extend' | 'extendFurther' | 'pause' | 'publish' | 'change' | 'withdraw';

/** The dialog of each step beside the procedure (延期, 公示, 变更, 撤回). */
export function sideStepSpec(t: Translate, step: SideStep): StepDialogSpec {
  const on = { name: 'on', label: t('enforcementCases.publication.on'), kind: 'date' as const };
  switch (step) {
    case 'extend':
      return {
        title: t('enforcementCases.transition.extendTitle'),
        okText: t('enforcementCases.detail.extend'),
        hint: t('enforcementCases.transition.extendHint'),
        fields: [
          on,
          {
            name: 'reason',
            label: t('enforcementCases.transition.fields.reason'),
            kind: 'textarea',
            required: true,
          },
        ],
      };
    case 'extendFurther':
      return {
        title: t('enforcementCases.transition.extendFurtherTitle'),
        okText: t('enforcementCases.detail.extend'),
        hint: t('enforcementCases.transition.extendFurtherHint'),
        fields: [
          on,
          {
            name: 'collectiveDecidedOn',
            label: t('enforcementCases.transition.collectiveDecidedOn'),
            kind: 'date',
            required: true,
          },
          {
            name: 'furtherDays',
            label: t('enforcementCases.transition.furtherDays'),
            kind: 'days',
            required: true,
          },
          {
            name: 'reason',
            label: t('enforcementCases.transition.fields.reason'),
            kind: 'textarea',
            required: true,
          },
        ],
      };
    case 'pause':
      return {
        title: t('enforcementCases.transition.pauseTitle'),
        okText: t('enforcementCases.transition.pauseTitle'),
        hint: t('enforcementCases.transition.pauseHint'),
        fields: [
          on,
          {
            name: 'action',
            label: t('enforcementCases.transition.pauseAction'),
            kind: 'pauseAction',
            required: true,
          },
          {
            name: 'ground',
            label: t('enforcementCases.transition.pauseGround'),
            kind: 'pauseGround',
            required: true,
          },
          { name: 'note', label: t('enforcementCases.transition.pauseNote'), kind: 'textarea' },
        ],
      };
    case 'publish':
      return {
        title: t('enforcementCases.publication.publish'),
        okText: t('enforcementCases.publication.publish'),
        hint: t('enforcementCases.publication.portalHint'),
        fields: [on],
      };
    case 'change':
      return {
        title: t('enforcementCases.publication.change'),
        okText: t('enforcementCases.publication.change'),
        hint: t('enforcementCases.clock.explain.publication_withdrawal'),
        fields: [
          on,
          {
            name: 'reason',
            label: t('enforcementCases.publication.reason'),
            kind: 'textarea',
            required: true,
          },
        ],
      };
    case 'withdraw':
      return {
        title: t('enforcementCases.publication.withdraw'),
        okText: t('enforcementCases.publication.withdraw'),
        fields: [on, { name: 'note', label: t('enforcementCases.publication.note'), kind: 'textarea' }],
      };
  }
}

/** Sends a side step to its endpoint (docs/decisions/0011-enforcement.md §7). */
export function runSideStep(id: string, step: SideStep, body: Record<string, unknown>): Promise<unknown> {
  const on = typeof body.on === 'string' ? body.on : undefined;
  const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  switch (step) {
    case 'extend':
      return casesApi.extend(id, { on, reason: text('reason') });
    case 'extendFurther':
      return casesApi.extend(id, {
        on,
        reason: text('reason'),
        collectiveDecidedOn: text('collectiveDecidedOn') || null,
        furtherDays: typeof body.furtherDays === 'number' ? body.furtherDays : null,
      });
    case 'pause':
      return casesApi.pauseHandling(id, {
        on,
        action: text('action') === 'end' ? 'end' : 'start',
        ground: text('ground') as 'publication' | 'testing' | 'suspension',
        note: text('note') || null,
      });
    case 'publish':
      return casesApi.publish(id, { on });
    case 'change':
      return casesApi.changeDecision(id, { on, reason: text('reason') });
    case 'withdraw':
      return casesApi.withdrawPublication(id, { on, note: text('note') || null });
  }
}

/** A detail action that is not a procedure transition but one of the side steps (e.g. `extension`). */
export function sideStepOfAction(key: string): SideStep | null {
  if (key === 'extend' || key === 'extension' || key === 'extend_handling') return 'extend';
  if (key === 'extend_handling_further') return 'extendFurther';
  if (key === 'handling_pause') return 'pause';
  if (key === 'publish' || key === 'publication') return 'publish';
  if (key === 'change_decision' || key === 'decision_change') return 'change';
  if (key === 'withdraw_publication' || key === 'publication_withdrawal') return 'withdraw';
  return null;
}
