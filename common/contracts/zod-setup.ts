import { z } from 'zod';

/** Validation messages in the users' language, on the server and in forms alike. */
z.config(z.locales.zhCN());

export { z };
