import { z } from 'zod';
import { validationFailed } from '../errors.js';

const zhCN = z.locales.zhCN();

/**
 * Validates a transition's form with its zod schema; failures list each field with a zh-CN message
 * (messages a module writes into its schema win over the generic ones). Without a form, nothing is kept.
 */
export function parseInput(schema: z.ZodType | undefined, raw: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(raw, { error: zhCN.localeError });
  if (result.success) return result.data;
  throw validationFailed(
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}
