import { Alert, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { ProcedureAction } from '../../../../common/components/index.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import type { FieldSpec } from '../../../../common/procedure/field-spec.js';
import { type BoundProps, TransitionDialog } from '../../../../common/procedure/TransitionDialog.js';
import type { CaseDetail } from './api.js';
import { asksForDeviationReason, decideBody, toBody } from './form-values.js';
import {
  circumstanceOptions,
  outcomeOptionsFor,
  penaltyKindOptions,
  returnConclusionOptions,
  serviceMethodOptions,
} from './labels.js';
import { visibleSpecs } from './transition-forms.js';
import './messages.js';

const NS = 'enforcementCases.transition';

/** A case file's texts are longer than a disclosure note; 决定内容 gets room. */
function withLimits(spec: FieldSpec): FieldSpec {
  if (spec.kind === 'text') return { ...spec, maxLength: 80 };
  if (spec.kind === 'textarea')
    return { ...spec, maxLength: 5000, rows: spec.name === 'decisionText' ? 5 : 3 };
  return spec;
}

/** The case procedure's own kinds of field: lists that depend on the case (a penalty's outcomes…). */
function useCaseControl(kind: string) {
  const t = useT();
  const { locale } = useLocale();
  const select = t(`${NS}.select`);
  return (spec: FieldSpec, bound: BoundProps) => {
    switch (spec.kind) {
      case 'outcome':
        return <Select {...bound} placeholder={select} options={outcomeOptionsFor(kind, locale)} />;
      case 'circumstance':
        return <Select {...bound} allowClear placeholder={select} options={circumstanceOptions(locale)} />;
      case 'returnConclusion':
        return <Select {...bound} placeholder={select} options={returnConclusionOptions(locale)} />;
      case 'serviceMethod':
        return <Select {...bound} placeholder={select} options={serviceMethodOptions(locale)} />;
      case 'penaltyKinds':
        return (
          <Select
            {...bound}
            mode="multiple"
            allowClear
            placeholder={select}
            options={penaltyKindOptions(locale)}
          />
        );
      default:
        return undefined;
    }
  };
}

function Hint({ type, text }: { type: 'info' | 'warning'; text: string }) {
  return <Alert type={type} showIcon style={{ marginBottom: 16 }} title={text} />;
}

interface Props {
  action: ProcedureAction | null;
  detail: CaseDetail;
  busy: boolean;
  error: unknown;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}

/** One step of the case procedure: its own small form, the server's field errors on its fields. */
export function CaseTransitionDialog({ action, detail, busy, error, onSubmit, onCancel }: Props) {
  const t = useT();
  const [askReason, setAskReason] = useState(false);
  const renderControl = useCaseControl(detail.kind);
  const key = action?.key ?? '';
  const specs = action
    ? visibleSpecs(key, detail, askReason || !!detail.deviationReason).map(withLimits)
    : [];
  useEffect(() => {
    if (!action) setAskReason(false);
  }, [action]);
  useEffect(() => {
    if (asksForDeviationReason(error)) setAskReason(true);
  }, [error]);
  const top =
    key === 'schedule_hearing' ? (
      <Hint type="info" text={t(`${NS}.hearingHint`)} />
    ) : key === 'notify' || key === 'renotify' ? (
      <Hint type="info" text={t(`${NS}.noticeHint`)} />
    ) : key === 'serve_notice' || key === 'serve' ? (
      <Hint type="info" text={t(`${NS}.serviceHint`)} />
    ) : key === 'decide' && askReason ? (
      <Hint type="warning" text={t(`${NS}.deviationHint`)} />
    ) : null;
  return (
    <TransitionDialog
      action={action}
      specs={specs}
      ns={NS}
      initialValues={{ on: dayjs(), hearingRight: false, concernsMajorRights: true }}
      width={key === 'decide' ? 720 : 560}
      busy={busy}
      error={error}
      onSubmit={(v) => onSubmit(key === 'decide' ? decideBody(v) : toBody(v))}
      onCancel={onCancel}
      renderControl={renderControl}
      top={top}
    />
  );
}
