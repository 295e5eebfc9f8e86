import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Select } from 'antd';
import dayjs from 'dayjs';
import type { FeeMethod } from '../../../../common/contracts/disclosure/dictionaries.js';
import type { RequestAction, RequestDetail } from '../../../../common/contracts/disclosure/requests.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type FieldSpec, onField as on } from '../../../common/procedure/field-spec.js';
import {
  type BoundProps,
  TransitionDialog as ProcedureTransitionDialog,
} from '../../../common/procedure/TransitionDialog.js';
import { toBody } from '../../../common/forms.js';
import {
  feeMethodLabel,
  feeMethodOptions,
  groupedOutcomeOptions,
  notHeldKindOptions,
  opinionOptions,
  outcomeBasis,
} from '../../../common/disclosure/labels.js';
import { settingsApi } from './api.js';
import { WithheldPartsInput, type WithheldPartsInputProps } from './WithheldPartsInput.js';
import '../../../common/disclosure/messages.js';

const NS = 'disclosure.transition';

const PARTIAL = { field: 'outcome', in: ['partially_granted'] };
const NOT_HELD = { field: 'outcome', in: ['unable_not_held'] };
const NOT_COMPETENT = { field: 'notHeldKind', in: ['not_competent'] };

/** The form of each step (TRANSITION_INPUTS of the contract); `on` is the day the step legally happened. */
const FORMS: Record<string, FieldSpec[]> = {
  request_correction: [
    on(),
    { name: 'note', kind: 'textarea', required: true },
    { name: 'deadlineOn', kind: 'date', required: true },
  ],
  receive_correction: [on(), { name: 'note', kind: 'textarea' }],
  lapse_correction: [on(), { name: 'note', kind: 'textarea' }],
  consult_third_party: [
    on(),
    { name: 'thirdPartyName', kind: 'text', required: true },
    { name: 'note', kind: 'textarea' },
  ],
  record_third_party_receipt: [on(), { name: 'note', kind: 'textarea' }],
  receive_consultation: [
    on(),
    { name: 'opinion', kind: 'opinion', required: true },
    { name: 'note', kind: 'textarea' },
  ],
  third_party_silent: [on(), { name: 'note', kind: 'textarea' }],
  consult_organ: [
    on(),
    { name: 'organName', kind: 'text', required: true },
    { name: 'note', kind: 'textarea' },
  ],
  receive_organ_opinion: [on(), { name: 'opinion', kind: 'textarea', required: true }],
  extend_reply: [
    on(),
    { name: 'reason', kind: 'textarea', required: true },
    { name: 'notifiedOn', kind: 'date', required: true },
  ],
  issue_fee_notice: [
    on(),
    { name: 'method', kind: 'feeMethod', required: true },
    { name: 'pages', kind: 'amount', min: 1, max: 1_000_000 },
    { name: 'note', kind: 'textarea' },
  ],
  record_fee_notice_receipt: [on()],
  receive_fee: [on()],
  lapse_fee: [on(), { name: 'note', kind: 'textarea' }],
  // Basis: 条例 第三十七条 (each withheld part's ground), 第三十六条第（四）（五）项 (which item; the competent organ).
  reply: [
    on(),
    { name: 'outcome', kind: 'outcome', required: true },
    { name: 'withheldParts', kind: 'withheldParts', required: true, when: PARTIAL },
    { name: 'notHeldKind', kind: 'notHeldKind', required: true, when: NOT_HELD },
    { name: 'competentOrgan', kind: 'text', when: NOT_COMPETENT },
    { name: 'competentOrganContact', kind: 'text', maxLength: 300, when: NOT_COMPETENT },
    { name: 'competentOrganUnknownReason', kind: 'textarea', when: NOT_COMPETENT },
    { name: 'replyText', kind: 'textarea', rows: 6, maxLength: 20000 },
  ],
  withdraw: [on(), { name: 'reason', kind: 'textarea' }],
};

/** The request procedure's own kinds of field: the grouped outcomes and the third party's opinion. */
function useRequestControl() {
  const t = useT();
  const { locale } = useLocale();
  return (spec: FieldSpec, bound: BoundProps) => {
    switch (spec.kind) {
      case 'outcome':
        return (
          <Select
            {...bound}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('disclosure.form.select')}
            options={groupedOutcomeOptions(locale)}
            listHeight={360}
          />
        );
      case 'opinion':
        return (
          <Select {...bound} options={opinionOptions(locale)} placeholder={t('disclosure.form.select')} />
        );
      case 'notHeldKind':
        return (
          <Select {...bound} options={notHeldKindOptions(locale)} placeholder={t('disclosure.form.select')} />
        );
      case 'withheldParts':
        return <WithheldPartsInput {...(bound as WithheldPartsInputProps)} />;
      case 'feeMethod':
        return (
          <Select {...bound} options={feeMethodOptions(locale)} placeholder={t('disclosure.form.select')} />
        );
      default:
        return undefined;
    }
  };
}

