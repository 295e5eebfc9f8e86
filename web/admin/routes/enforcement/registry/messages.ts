import { registerMessages } from '../../../../common/i18n.js';
import { enUS } from './messages-en.js';
import { zhCN } from './messages-zh.js';

/** The registry screens' texts under `enforcement.registry.*` (see i18n.ts). */
registerMessages('enforcement.registry', { 'zh-CN': zhCN, 'en-US': enUS });
