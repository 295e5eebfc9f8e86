import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Divider, Form } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../../common/auth.js';
import { PageHeader } from '../../../../common/components/index.js';
import { useT } from '../../../../common/i18n.js';
import { casesApi, type OrgUnitOption } from './api.js';
import { fieldErrorsOf, openCaseBody } from './form-values.js';
import { CASE_FIELD_NAMES, CaseFields, HANDLING_FIELD_NAMES, HandlingFields } from './OpenCaseFields.js';
import { PARTY_FIELD_NAMES, PartyFields } from './PartyFields.js';
import './messages.js';

const NAMES = [...CASE_FIELD_NAMES, ...PARTY_FIELD_NAMES, ...HANDLING_FIELD_NAMES];

/** The bodies offered: the enforcement bodies, plus the officer's own unit so it can be preselected. */
function bodiesWithOwn(bodies: OrgUnitOption[], own: OrgUnitOption | null | undefined): OrgUnitOption[] {
  if (!own || bodies.some((b) => b.id === own.id)) return bodies;
  return [own, ...bodies];
}

/** 立案: opening a case under a power the body holds, with at least two officers (处罚法 第四十二条、第五十四条). */
export default function OpenCasePage() {
  const t = useT();
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const bodies = useQuery({ queryKey: ['enforcement', 'bodies', 'units'], queryFn: casesApi.bodies });
  const ownUnit = user?.role === 'department_officer' ? user.orgUnit : null;
  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) => casesApi.open(openCaseBody(values)),
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'cases'] });
      message.success(t('enforcementCases.form.opened', { number: c.caseNumber }));
      navigate(`/enforcement/cases/${c.id}`);
    },
    onError: (error) => {
      const matched = fieldErrorsOf(error, NAMES);
      form.setFields(matched);
      if (matched.length === 0) message.error(error instanceof Error ? error.message : String(error));
    },
  });
  return (
    <>
      <PageHeader title={t('enforcementCases.form.title')} subTitle={t('enforcementCases.form.subtitle')} />
      <Card>
        <Form
          form={form}
          layout="vertical"
          disabled={save.isPending}
          initialValues={{
            orgUnitId: ownUnit?.id,
            kind: 'penalty',
            openedOn: dayjs(),
            partyType: 'legal_person',
            handlerOfficerIds: [],
            isMajor: false,
            majorReasons: [],
            collectiveRequired: false,
          }}
          onFinish={(v) => save.mutate(v)}
          scrollToFirstError
        >
          <Divider titlePlacement="start">{t('enforcementCases.form.sectionCase')}</Divider>
          <CaseFields bodies={bodiesWithOwn(bodies.data ?? [], ownUnit)} />
          <Divider titlePlacement="start">{t('enforcementCases.form.sectionParty')}</Divider>
          <PartyFields />
          <Divider titlePlacement="start">{t('enforcementCases.form.sectionHandling')}</Divider>
          <HandlingFields />
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('enforcementCases.form.submit')}
          </Button>
          <Button style={{ marginLeft: 8 }} onClick={() => navigate('/enforcement/cases')}>
            {t('enforcementCases.form.cancel')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
