/** The org tree and the accounts as sheets (机构导入, 人员导入): the columns a district fills in at first run. */
import { defineLedger } from '../io/ledger.js';
import { ROLE_LABELS } from './policy.js';
import { ORG_UNIT_TYPE_LABELS } from './org-service.js';

/** One unit of the 机构 sheet; the parent by its code (blank: directly under the district). */
export interface UnitLedgerRow {
  code: string;
  name: string;
  type: string;
  parentCode: string | null;
}

/** One account of the 人员 sheet; the unit by its code. No password column: each gets a one-time password. */
export interface UserLedgerRow {
  username: string;
  displayName: string;
  role: string;
  unitCode: string;
}

// Only the first-run set-up names a district; a sheet adds what sits under it.
const { district: _district, ...unitTypesUnderDistrict } = ORG_UNIT_TYPE_LABELS;

export const unitLedger = defineLedger<UnitLedgerRow>({
  key: 'org.units',
  sheetName: '机构',
  columns: [
    {
      key: 'code',
      header: '机构代码',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 64,
      example: 'D01',
    },
    { key: 'name', header: '机构名称', type: 'string', required: true, maxLength: 100, example: '区司法局' },
    {
      key: 'type',
      header: '机构类型',
      type: 'enum',
      required: true,
      dict: unitTypesUnderDistrict,
      example: '部门',
    },
    {
      key: 'parentCode',
      header: '上级机构代码',
      type: 'string',
      maxLength: 64,
      example: 'S01',
      note: '留空即直属本区；上级须已在系统中，或列在本表的上方行',
    },
  ],
});

export const userLedger = defineLedger<UserLedgerRow>({
  key: 'org.users',
  sheetName: '人员',
  columns: [
    {
      key: 'username',
      header: '用户名',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 32,
      example: 'zhang.wei',
      note: '以字母开头，3–32 位小写字母、数字、下划线、点或连字符',
    },
    { key: 'displayName', header: '姓名', type: 'string', required: true, maxLength: 50, example: '张伟' },
    { key: 'role', header: '角色', type: 'enum', required: true, dict: ROLE_LABELS, example: '部门工作人员' },
    {
      key: 'unitCode',
      header: '所在机构代码',
      type: 'string',
      required: true,
      maxLength: 64,
      example: 'D01',
      note: '本区机构的代码（可为行政区代码）；导入后每人获得一次性密码，首次登录须修改',
    },
  ],
});
