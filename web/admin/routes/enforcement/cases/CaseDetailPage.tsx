import { FieldTimeOutlined, FileWordOutlined, FileZipOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Spin, Tabs, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseTransition } from '../../../../../common/contracts/enforcement/cases.js';
import { PENALTY_DECISION_OUTCOMES } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { useAuth } from '../../../../common/auth.js';
import {
  ActionButtons,
  ErrorAlert,
  PageHeader,
  type ProcedureAction,
} from '../../../../common/components/index.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { type CaseDetail, casesApi } from './api.js';
import { CaseTransitionDialog } from './CaseTransitionDialog.js';
import { CaseFacts, Clocks, ProcessFacts, Reviews, Steps } from './DetailParts.js';
import { EvidenceTab } from './EvidenceTab.js';
import { kindLabel, OPEN_STATES, STATE_COLOR, stateLabel } from './labels.js';
import { PublicationCard } from './PublicationCard.js';
import { runSideStep, type SideStep, sideStepOfAction, sideStepSpec } from './side-steps.js';
import { StepDialog } from './StepDialog.js';
import { isVersionConflict, useSaveErrorHandler } from '../../../../common/version-conflict.js';
import './messages.js';

function useCaseMutations(id: string, onDone: (label: string) => void) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const adopt = (c: CaseDetail | null, label: string) => {
    // Transitions answer the case; publication steps answer the publication row, so the case is refetched.
    if (c && Array.isArray(c.actions)) queryClient.setQueryData(['enforcement', 'case', id], c);
    void queryClient.invalidateQueries({ queryKey: ['enforcement', 'case', id] });
    void queryClient.invalidateQueries({ queryKey: ['enforcement', 'cases'] });
    void queryClient.invalidateQueries({ queryKey: ['enforcement', 'reviews'] });
    void queryClient.invalidateQueries({ queryKey: ['enforcement', 'filings'] });
    onDone(label);
  };
  const fail = (e: Error) => message.error(e.message);
  const saveFailed = useSaveErrorHandler();
  const reload = () => queryClient.invalidateQueries({ queryKey: ['enforcement', 'case', id] });
  // The step is fired on the case as shown: its version, sent back, refuses it if someone moved the case on.
  const shown = () => queryClient.getQueryData<CaseDetail>(['enforcement', 'case', id])?.version;
  const transition = useMutation({
    mutationFn: ({ key, body }: { key: string; label: string; body: Record<string, unknown> }) =>
      casesApi.transition(id, key as CaseTransition, body as never, shown()),
    onSuccess: (c, v) => adopt(c, v.label),
    // A refused step shows its reasons in the dialog and a toast; only a version conflict offers a reload.
    onError: (e) => (isVersionConflict(e) ? saveFailed(e, reload) : fail(e)),
  });
  const side = useMutation({
    mutationFn: ({ step, body }: { step: SideStep; label: string; body: Record<string, unknown> }) =>
      runSideStep(id, step, body),
    onSuccess: (_r, v) => adopt(null, v.label),
    onError: fail,
  });
  const archive = useMutation({ mutationFn: () => casesApi.archive(id), onError: fail });
  const decisionDoc = useMutation({ mutationFn: () => casesApi.decisionDocument(id), onError: fail });
  return { transition, side, archive, decisionDoc };
}

/** A decided penalty whose outcome is a penalty (处罚法 第九条) has a 行政处罚决定书 to print. */
const isPenaltyDecision = (c: CaseDetail) =>
  c.kind === 'penalty' && !!c.decidedOn && !!c.outcome && PENALTY_DECISION_OUTCOMES.includes(c.outcome);

