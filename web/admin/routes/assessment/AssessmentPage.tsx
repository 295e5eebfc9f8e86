import { Select, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { Board } from './Board.js';
import { GapsTab } from './GapsTab.js';
import { TreeTab } from './TreeTab.js';
import './messages.js';

const TABS = ['board', 'tree', 'gaps'] as const;

/** 考评: the leader's scoreboard, the tree with formulas and hand scores, the gap list; year and tab in the URL. */
export default function AssessmentPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const thisYear = dayjs().year();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2019 && asked <= thisYear ? asked : thisYear;
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'board';
  const set = (patch: Record<string, string>) => setParams({ year: String(year), tab, ...patch });
  return (
    <>
      <PageHeader
        title={t('assessment.title')}
        subTitle={t('assessment.subtitle')}
        extra={
          <Select
            aria-label={t('assessment.year')}
            value={year}
            style={{ width: 110 }}
            onChange={(y) => set({ year: String(y) })}
            options={Array.from({ length: thisYear - 2018 }, (_, k) => ({
              value: thisYear - k,
              label: String(thisYear - k),
            }))}
          />
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k })}
        items={[
          { key: 'board', label: t('assessment.tabs.board'), children: <Board year={year} /> },
          { key: 'tree', label: t('assessment.tabs.tree'), children: <TreeTab year={year} /> },
          { key: 'gaps', label: t('assessment.tabs.gaps'), children: <GapsTab year={year} /> },
        ]}
      />
    </>
  );
}
