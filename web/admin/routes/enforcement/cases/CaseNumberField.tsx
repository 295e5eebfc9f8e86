import { useQuery } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useT } from '../../../../common/i18n.js';
import { casesApi } from './api.js';
import { adoptsSuggestion } from './form-values.js';

/**
 * 案件编号, offered in the body's own pattern (于市监立〔2026〕N号) once the body and the opening date are chosen.
 * The suggestion fills an empty field, or replaces the previous suggestion; a number the officer typed stays.
 */
export function CaseNumberField({ label, rule }: { label: string; rule: Rule }) {
  const t = useT();
  const form = Form.useFormInstance();
  const orgUnitId = Form.useWatch<string | undefined>('orgUnitId');
  const openedOn = Form.useWatch<Dayjs | undefined>('openedOn');
  const day = openedOn?.format('YYYY-MM-DD');
  const suggestion = useQuery({
    queryKey: ['enforcement', 'case-number', orgUnitId, day],
    queryFn: () => casesApi.suggestCaseNumber(orgUnitId ?? '', day ?? ''),
    enabled: !!orgUnitId && !!day,
    // A body the user may not open cases for has no suggestion; the 立案 itself names the problem.
    retry: false,
  });
  const offered = useRef<string | null>(null);
  const next = suggestion.data?.caseNumber ?? null;
  useEffect(() => {
    if (!next) return;
    if (adoptsSuggestion(form.getFieldValue('caseNumber'), offered.current))
      form.setFieldValue('caseNumber', next);
    offered.current = next;
  }, [next, form]);
  return (
    <Form.Item
      name="caseNumber"
      label={label}
      rules={[rule, { max: 60 }]}
      extra={next ? t('enforcementCases.form.caseNumberSuggested', { number: next }) : undefined}
    >
      <Input maxLength={60} />
    </Form.Item>
  );
}
