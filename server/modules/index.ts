import { dictLabel } from '../../common/contracts/dictionary.js';
import { TASK_STATES } from '../../common/contracts/coordination.js';
import type { ModuleManifest } from '../platform/modules.js';
import { assessment, assessmentModule } from './assessment/index.js';
import { coordination, coordinationModule } from './coordination/index.js';
import { correctionsModule } from './corrections/index.js';
import { decisionsModule } from './decisions/index.js';
import { disclosureModule } from './disclosure/index.js';
import { enforcementModule } from './enforcement/index.js';
import { legalEducationModule } from './legal-education/index.js';
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
  // After legal-affairs: its legality reviews are legal-affairs matters with advisers from its roster.
  decisionsModule,
  reconsiderationModule,
  mediationModule,
  petitionsModule,
  normativeDocsModule,
  // After proposals (its task page lists the items linked to a task) and the modules its tasks cite.
  coordinationModule,
  // After powers and enforcement: its responsibility lists are generated from their records.
  legalEducationModule,
  // After the modules whose metrics it scores (it reads them through the metric registry only).
  assessmentModule,
  // Last: its demo writes the reports of the figures the modules above compute.
  reportsModule,
];

// The assessment's gap list names the work-plan tasks that address an indicator (decision 0051 §6); the two
// modules know nothing of each other, so the wiring lives here.
assessment.addTaskProvider(async (ctx, code, year) =>
  (await coordination.tasksAddressingIndicator(ctx, code, year)).map((task) => ({
    module: 'coordination',
    id: task.id,
    title: task.title,
    unit: task.unit,
    status: dictLabel(TASK_STATES, task.status, 'zh-CN'),
    statusEn: dictLabel(TASK_STATES, task.status, 'en-US'),
    dueOn: task.dueOn,
    path: task.path,
  })),
);
