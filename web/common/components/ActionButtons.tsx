import { Button, Flex, Tooltip } from 'antd';
import { labelled } from '../format.js';
import { useLocale, useT } from '../i18n.js';

/** One step a procedure offers on a record, as `GET …/:id` presents it. */
export interface ProcedureAction {
  key: string;
  label: string;
  allowed: boolean;
  reason?: { kind: string; code: string; message: string };
}

/** The reason in the interface's language: the kernel's calendar gap has a text of its own (decision 0016). */
function useReasonText(): (reason: NonNullable<ProcedureAction['reason']>) => string {
  const t = useT();
  return (reason) => {
    const year =
      reason.code === 'CALENDAR_YEAR_NOT_LOADED' ? /^(\d{4})年/.exec(reason.message)?.[1] : undefined;
    return year ? t('common.calendarYearNotLoaded', { year }) : reason.message;
  };
}

interface ActionButtonsProps {
  actions: ProcedureAction[];
  onAction: (key: string) => void;
  /** The key of the action in flight (its button spins, the others wait). */
  pendingKey?: string | null;
  /** Hide actions the user's role can never take, instead of showing them disabled. */
  hideForbidden?: boolean;
}

interface ActionButtonProps {
  action: ProcedureAction;
  primary: boolean;
  pendingKey?: string | null;
  onAction: (key: string) => void;
}

function ActionButton({ action, primary, pendingKey, onAction }: ActionButtonProps) {
  const reasonText = useReasonText();
  const button = (
    <Button
      type={primary ? 'primary' : 'default'}
      disabled={!action.allowed || (!!pendingKey && pendingKey !== action.key)}
      loading={pendingKey === action.key}
      onClick={() => onAction(action.key)}
    >
      {action.label}
    </Button>
  );
  if (action.allowed || !action.reason) return button;
  // A disabled button swallows mouse events, so the tooltip sits on a wrapper.
  return (
    <Tooltip title={reasonText(action.reason)}>
      <span style={{ display: 'inline-block', cursor: 'not-allowed' }}>{button}</span>
    </Tooltip>
  );
}

/**
 * Why blocked steps are blocked, in words under the buttons: a gate, a deadline or the record's scope.
 * A missing role is left to the tooltip: it says who may act, not what is still to be done.
 */
function BlockedReasons({ actions }: { actions: ProcedureAction[] }) {
  const reasonText = useReasonText();
  const { locale } = useLocale();
  const blocked = actions.filter((a) => !a.allowed && a.reason && a.reason.kind !== 'permission');
  if (blocked.length === 0) return null;
  return (
    <ul
      data-testid="blocked-reasons"
      style={{ margin: '8px 0 0', paddingLeft: 18, color: '#8c8c8c', fontSize: 12 }}
    >
      {blocked.map((a) => (
        <li key={a.key}>{labelled(a.label, a.reason ? reasonText(a.reason) : '', locale)}</li>
      ))}
    </ul>
  );
}

/** A procedure's next steps as buttons; a blocked step stays visible, disabled, its reason written below. */
export function ActionButtons({ actions, onAction, pendingKey, hideForbidden }: ActionButtonsProps) {
  const t = useT();
  const shown = hideForbidden ? actions.filter((a) => a.allowed || a.reason?.kind !== 'permission') : actions;
  if (shown.length === 0) return <span style={{ color: '#999' }}>{t('common.actions.empty')}</span>;
  const primaryKey = shown.find((a) => a.allowed)?.key;
  return (
    <>
      <Flex gap={8} wrap>
        {shown.map((a) => (
          <ActionButton
            key={a.key}
            action={a}
            primary={a.key === primaryKey}
            pendingKey={pendingKey}
            onAction={onAction}
          />
        ))}
      </Flex>
      <BlockedReasons actions={shown} />
    </>
  );
}
