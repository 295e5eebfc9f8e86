export {
  assertCan,
  can,
  definePermissions,
  isDeclaredPermission,
  permissionDef,
  permissionsOf,
  type PermissionDef,
  type PermissionSet,
  registerPermissions,
} from './permissions.js';
export { isDistrictWide, isInScope, orgScope } from './scope.js';
