import type { CliRegistrar } from '../../platform/modules.js';

/** `fazhi import disclosure-requests <file>` and `fazhi export disclosure-requests --out <file>`. */
export const disclosureCli: CliRegistrar = () => {};
