import { InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import {
  type CaseDetail,
  type CaseTransition,
  DECISION_CODES,
  TERMINATION_CODES,
} from '../../../../common/contracts/reconsideration.js';
import type { ProcedureAction } from '../../../common/components/index.js';
import { toBody } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type BoundProps, type FieldSpec, TransitionDialog } from '../../../common/procedure/index.js';
import {
  adviceKindOptions,
  outcomeOptions,
  procedureKindOptions,
  simplifiedGroundOptions,
  suspensionGroundOptions,
} from '../../../common/reconsideration/labels.js';
import { TRANSITION_FORMS } from './transition-forms.js';

const NS = 'reconsideration.transition';

function useControl() {
  const t = useT();
  const { locale } = useLocale();
  const placeholder = t(`${NS}.select`);
  const select = (options: { value: string; label: string }[], bound: BoundProps) => (
    <Select
      {...bound}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder}
      options={options}
    />
  );
  const outcomes = (codes: readonly string[]) =>
    outcomeOptions(locale).filter((o) => codes.includes(o.value));
  return (spec: FieldSpec, bound: BoundProps) => {
    switch (spec.kind) {
      case 'procedureKind':
        return select(procedureKindOptions(locale), bound);
      case 'simplifiedGround':
        return select(simplifiedGroundOptions(locale), bound);
      case 'suspensionGround':
        return select(suspensionGroundOptions(locale), bound);
      case 'decisionOutcome':
        return select(outcomes(DECISION_CODES), bound);
      case 'terminationOutcome':
        return select(outcomes(TERMINATION_CODES), bound);
      case 'adviceKind':
        return select(adviceKindOptions(locale), bound);
      case 'days':
        return <InputNumber {...bound} min={1} max={365} style={{ width: 160 }} />;
      default:
        return undefined;
    }
  };
}

interface Props {
  action: ProcedureAction | null;
  detail: CaseDetail;
  busy: boolean;
  error: unknown;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}

/** One step of the case procedure: its small form, the server's field errors on its fields. */
export function CaseTransitionDialog({ action, detail, busy, error, onSubmit, onCancel }: Props) {
  const renderControl = useControl();
  const key = (action?.key ?? 'withdraw') as CaseTransition;
  const initialValues: Record<string, unknown> = {
    on: dayjs(),
    ...(key === 'accept' ? { procedureKind: 'ordinary' } : {}),
    ...(key === 'hold_hearing' ? { headAttended: true } : {}),
    ...(key === 'issue_advice' ? { kind: 'opinion', addressee: detail.respondent.name } : {}),
  };
  return (
    <TransitionDialog
      action={action}
      specs={TRANSITION_FORMS[key] ?? []}
      ns={NS}
      initialValues={initialValues}
      width={560}
      busy={busy}
      error={error}
      onSubmit={(values) => onSubmit(toBody(values))}
      onCancel={onCancel}
      renderControl={renderControl}
    />
  );
}
