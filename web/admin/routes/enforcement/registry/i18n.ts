import { type Translate, useT } from '../../../../common/i18n.js';
import './messages.js';

/** The message namespace of the registry screens. */
export const NS = 'enforcement.registry';

/** `t` for this folder's keys: `rt('bodies.title')` reads `enforcement.registry.bodies.title`. */
export function useRT(): Translate {
  const t = useT();
  return (key, vars) => t(`${NS}.${key}`, vars);
}
