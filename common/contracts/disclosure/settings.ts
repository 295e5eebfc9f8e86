import { z } from '../zod-setup.js';
import { FEE_METHOD_CODES } from './dictionaries.js';

/**
 * The district's disclosure settings, set by the coordinator: the fee method the organ chose (国办函〔2020〕109号
 * 第三条). A fee notice by the other method then needs a written reason (decision 0018 §7).
 */
export const DisclosureSettingsBody = z.object({
  feeMethod: z.enum(FEE_METHOD_CODES, { message: '请选择本区的信息处理费计收方式（按件或按量）' }),
});
export type DisclosureSettingsBody = z.input<typeof DisclosureSettingsBody>;

export const DisclosureSettingsOut = z.object({
  /** null while the coordinator has not chosen: the officer picks on each notice. */
  feeMethod: z.enum(FEE_METHOD_CODES).nullable(),
  isSet: z.boolean(),
  /** Row version (0 before the first choice), sent back in If-Match (decision 0022). */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type DisclosureSettingsOut = z.infer<typeof DisclosureSettingsOut>;
