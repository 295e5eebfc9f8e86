import { lazyRoutes } from '../../../common/lazy-routes.js';

/** 纠错整改 pages (relative to the app root). */
export const routes = lazyRoutes({
  'corrections/tasks': () => import('./TaskListPage.js'),
  'corrections/tasks/:id': () => import('./TaskPage.js'),
});

/** Where the workbench opens a task's reminders. */
export const recordLinks = { corrective_task: '/corrections/tasks/:id' };
