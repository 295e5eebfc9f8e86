/** The kernel pieces the petitions services read clocks and steps through (one import site). */
export { findLatestClocks } from '../../../platform/clocks/index.js';
export {
  clockViews,
  findProcedureSteps,
  presentActions,
  presentClock,
  presentStep,
  withUrgency,
} from '../../../platform/procedures/index.js';
