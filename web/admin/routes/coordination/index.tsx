import { lazyRoutes } from '../../../common/lazy-routes.js';

/** 工作要点督办 and 法治建设委员会 pages (relative to the app root). */
export const routes = lazyRoutes({
  'coordination/tasks': () => import('./BoardPage.js'),
  'coordination/tasks/:id': () => import('./TaskPage.js'),
  'coordination/committee': () => import('./CommitteePage.js'),
  'coordination/meetings/:id': () => import('./MeetingPage.js'),
});

/** Where the workbench opens a task's reminders and clocks. */
export const recordLinks = { coordination_task: '/coordination/tasks/:id' };
