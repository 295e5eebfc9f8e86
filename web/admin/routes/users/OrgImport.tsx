import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../common/api.js';
import { ImportButton, type ImportResult } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import './messages.js';

interface OneTimePassword {
  username: string;
  displayName: string;
  password: string;
}

const UNITS = '/org/units';
const PEOPLE = '/users';

/**
 * The org tree (机构) and the people (人员) from .xlsx, each with its template, for the coordinator: the
 * 用户管理 page and the first-run set-up screen. New accounts' one-time passwords are shown once, here.
 */
export function OrgImportButtons({ onImported }: { onImported?: () => void }) {
  const t = useT();
  const [passwords, setPasswords] = useState<OneTimePassword[] | null>(null);
  const template = (path: string) => () => void api.download(`${path}/import-template`);
  const peopleImported = (_count: number, result: ImportResult) => {
    const opened = (result.oneTimePasswords ?? []) as OneTimePassword[];
    if (opened.length > 0) setPasswords(opened);
    onImported?.();
  };
  return (
    <Flex gap={8} wrap>
      <ImportButton
        path={`${UNITS}/import`}
        label={t('users.import.units')}
        onImported={() => onImported?.()}
      />
      <Button icon={<DownloadOutlined />} onClick={template(UNITS)}>
        {t('users.import.unitsTemplate')}
      </Button>
      <ImportButton path={`${PEOPLE}/import`} label={t('users.import.people')} onImported={peopleImported} />
      <Button icon={<DownloadOutlined />} onClick={template(PEOPLE)}>
        {t('users.import.peopleTemplate')}
      </Button>
      <OneTimePasswordsModal passwords={passwords} onClose={() => setPasswords(null)} />
    </Flex>
  );
}

/** The new accounts and their one-time passwords: the only time anyone sees them (the server keeps a hash). */
function OneTimePasswordsModal(props: { passwords: OneTimePassword[] | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open={props.passwords !== null}
      title={t('users.import.passwordsTitle', { count: props.passwords?.length ?? 0 })}
      onOk={props.onClose}
      onCancel={props.onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('users.import.passwordsDone')}
      maskClosable={false}
      width={640}
    >
      <Alert type="warning" showIcon title={t('users.import.passwordsOnce')} style={{ marginBottom: 12 }} />
      <Table<OneTimePassword>
        size="small"
        rowKey="username"
        dataSource={props.passwords ?? []}
        pagination={false}
        scroll={{ x: 460, y: 360 }}
        columns={[
          { title: t('users.import.name'), dataIndex: 'displayName', width: 100 },
          { title: t('users.username'), dataIndex: 'username', width: 130 },
          {
            title: t('users.import.password'),
            dataIndex: 'password',
            render: (p: string) => (
              <Typography.Text code copyable>
                {p}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Modal>
  );
}
