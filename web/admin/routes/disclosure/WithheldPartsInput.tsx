import { Button, Flex, Input, Select } from 'antd';
import type { WithheldPart } from '../../../../common/contracts/disclosure/outcomes.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { withheldGroundOptions } from '../../../common/disclosure/labels.js';
import '../../../common/disclosure/messages.js';

type Row = { part: string; ground?: WithheldPart['ground'] };

export interface WithheldPartsInputProps {
  id?: string;
  value?: Row[];
  onChange?: (value: Row[]) => void;
}

const NS = 'disclosure.transition.withheld';

/**
 * The withheld parts of a partial reply (部分公开), one row each: what is withheld and on which ground
 * (条例 第三十七条 with 第十四、十五、十六条). Starts with one empty row.
 */
export function WithheldPartsInput({ id, value, onChange }: WithheldPartsInputProps) {
  const t = useT();
  const { locale } = useLocale();
  const rows = value?.length ? value : [{ part: '' }];
  const set = (i: number, patch: Partial<Row>) =>
    onChange?.(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Flex id={id} vertical gap={8} data-testid="withheld-parts">
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
        <Flex key={i} gap={8}>
          <Input
            aria-label={`${t(`${NS}.part`)} ${i + 1}`}
            placeholder={t(`${NS}.part`)}
            value={row.part}
            maxLength={500}
            onChange={(e) => set(i, { part: e.target.value })}
          />
          <Select
            aria-label={`${t(`${NS}.ground`)} ${i + 1}`}
            placeholder={t(`${NS}.ground`)}
            value={row.ground}
            options={withheldGroundOptions(locale)}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(ground) => set(i, { ground })}
            style={{ width: 300, flexShrink: 0 }}
            popupMatchSelectWidth={false}
          />
          <Button disabled={rows.length === 1} onClick={() => onChange?.(rows.filter((_, j) => j !== i))}>
            {t(`${NS}.remove`)}
          </Button>
        </Flex>
      ))}
      <Button type="dashed" onClick={() => onChange?.([...rows, { part: '' }])}>
        {t(`${NS}.add`)}
      </Button>
    </Flex>
  );
}
