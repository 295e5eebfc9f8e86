import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Drawer, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import type {
  BenchmarkOut,
  CreateBenchmarkBody,
} from '../../../../../common/contracts/enforcement/registry.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { registryApi } from './api.js';
import { showFieldErrors, showProblems, toBody } from '../../../../common/forms.js';
import { useRT } from './i18n.js';
import { checkRanges, type RangeRow, sortRanges } from './ranges.js';
import { RangesEditor } from './RangesEditor.js';
import { isVersionConflict, useSaveErrorHandler } from '../../../../common/version-conflict.js';

/** The select's value for a district-wide benchmark (orgUnitId null in the body). */
const DISTRICT = 'district';
const NAMES = ['orgUnitId', 'powerItemId', 'code', 'violation', 'violationBasis', 'penaltyBasis', 'ranges'];

interface Values {
  orgUnitId: string;
  powerItemId?: string | null;
  code: string;
  violation: string;
  violationBasis?: string;
  penaltyBasis: string;
  ranges: RangeRow[];
}

function initial(b: BenchmarkOut | undefined, ownUnit: string | undefined): Partial<Values> {
  if (!b)
    return {
      orgUnitId: ownUnit,
      ranges: [
        { circumstance: 'minor', description: '' },
        { circumstance: 'general', description: '' },
        { circumstance: 'serious', description: '' },
      ],
    };
  return {
    orgUnitId: b.orgUnit?.id ?? DISTRICT,
    powerItemId: b.powerItem?.id ?? null,
    code: b.code,
    violation: b.violation,
    violationBasis: b.violationBasis ?? '',
    penaltyBasis: b.penaltyBasis,
    ranges: sortRanges(b.ranges),
  };
}

/** Form values → the request body: 全区 as null, ranges lightest first with blank descriptions as ''. */
function toPayload(v: Values): CreateBenchmarkBody {
  const body = toBody({ ...v, ranges: undefined }) as Record<string, unknown>;
  return {
    ...body,
    orgUnitId: v.orgUnitId === DISTRICT ? null : v.orgUnitId,
    powerItemId: v.powerItemId ?? null,
    ranges: sortRanges(v.ranges).map((r) => ({ ...r, description: r.description ?? '' })),
  } as CreateBenchmarkBody;
}

/** Creates or edits a discretion benchmark (裁量基准) in a drawer, with its editable ranges table. */
export function BenchmarkForm({ benchmark, onClose }: { benchmark?: BenchmarkOut; onClose: () => void }) {
  const rt = useRT();
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const saveFailed = useSaveErrorHandler();
  const [form] = Form.useForm<Values>();
  const orgUnitId = Form.useWatch('orgUnitId', form);
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  const powerUnit = orgUnitId && orgUnitId !== DISTRICT ? orgUnitId : undefined;
  const powers = useQuery({
    queryKey: ['enforcement', 'registry', 'powers', powerUnit, 'penalty'],
    queryFn: () => registryApi.powersOf(powerUnit as string, 'penalty'),
    enabled: !!powerUnit,
  });
  useEffect(() => form.setFieldsValue(initial(benchmark, user?.orgUnit?.id)), [benchmark, user, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const payload = toPayload(v);
      if (!benchmark) return registryApi.createBenchmark(payload);
      const { orgUnitId: _fixed, ...update } = payload;
      return registryApi.updateBenchmark(benchmark.id, update, benchmark.version);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'benchmarks'] });
      message.success(rt('saved'));
      onClose();
    },
    onError: (error) => {
      // Someone saved the record since the drawer opened: offer to reload it (the alert below says why).
      if (!showFieldErrors(form, error, NAMES) && isVersionConflict(error))
        saveFailed(error, () =>
          queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'benchmarks'] }),
        );
    },
  });
  const submit = (v: Values) => {
    const problems = checkRanges(v.ranges ?? []);
    if (problems.length > 0) showProblems(form, problems);
    else save.mutate(v);
  };
  const unitOptions = [
    ...(can('enforcement.manage_bodies') ? [{ value: DISTRICT, label: rt('benchmarks.districtWide') }] : []),
    ...(bodies.data ?? [])
      .filter((b) => !b.revokedOn)
      .map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name })),
  ];
  const required = { required: true, whitespace: true, message: rt('required') };
  const field = (name: string) => ({ name, label: rt(`benchmarks.columns.${name}`) });
  return (
    <Drawer
      open
      size={860}
      title={benchmark ? `${rt('benchmarks.edit')}：${benchmark.code}` : rt('benchmarks.new')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{rt('cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {rt('save')}
          </Button>
        </Space>
      }
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item {...field('orgUnitId')} rules={[{ required: true, message: rt('required') }]}>
          <Select
            disabled={!!benchmark}
            showSearch={{ optionFilterProp: 'label' }}
            options={unitOptions}
            onChange={() => form.setFieldValue('powerItemId', null)}
          />
        </Form.Item>
        <Form.Item {...field('powerItemId')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!powerUnit}
            loading={powers.isFetching}
            options={(powers.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item {...field('code')} rules={[required, { max: 60 }]}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item {...field('violation')} rules={[required, { max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item {...field('violationBasis')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item {...field('penaltyBasis')} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Typography.Title level={5}>{rt('benchmarks.columns.ranges')}</Typography.Title>
        <RangesEditor form={form} />
      </Form>
    </Drawer>
  );
}
