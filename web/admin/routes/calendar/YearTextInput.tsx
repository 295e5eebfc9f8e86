import { InboxOutlined } from '@ant-design/icons';
import { Button, Input, Upload } from 'antd';
import { useState } from 'react';
import { useT } from '../../../common/i18n.js';

interface YearTextInputProps {
  mode: 'file' | 'paste';
  /** Called with the file's or the pasted text, to be parsed. */
  onText: (text: string) => void;
}

/** The year data as a YAML / JSON file dropped in, or as pasted text. */
export function YearTextInput({ mode, onText }: YearTextInputProps) {
  const t = useT();
  const [text, setText] = useState('');
  if (mode === 'file') {
    return (
      <Upload.Dragger
        accept=".yaml,.yml,.json"
        maxCount={1}
        beforeUpload={(file) => {
          void file.text().then(onText);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('calendar.load.fileHint')}</p>
      </Upload.Dragger>
    );
  }
  return (
    <>
      <Input.TextArea
        rows={10}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('calendar.load.pasteHint')}
        style={{ fontFamily: 'monospace' }}
      />
      <Button style={{ marginTop: 8 }} disabled={!text.trim()} onClick={() => onText(text)}>
        {t('calendar.load.parse')}
      </Button>
    </>
  );
}
