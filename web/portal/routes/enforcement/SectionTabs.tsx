import { Tabs } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../common/i18n.js';
import './messages.js';

const SECTIONS = [
  { key: 'decisions', path: '/enforcement' },
  { key: 'bodies', path: '/enforcement/bodies' },
  { key: 'fees', path: '/enforcement/fees' },
] as const;

export type Section = (typeof SECTIONS)[number]['key'];

/** The three public enforcement registers, one menu entry: 决定公示 (事后), 执法主体 and 收费目录 (事前). */
export function SectionTabs({ active }: { active: Section }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Tabs
      activeKey={active}
      items={SECTIONS.map((s) => ({ key: s.key, label: t(`portalEnforcement.tabs.${s.key}`) }))}
      onChange={(key) => navigate(SECTIONS.find((s) => s.key === key)?.path ?? '/enforcement')}
    />
  );
}
