import { PROACTIVE_CATEGORIES } from '../../../../../common/contracts/disclosure/proactive.js';

/** The catalogue's category names: the short names of 条例 第二十条、第二十一条 (legal terms, zh-CN). */
export function categoryLabel(code: string): string {
  return PROACTIVE_CATEGORIES.find((c) => c.code === code)?.short ?? code;
}
