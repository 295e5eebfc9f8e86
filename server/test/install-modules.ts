/**
 * Vitest setup: registers the kernel's and every installed module's declarations, as boot does, so a test
 * that calls a service without building the app sees the same permissions, clocks and metrics.
 */
import { installedModules } from '../modules/index.js';
import { installModules } from '../platform/install-modules.js';

installModules(installedModules);
