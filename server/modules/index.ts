import type { ModuleManifest } from '../platform/modules.js';
import { correctionsModule } from './corrections/index.js';
import { disclosureModule } from './disclosure/index.js';
import { enforcementModule } from './enforcement/index.js';
import { litigationModule } from './litigation/index.js';
import { legalAffairsModule } from './legal-affairs/index.js';
import { mediationModule } from './mediation/index.js';
import { normativeDocsModule } from './normative-docs/index.js';
import { petitionsModule } from './petitions/index.js';
import { powersModule } from './powers/index.js';
import { proposalsModule } from './proposals/index.js';
import { reconsiderationModule } from './reconsideration/index.js';
import { reportsModule } from './reports/index.js';

/** The installed business modules, in dependency order (demo data loads in this order). */
export const installedModules: readonly ModuleManifest[] = [
  powersModule,
  disclosureModule,
  enforcementModule,
  // Before the reviewing modules (reconsideration, litigation): their decisions open corrective tasks.
  correctionsModule,
  litigationModule,
  proposalsModule,
  legalAffairsModule,
  reconsiderationModule,
  mediationModule,
  petitionsModule,
  normativeDocsModule,
  // Last: its demo writes the reports of the figures the modules above compute.
  reportsModule,
];
