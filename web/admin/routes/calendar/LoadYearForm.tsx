import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import {
  type CalendarDay,
  type CalendarProblem,
  validateCalendarYear,
} from '../../../../common/calendar/index.js';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { type DayRow, DayRows } from './DayRows.js';
import { ProblemList } from './ProblemList.js';
import { parseYearFile, type YearLoad } from './year-file.js';
import { YearTextInput } from './YearTextInput.js';

type Mode = 'file' | 'paste' | 'rows';

interface LoadValues {
  year: number;
  source: string;
  rows?: DayRow[];
}

function rowsToDays(rows: DayRow[] | undefined): CalendarDay[] {
  return (rows ?? [])
    .filter((r) => r.day)
    .map((r) => ({
      day: r.day!.format('YYYY-MM-DD'),
      kind: r.kind ?? 'off',
      holiday: r.holiday?.trim() || null,
    }));
}

/** 载入年度数据: a coordinator loads one year of the State Council notice; deadlines are then recomputed. */
export function LoadYearForm() {
  const t = useT();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LoadValues>();
  const [mode, setMode] = useState<Mode>('file');
  const [fileYears, setFileYears] = useState<YearLoad[]>([]);
  const [problems, setProblems] = useState<CalendarProblem[]>([]);
  const watchedYear = Form.useWatch('year', form);

  const load = useMutation({
    mutationFn: (v: { year: number; source: string; days: CalendarDay[] }) =>
      api.put<{ year: number; recomputedClocks: number }>(`/calendar/years/${v.year}`, {
        source: v.source,
        days: v.days,
      }),
    onSuccess: (r) => {
      message.success(t('calendar.load.done', { year: r.year, count: r.recomputedClocks }));
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
      void queryClient.invalidateQueries({ queryKey: ['me', 'due-items'] });
    },
  });

  const adoptYear = (y: YearLoad) =>
    form.setFieldsValue({ year: y.year, source: y.source || form.getFieldValue('source') });

  const onText = (text: string) => {
    const result = parseYearFile(text);
    setProblems(result.ok ? [] : result.problems);
    setFileYears(result.ok ? result.years : []);
    if (result.ok && result.years.length) {
      const wanted = form.getFieldValue('year') as number | undefined;
      adoptYear(result.years.find((y) => y.year === wanted) ?? result.years[0]!);
    }
  };

  /** The days to load, or why there are none (a file for another year, nothing entered, bad days). */
  const daysFor = (v: LoadValues): { days: CalendarDay[]; problems: CalendarProblem[] } => {
    const fromFile = fileYears.find((y) => y.year === v.year);
    const days = mode === 'rows' ? rowsToDays(v.rows) : (fromFile?.days ?? []);
    if (mode !== 'rows' && !fromFile && fileYears.length) {
      const fileYear = fileYears.map((y) => y.year).join('、');
      return {
        days,
        problems: [{ path: 'year', message: t('calendar.load.yearMismatch', { fileYear, year: v.year }) }],
      };
    }
    if (!days.length) return { days, problems: [{ path: 'days', message: t('calendar.load.noDays') }] };
    return { days, problems: validateCalendarYear(v.year, days) };
  };

  const onFinish = (v: LoadValues) => {
    const { days, problems: found } = daysFor(v);
    setProblems(found);
    if (found.length) return;
    modal.confirm({
      title: t('calendar.load.confirm', { year: v.year }),
      onOk: () => load.mutateAsync({ year: v.year, source: v.source.trim(), days }),
    });
  };

  const chosen = fileYears.find((y) => y.year === watchedYear);
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('calendar.load.intro')}</Typography.Paragraph>
      <Form<LoadValues> form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 760 }}>
        <Form.Item label={t('calendar.load.mode')}>
          <Radio.Group
            value={mode}
            onChange={(e) => {
              setMode(e.target.value as Mode);
              setProblems([]);
            }}
            optionType="button"
            options={[
              { value: 'file', label: t('calendar.load.modeFile') },
              { value: 'paste', label: t('calendar.load.modePaste') },
              { value: 'rows', label: t('calendar.load.modeRows') },
            ]}
          />
        </Form.Item>
        <Form.Item>
          {mode === 'rows' ? <DayRows /> : <YearTextInput key={mode} mode={mode} onText={onText} />}
        </Form.Item>
        {mode !== 'rows' && fileYears.length > 1 ? (
          <Form.Item label={t('calendar.load.chooseYear')}>
            <Select
              style={{ width: 160 }}
              value={chosen?.year}
              onChange={(year: number) => adoptYear(fileYears.find((y) => y.year === year)!)}
              options={fileYears.map((y) => ({ value: y.year, label: String(y.year) }))}
            />
          </Form.Item>
        ) : null}
        {mode !== 'rows' && chosen ? (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('calendar.load.preview', {
              year: chosen.year,
              off: chosen.days.filter((d) => d.kind === 'off').length,
              work: chosen.days.filter((d) => d.kind === 'work').length,
            })}
          />
        ) : null}
        <ProblemList problems={problems} />
        <Form.Item
          name="year"
          label={t('calendar.load.year')}
          rules={[{ required: true, message: t('calendar.load.yearRequired') }]}
        >
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('calendar.load.source')}
          rules={[{ required: true, whitespace: true, message: t('calendar.load.sourceRequired') }]}
        >
          <Input />
        </Form.Item>
        {load.error ? <ErrorAlert error={load.error} /> : null}
        <Button type="primary" htmlType="submit" loading={load.isPending}>
          {t('calendar.load.submit')}
        </Button>
      </Form>
    </Card>
  );
}
