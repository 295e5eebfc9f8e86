import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Col, Divider, Flex, Form, Grid, Input, Row, Select, Typography } from 'antd';
import { ApiError, api } from '../../../common/api.js';
import { ErrorAlert, LanguageSwitch } from '../../../common/components/index.js';
import { showFieldErrors } from '../../../common/forms.js';
import { useT } from '../../../common/i18n.js';
import { OrgImportButtons } from '../users/OrgImport.js';
import './messages.js';

interface UnitFields {
  code?: string;
  name?: string;
  type?: string;
  parentCode?: string;
}

interface SetUpFields {
  name?: string;
  code?: string;
  units?: UnitFields[];
}

const UNIT_TYPES = ['department', 'enforcement_body', 'street', 'village', 'grid'] as const;
const isBlank = (u: UnitFields) => !u.code?.trim() && !u.name?.trim() && !u.type && !u.parentCode?.trim();

/** The form as the set-up route takes it: fully blank unit rows left out, with each sent row's place in the form. */
function toRequest(values: SetUpFields) {
  const kept = (values.units ?? []).map((u, at) => ({ u, at })).filter(({ u }) => !isBlank(u));
  const body = {
    name: values.name?.trim() ?? '',
    code: values.code?.trim() ?? '',
    units: kept.map(({ u }) => ({
      code: u.code?.trim() ?? '',
      name: u.name?.trim() ?? '',
      type: u.type ?? '',
      parentCode: u.parentCode?.trim() || undefined,
    })),
  };
  return { body, formIndex: kept.map((k) => k.at) };
}

/**
 * The first-run set-up (decision 0030): the coordinator names the district, its code and its units in one go;
 * the server lists every bad field and saves nothing until all are right. Units and people may also come from
 * .xlsx here. After it the normal home opens.
 */
export default function SetupPage() {
  const t = useT();
  const [form] = Form.useForm<SetUpFields>();
  const setUp = useMutation({
    mutationFn: (request: ReturnType<typeof toRequest>) => api.post('/org/setup', request.body),
    // A full reload re-reads the session and the district's new name everywhere.
    onSuccess: () => window.location.assign('/'),
    onError: (error, request) =>
      showFieldErrors(form, remapUnitRows(error, request.formIndex), ['name', 'code', 'units']),
  });
  return (
    <Flex justify="center" style={{ minHeight: '100vh', background: '#f5f5f5', padding: '5vh 12px' }}>
      <Flex vertical gap={16} style={{ width: '100%', maxWidth: 960 }}>
        <Card title={t('setup.title')} extra={<LanguageSwitch />}>
          <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
          {setUp.error ? (
            <ErrorAlert
              error={labelFields(remapUnitRows(setUp.error, setUp.variables?.formIndex ?? []), t)}
            />
          ) : null}
          <Form<SetUpFields> form={form} layout="vertical" onFinish={(v) => setUp.mutate(toRequest(v))}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="name"
                  label={t('setup.name')}
                  rules={[{ required: true, message: t('setup.required') }]}
                >
                  <Input placeholder={t('setup.namePlaceholder')} autoFocus maxLength={40} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="code"
                  label={t('setup.code')}
                  extra={t('setup.codeHelp')}
                  rules={[{ required: true, message: t('setup.required') }]}
                >
                  <Input placeholder="210114" maxLength={20} />
                </Form.Item>
              </Col>
            </Row>
            <UnitRows />
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={setUp.isPending}
              style={{ marginTop: 16 }}
            >
              {t('setup.submit')}
            </Button>
          </Form>
        </Card>
        <Card title={t('setup.importTitle')}>
          <Typography.Paragraph type="secondary">{t('setup.importIntro')}</Typography.Paragraph>
          <OrgImportButtons />
        </Card>
      </Flex>
    </Flex>
  );
}

/** The small editable table of units: one line a unit on a wide screen, a block a unit on a phone. */
function UnitRows() {
  const t = useT();
  const isWide = Grid.useBreakpoint().md ?? false;
  const typeOptions = UNIT_TYPES.map((value) => ({ value, label: t(`setup.types.${value}`) }));
  const label = (key: string) => (isWide ? undefined : t(key));
  return (
    <>
      <Divider titlePlacement="start">{t('setup.units')}</Divider>
      <Typography.Paragraph type="secondary">{t('setup.unitsHelp')}</Typography.Paragraph>
      {isWide ? (
        <Row gutter={8} style={{ fontWeight: 500, marginBottom: 8 }}>
          <Col md={5}>{t('setup.unitCode')}</Col>
          <Col md={7}>{t('setup.unitName')}</Col>
          <Col md={5}>{t('setup.unitType')}</Col>
          <Col md={5}>{t('setup.parentCode')}</Col>
        </Row>
      ) : null}
      <Form.List name="units">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 ? (
              <Typography.Paragraph type="secondary">{t('setup.noUnits')}</Typography.Paragraph>
            ) : null}
            {fields.map((field) => (
              <Row
                key={field.key}
                gutter={8}
                style={isWide ? undefined : { borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}
              >
                <Col xs={12} md={5}>
                  <Form.Item name={[field.name, 'code']} label={label('setup.unitCode')}>
                    <Input aria-label={t('setup.unitCode')} placeholder="D01" maxLength={64} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={7}>
                  <Form.Item name={[field.name, 'name']} label={label('setup.unitName')}>
                    <Input aria-label={t('setup.unitName')} maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name={[field.name, 'type']} label={label('setup.unitType')}>
                    <Select aria-label={t('setup.unitType')} options={typeOptions} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={5}>
                  <Form.Item name={[field.name, 'parentCode']} label={label('setup.parentCode')}>
                    <Input
                      aria-label={t('setup.parentCode')}
                      placeholder={t('setup.parentPlaceholder')}
                      maxLength={64}
                    />
                  </Form.Item>
                </Col>
                <Col xs={2} md={2} style={{ alignSelf: isWide ? 'flex-start' : 'center' }}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    title={t('setup.removeUnit')}
                    aria-label={t('setup.removeUnit')}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
              {t('setup.addUnit')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

/** The server numbers the unit rows it was sent; the form's rows include blank ones left out of the request. */
function remapUnitRows(error: unknown, formIndex: readonly number[]): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = error.fields.map((f) => ({
    ...f,
    path: f.path.replace(/^units\.(\d+)\./, (_, sent: string) => `units.${formIndex[Number(sent)] ?? sent}.`),
  }));
  return new ApiError(error.status, error.code, error.message, fields, error.rows);
}

const UNIT_FIELD_LABELS: Record<string, string> = {
  code: 'setup.unitCode',
  name: 'setup.unitName',
  type: 'setup.unitType',
  parentCode: 'setup.parentCode',
};

/** The alert names each field as the form shows it ("机构第 3 行 上级机构代码"), not by its API path. */
function labelFields(error: unknown, t: ReturnType<typeof useT>): unknown {
  if (!(error instanceof ApiError)) return error;
  const label = (path: string) => {
    const unit = /^units\.(\d+)\.(\w+)$/.exec(path);
    if (unit)
      return `${t('setup.unitRow', { row: Number(unit[1]) + 1 })} ${t(UNIT_FIELD_LABELS[unit[2]!] ?? unit[2]!)}`;
    return path === 'name' || path === 'code' ? t(`setup.${path}`) : path;
  };
  const fields = error.fields.map((f) => ({ ...f, path: label(f.path) }));
  return new ApiError(error.status, error.code, error.message, fields, error.rows);
}
