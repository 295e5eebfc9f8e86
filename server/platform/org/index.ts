export { authRoutes } from './auth-routes.js';
export {
  bootstrapCoordinator,
  refuseDemoPasswordsInProduction,
  type BootstrapInput,
  type BootstrapResult,
} from './bootstrap.js';
export { orgCli } from './cli.js';
export { defaultDistrictId } from './default-district.js';
export {
  activeDemoAccounts,
  demoAccounts,
  demoOrgData,
  loadDemoOrg,
  type DemoAccount,
  type DemoOrgResult,
} from './demo.js';
export {
  createOrgUnit,
  findDistricts,
  findOrgUnits,
  getOrgUnit,
  getOrgUnitByCode,
  ORG_UNIT_TYPE_LABELS,
  orgTree,
  type CreateOrgUnitInput,
  type OrgTreeNode,
  type OrgUnit,
  type OrgUnitFilter,
} from './org-service.js';
export { checkPasswordPolicy, generateStrongPassword, PASSWORD_MIN_LENGTH } from './password-policy.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { DEFAULT_THROTTLE, type ThrottleSettings } from './login-throttle.js';
export { orgPermissions, ROLE_LABELS } from './policy.js';
export { orgRoutes } from './routes.js';
export { loginThrottles, ORG_UNIT_TYPES, type OrgUnitType, orgUnits, sessions, users } from './schema.js';
export {
  hashSessionToken,
  login,
  logout,
  purgeExpiredSessions,
  resolveSession,
  SESSION_COOKIE,
  type LoginInput,
  type LoginResult,
  type ResolvedSession,
  type SessionTiming,
} from './sessions.js';
export {
  changePassword,
  countUsers,
  createUser,
  findUsers,
  findUsersOfDistrict,
  hasDemoPasswords,
  resetPassword,
  setUserActive,
  unlockUser,
  type CreateUserInput,
  type UserRef,
  type UserView,
} from './user-service.js';
export { actingUser } from './acting-user.js';
