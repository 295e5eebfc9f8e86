import { Segmented } from 'antd';
import { type Locale, useLocale, useT } from '../i18n.js';

/** 中文 / English toggle; the choice is remembered in this browser. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <Segmented<Locale>
      size={size}
      value={locale}
      onChange={setLocale}
      options={[
        { value: 'zh-CN', label: t('common.language.zh') },
        { value: 'en-US', label: t('common.language.en') },
      ]}
    />
  );
}