function OutcomeBasis() {
  const t = useT();
  const outcome = Form.useWatch<string | undefined>('outcome');
  const notHeldKind = Form.useWatch<string | undefined>('notHeldKind');
  const basis = outcomeBasis(outcome);
  if (!basis) return null;
  const hint =
    outcome === 'partially_granted'
      ? t(`${NS}.withheld.hint`)
      : outcome === 'unable_not_held' && notHeldKind === 'not_competent'
        ? t(`${NS}.withheld.competentHint`)
        : null;
  return (
    <>
      {hint ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={hint} /> : null}
      <BasisAlert text={t('disclosure.transition.basis', { basis })} />
    </>
  );
}

function BasisAlert({ text }: { text: string }) {
  return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={text} />;
}

interface Props {
  action: RequestAction | null;
  request: RequestDetail;
  busy: boolean;
  error: unknown;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}

const OTHER_METHOD: Record<FeeMethod, FeeMethod> = {
  per_application: 'per_page',
  per_page: 'per_application',
};

/**
 * The fields of a step; a fee notice by another method than the district's asks for the reason
 * (国办函〔2020〕109号 第三条; decision 0018 §7).
 */
function specsOf(key: string, districtMethod: FeeMethod | null): FieldSpec[] {
  const specs = FORMS[key] ?? [on()];
  if (key !== 'issue_fee_notice' || !districtMethod) return specs;
  const when = { field: 'method', in: [OTHER_METHOD[districtMethod]] };
  const reason: FieldSpec = { name: 'methodReason', kind: 'textarea', required: true, when };
  return [...specs.slice(0, -1), reason, ...specs.slice(-1)];
}

function initialValues(
  key: string,
  request: RequestDetail,
  districtMethod: FeeMethod | null,
): Record<string, unknown> {
  const values: Record<string, unknown> = { on: dayjs() };
  if (key === 'issue_fee_notice' && districtMethod) values.method = districtMethod;
  // Basis: 条例 第三十条 — a reasonable period to correct; 15 calendar days is offered, staff may change it.
  if (key === 'request_correction') values.deadlineOn = dayjs().add(15, 'day');
  if (key === 'extend_reply') values.notifiedOn = dayjs();
  if (key === 'receive_correction' && request.correction.deadlineOn) values.on = dayjs();
  return values;
}

function Hint({ type, text }: { type: 'info' | 'warning'; text: string }) {
  return <Alert type={type} showIcon style={{ marginBottom: 16 }} title={text} />;
}

/** One step of the request procedure: its own small form, the server's field errors on its fields. */
export function TransitionDialog({ action, request, busy, error, onSubmit, onCancel }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const renderControl = useRequestControl();
  const key = action?.key ?? '';
  // Loaded with the page (the dialog stays mounted), so the fee form opens on the district's method.
  const settings = useQuery({ queryKey: ['disclosure', 'settings'], queryFn: settingsApi.get });
  const districtMethod = settings.data?.feeMethod ?? null;
  const top =
    key === 'extend_reply' ? (
      <Hint type="warning" text={t(`${NS}.extendHint`)} />
    ) : key === 'request_correction' ? (
      <Hint type="info" text={t(`${NS}.correctionHint`)} />
    ) : key === 'issue_fee_notice' ? (
      <>
        <Hint type="info" text={t(`${NS}.feeHint`)} />
        {districtMethod ? (
          <Hint
            type="warning"
            text={t(`${NS}.feeDefault`, { method: feeMethodLabel(districtMethod, locale) })}
          />
        ) : null}
      </>
    ) : key === 'third_party_silent' ? (
      <Hint type="info" text={t(`${NS}.thirdPartySilentHint`)} />
    ) : null;
  return (
    <ProcedureTransitionDialog
      action={action}
      specs={action ? specsOf(key, districtMethod) : []}
      ns={NS}
      initialValues={initialValues(key, request, districtMethod)}
      width={key === 'reply' ? 720 : 560}
      busy={busy}
      error={error}
      onSubmit={(v) => onSubmit(toBody(v))}
      onCancel={onCancel}
      renderControl={renderControl}
      top={top}
      bottom={key === 'reply' ? <OutcomeBasis /> : null}
    />
  );
}
