/** The request use cases (one file each); routes, the CLI and the demo call them from here. */
export { type ClockView, replyClocksOf, requestClocks } from './clocks.js';
export {
  findRequests,
  findRequestsForExport,
  type RequestFilters,
  type RequestListItem,
} from './find-requests.js';
export { fireRequestTransition, requestTransitions } from './fire-transition.js';
export { getRequest, type RequestDetailData } from './get-request.js';
export type { RequestWithUnit } from './records.js';
export { registerRequest } from './register-request.js';
export { type OnlineSubmission, portalDepartments, submitOnlineRequest } from './submit-online.js';
export { type TrackedRequest, trackRequest } from './track-request.js';
