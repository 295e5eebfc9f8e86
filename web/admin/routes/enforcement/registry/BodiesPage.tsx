import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../../common/components/index.js';
import { BodiesTab } from './BodiesTab.js';
import { CatalogueTab } from './CatalogueTab.js';
import { useRT } from './i18n.js';
import { OfficersTab } from './OfficersTab.js';
import { SettingsTab } from './SettingsTab.js';

const TABS = ['bodies', 'officers', 'settings', 'catalogue'] as const;

/** 执法主体与人员: bodies, officers, the coordinator's settings and the major-decision catalogue, one tab each. */
export default function BodiesPage() {
  const rt = useRT();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'bodies';
  const content = {
    bodies: <BodiesTab />,
    officers: <OfficersTab />,
    settings: <SettingsTab />,
    catalogue: <CatalogueTab />,
  };
  return (
    <>
      <PageHeader title={rt('bodies.title')} subTitle={rt('bodies.subtitle')} />
      <Card size="small">
        <Tabs
          activeKey={tab}
          destroyOnHidden
          onChange={(key) => setParams({ tab: key })}
          items={TABS.map((key) => ({ key, label: rt(`tabs.${key}`), children: content[key] }))}
        />
      </Card>
    </>
  );
}
