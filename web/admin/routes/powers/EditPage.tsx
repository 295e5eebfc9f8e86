import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Spin } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  CreatePowerItemBody,
  type PowerItemDetail,
  PowerItemCode,
  PowerItemContent,
} from '../../../../common/contracts/powers.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { powersApi } from './api.js';
import { showFieldErrors, zodRule } from '../../../common/forms.js';
import { categoryOptions, levelOptions } from './labels.js';
import './messages.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';

const C = PowerItemContent.shape;
const TEXT_AREAS = ['legalBasis', 'process', 'responsibility', 'accountability'] as const;
const SHORT = ['handlingUnit', 'timeLimit', 'feeBasis', 'supervisionPhone', 'remarks'] as const;
const NAMES = [
  'code',
  'orgUnitId',
  'name',
  'subItemName',
  'category',
  'exerciseLevel',
  ...TEXT_AREAS,
  ...SHORT,
];

type Values = Record<string, string | null | undefined>;

function initialValues(item: PowerItemDetail | undefined, defaultUnit: string | undefined): Values {
  if (!item) return { orgUnitId: defaultUnit, exerciseLevel: 'county' };
  const content = item.pendingRevision ?? item;
  return { ...content, code: item.code, orgUnitId: item.orgUnit.id };
}

/** Drafts a new item, edits a draft, or edits the revision of a published item (code and department fixed). */
export default function EditPage() {
  const { id } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const existing = useQuery({
    queryKey: ['powers', 'item', id],
    queryFn: () => powersApi.get(id!),
    enabled: !!id,
  });
  const departments = useQuery({ queryKey: ['powers', 'departments'], queryFn: powersApi.departments });
  const revising = !!existing.data?.hasPendingRevision;
  const saveFailed = useSaveErrorHandler();

  useEffect(() => {
    if (!id || existing.data) form.setFieldsValue(initialValues(existing.data, user?.orgUnit?.id));
  }, [id, existing.data, user, form]);

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' ? null : v]));
      if (!id) return powersApi.create(body as never);
      if (revising) {
        const { code: _code, orgUnitId: _unit, ...content } = body;
        return powersApi.update(id, content, existing.data?.version);
      }
      return powersApi.update(id, body, existing.data?.version);
    },
    onSuccess: (item) => {
      void queryClient.invalidateQueries({ queryKey: ['powers'] });
      message.success(t('powers.form.saved'));
      navigate(`/powers/${item.id}`);
    },
    onError: (error) => {
      if (!showFieldErrors(form, error, NAMES)) saveFailed(error, () => existing.refetch());
    },
  });

  if (id && existing.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (existing.error) return <ErrorAlert error={existing.error} />;
  const title = !id
    ? t('powers.form.createTitle')
    : revising
      ? t('powers.form.reviseTitle')
      : t('powers.form.editTitle');
  const field = (name: string) => ({ name, label: t(`powers.fields.${name}`) });

  return (
    <>
      <PageHeader
        title={title}
        subTitle={existing.data ? `${existing.data.code} · ${existing.data.orgUnit.name}` : undefined}
      />
      <Card>
        <Alert type="info" showIcon title={t('powers.form.publishHint')} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item {...field('code')} rules={[zodRule(PowerItemCode)]} required>
                <Input disabled={revising} maxLength={64} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                {...field('orgUnitId')}
                rules={[zodRule(CreatePowerItemBody.shape.orgUnitId)]}
                required
              >
                <Select
                  disabled={revising}
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('powers.form.selectDepartment')}
                  options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item {...field('category')} rules={[zodRule(C.category)]} required>
                <Select placeholder={t('powers.form.selectCategory')} options={categoryOptions(locale)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item {...field('name')} rules={[zodRule(C.name)]} required>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item {...field('subItemName')} rules={[zodRule(C.subItemName)]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            {TEXT_AREAS.map((name) => (
              <Col xs={24} key={name}>
                <Form.Item {...field(name)} rules={[zodRule(C[name])]}>
                  <Input.TextArea rows={3} maxLength={5000} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} md={8}>
              <Form.Item {...field('exerciseLevel')} rules={[zodRule(C.exerciseLevel)]}>
                <Select allowClear options={levelOptions} />
              </Form.Item>
            </Col>
            {SHORT.map((name) => (
              <Col xs={24} md={8} key={name}>
                <Form.Item {...field(name)} rules={[zodRule(C[name])]}>
                  <Input />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('powers.form.save')}
          </Button>
          <Button style={{ marginLeft: 8 }} onClick={() => navigate(id ? `/powers/${id}` : '/powers')}>
            {t('powers.form.cancel')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
