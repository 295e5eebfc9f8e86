import { z } from 'zod';
import { ROLES } from '../context.js';
import { ORG_UNIT_TYPES } from './schema.js';
import { ImportResult } from '../../../common/contracts/kit.js';

// The org/auth API contract (server-side for now; the web reads these shapes through its own types).

export const OrgUnitType = z.enum(ORG_UNIT_TYPES);
export const RoleEnum = z.enum(ROLES);

export const OrgUnitResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  /** 发文机关代字 as set; null means the default derived from the short name is used. */
  documentPrefix: z.string().nullable(),
  type: OrgUnitType,
  parentId: z.string().nullable(),
  districtId: z.string(),
  sortOrder: z.number(),
});

export const OrgUnitListQuery = z.object({
  type: OrgUnitType.optional(),
  parentId: z.uuid().optional(),
});

export const IdParams = z.object({ id: z.string().max(64) });

export const CreateOrgUnitBody = z
  .object({
    code: z.string().trim().min(1).max(64),
    name: z.string().trim().min(1).max(100),
    shortName: z.string().trim().max(50).optional(),
    documentPrefix: z.string().trim().max(10).optional(),
    type: OrgUnitType,
    parentId: z.uuid().optional(),
    parentCode: z.string().max(64).optional(),
    sortOrder: z.number().int().optional(),
  })
  .refine((b) => b.parentId || b.parentCode, { message: '请指定上级机构', path: ['parentId'] });

/** Sets the organ's 发文机关代字 (GB/T 9704-2012 §7.2.4); null goes back to the derived default. */
export const DocumentPrefixBody = z.object({
  documentPrefix: z.string().trim().min(1, '请填写发文机关代字').max(10).nullable(),
});
/** The 代字 in force and the unit's row version, sent back in If-Match (decision 0022). */
export const DocumentPrefixResponse = z.object({ documentPrefix: z.string(), version: z.number().int() });
/** The issuing organs of the district (district, departments, enforcement bodies) and their 代字. */
export const DocumentPrefixList = z.object({
  units: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      type: OrgUnitType,
      /** As set; null when the derived default applies. */
      documentPrefix: z.string().nullable(),
      /** The 代字 numbers are issued with now (set or derived). */
      inForce: z.string(),
      version: z.number().int(),
    }),
  ),
});

export interface OrgTreeNodeShape {
  id: string;
  code: string;
  name: string;
  type: z.infer<typeof OrgUnitType>;
  children: OrgTreeNodeShape[];
}
export const OrgTreeNode: z.ZodType<OrgTreeNodeShape> = z
  .lazy(() =>
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      type: OrgUnitType,
      children: z.array(OrgTreeNode),
    }),
  )
  .meta({ id: 'OrgTreeNode' }); // recursive: OpenAPI needs it as a named component

/** Which district's departments; the install's own district when omitted. */
export const PortalDepartmentsQuery = z.object({ district: z.string().max(64).optional() });

export const PortalDepartmentsResponse = z.object({
  departments: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), type: OrgUnitType })),
});

export const UserResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleEnum,
  roleLabel: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  isActive: z.boolean(),
  isDemoPassword: z.boolean(),
  /** Until when the login throttle makes the name wait (from some address or all); null when it does not. */
  throttledUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});

export const CreateUserBody = z.object({
  username: z.string().trim().min(1).max(32),
  displayName: z.string().trim().min(1).max(50),
  role: RoleEnum,
  orgUnitId: z.uuid(),
  password: z.string().min(1).max(200),
});

/** Enables or disables an account (the users screen). */
export const UserActivationBody = z.object({ isActive: z.boolean() });

export const LoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(200),
});

export const ChangePasswordBody = z.object({
  current: z.string().min(1).max(200),
  next: z.string().min(1).max(200),
});

export const MeResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: RoleEnum,
    roleLabel: z.string(),
    orgUnit: z.object({ id: z.string(), name: z.string(), type: OrgUnitType }),
    locale: z.string(),
    isDemoPassword: z.boolean(),
    mustChangePassword: z.boolean(),
  }),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
});

export const OkResponse = z.object({ ok: z.boolean() });

/**
 * The first-run set-up screen's form: loose shapes on purpose, so that the service lists every bad field in
 * zh-CN at once (first-run.ts) rather than the schema stopping at the first.
 */
export const SetUpDistrictBody = z.object({
  name: z.string().max(100),
  code: z.string().max(40),
  units: z
    .array(
      z.object({
        code: z.string().max(64),
        name: z.string().max(100),
        type: z.string().max(32),
        parentCode: z.string().max(64).optional(),
      }),
    )
    .max(500, '一次最多 500 个机构，其余请用机构导入')
    .default([]),
});

/** Whether the install's district still waits for its name (the coordinator then sees the set-up screen). */
export const SetUpStatusResponse = z.object({
  isSetUpNeeded: z.boolean(),
  district: z.object({ name: z.string(), code: z.string() }),
});

/** The 人员 import's answer: the usual counts, and each new account's one-time password, shown this once. */
export const UserImportResult = ImportResult.extend({
  oneTimePasswords: z.array(
    z.object({ username: z.string(), displayName: z.string(), password: z.string() }),
  ),
});
