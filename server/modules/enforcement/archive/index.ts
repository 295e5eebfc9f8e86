/** 全过程记录: the case archive (.zip with index.xlsx and the evidence files). */
export { buildCaseArchive, type CaseArchive } from './build-archive.js';
export { archiveRoutes } from './routes.js';
