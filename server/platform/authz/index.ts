export {
  assertCan,
  can,
  definePermissions,
  permissionDef,
  permissionsOf,
  type PermissionDef,
} from './permissions.js';
export { isDistrictWide, isInScope, orgScope } from './scope.js';