/** One case: facts, clocks, next actions (blocked ones with the reason), evidence, reviews, steps, publication. */
export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ProcedureAction | null>(null);
  const [sideStep, setSideStep] = useState<SideStep | null>(null);
  const detail = useQuery({ queryKey: ['enforcement', 'case', id], queryFn: () => casesApi.get(id) });
  const { transition, side, archive, decisionDoc } = useCaseMutations(id, (label) => {
    message.success(t('enforcementCases.transition.done', { action: label }));
    setPending(null);
    setSideStep(null);
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const c = detail.data;
  const onAction = (key: string) => {
    const step = sideStepOfAction(key);
    if (step) {
      side.reset();
      setSideStep(step);
      return;
    }
    const action = c.actions.find((a) => a.key === key);
    if (action) {
      transition.reset();
      setPending(action);
    }
  };
  const hasExtendAction = c.actions.some((a) => {
    const step = sideStepOfAction(a.key);
    return step === 'extend' || step === 'extendFurther';
  });
  const mayExtend = !hasExtendAction && can('enforcement.approve_extension') && OPEN_STATES.includes(c.state);
  const openSide = (step: SideStep) => {
    side.reset();
    setSideStep(step);
  };
  const spec = sideStep ? sideStepSpec(t, sideStep) : null;
  return (
    <>
      <PageHeader
        title={t('enforcementCases.detail.title', { number: c.caseNumber })}
        subTitle={
          <Flex gap={8} wrap align="center">
            <span>{c.orgUnitName}</span>
            <span>{kindLabel(c.kind, locale)}</span>
            <span>{t('enforcementCases.detail.opened', { date: c.openedOn })}</span>
            <Tag color={STATE_COLOR[c.state]}>{stateLabel(c.state, locale)}</Tag>
            {c.isMajor ? <Tag color="red">{t('enforcementCases.list.major')}</Tag> : null}
            {c.benchmarkDeviation ? <Tag color="orange">{t('enforcementCases.list.deviation')}</Tag> : null}
          </Flex>
        }
        extra={
          <>
            <Link to="/enforcement/cases">
              <Button>{t('enforcementCases.detail.back')}</Button>
            </Link>
            {mayExtend ? (
              <Button icon={<FieldTimeOutlined />} onClick={() => openSide('extend')}>
                {t('enforcementCases.detail.extend')}
              </Button>
            ) : null}
            {can('enforcement.handle_case') && OPEN_STATES.includes(c.state) ? (
              <Button icon={<FieldTimeOutlined />} onClick={() => openSide('pause')}>
                {t('enforcementCases.transition.pauseTitle')}
              </Button>
            ) : null}
            {isPenaltyDecision(c) ? (
              <Tooltip title={t('enforcementCases.detail.decisionDocumentHint')}>
                <Button
                  icon={<FileWordOutlined />}
                  loading={decisionDoc.isPending}
                  onClick={() => decisionDoc.mutate()}
                >
                  {t('enforcementCases.detail.decisionDocument')}
                </Button>
              </Tooltip>
            ) : null}
            {can('enforcement.view_evidence') ? (
              <Tooltip title={t('enforcementCases.detail.archiveHint')}>
                <Button
                  icon={<FileZipOutlined />}
                  loading={archive.isPending}
                  onClick={() => archive.mutate()}
                >
                  {t('enforcementCases.detail.archive')}
                </Button>
              </Tooltip>
            ) : null}
          </>
        }
      />
      {c.timeliness?.warnings.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('enforcementCases.form.timelinessTitle')}
          description={c.timeliness.warnings.join('；')}
          data-testid="case-timeliness"
        />
      ) : null}
      {/* A closed case has no next step: no card of greyed buttons. */}
      {c.state !== 'closed' || c.actions.some((a) => a.allowed) ? (
        <Card size="small" style={{ marginBottom: 16 }} title={t('enforcementCases.detail.actions')}>
          <ActionButtons
            actions={c.actions.filter(
              (a) => a.allowed || a.reason?.kind !== 'state' || !!sideStepOfAction(a.key),
            )}
            hideForbidden
            onAction={onAction}
            pendingKey={transition.isPending ? (pending?.key ?? null) : null}
          />
        </Card>
      ) : null}
      <Flex gap={16} align="flex-start" wrap>
        <Card size="small" style={{ flex: '2 1 600px', minWidth: 0 }}>
          <Tabs
            items={[
              {
                key: 'facts',
                label: t('enforcementCases.detail.facts'),
                children: (
                  <Flex vertical gap={16}>
                    <CaseFacts c={c} />
                    <ProcessFacts c={c} />
                  </Flex>
                ),
              },
              {
                key: 'evidence',
                label: `${t('enforcementCases.detail.evidence')} (${c.evidence?.length ?? 0})`,
                children: (
                  <EvidenceTab
                    c={c}
                    canUpload={can('enforcement.handle_case') && c.state !== 'closed'}
                    canDownload={can('enforcement.view_evidence')}
                    onUploaded={() =>
                      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'case', id] })
                    }
                  />
                ),
              },
              { key: 'reviews', label: t('enforcementCases.detail.reviews'), children: <Reviews c={c} /> },
              { key: 'steps', label: t('enforcementCases.detail.steps'), children: <Steps c={c} /> },
            ]}
          />
        </Card>
        <Flex vertical gap={16} style={{ flex: '1 1 320px' }}>
          <Card title={t('enforcementCases.detail.clocks')} size="small">
            <Clocks c={c} />
          </Card>
          <Card title={t('enforcementCases.detail.publication')} size="small">
            <PublicationCard c={c} canPublish={can('enforcement.publish')} onStep={openSide} />
          </Card>
        </Flex>
      </Flex>
      <CaseTransitionDialog
        action={pending}
        detail={c}
        busy={transition.isPending}
        error={transition.error}
        onCancel={() => setPending(null)}
        onSubmit={(body) => pending && transition.mutate({ key: pending.key, label: pending.label, body })}
      />
      <StepDialog
        spec={spec}
        busy={side.isPending}
        error={side.error}
        onCancel={() => setSideStep(null)}
        onSubmit={(body) => sideStep && spec && side.mutate({ step: sideStep, label: spec.okText, body })}
      />
    </>
  );
}
