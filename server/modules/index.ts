import type { ModuleManifest } from '../platform/modules.js';
import { disclosureModule } from './disclosure/index.js';
import { enforcementModule } from './enforcement/index.js';
import { petitionsModule } from './petitions/index.js';
import { powersModule } from './powers/index.js';
import { reportsModule } from './reports/index.js';

/** The installed business modules, in dependency order (demo data loads in this order). */
export const installedModules: readonly ModuleManifest[] = [
  powersModule,
  disclosureModule,
  enforcementModule,
  petitionsModule,
  // Last: its demo writes the reports of the figures the modules above compute.
  reportsModule,
];
