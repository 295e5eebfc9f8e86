export * from './define-metric.js';
export {
  computeMetric,
  metricRecords,
  metricScopeFor,
  resolvePeriod,
  type MetricAnswer,
} from './metric-service.js';
export { metricRoutes } from './routes.js';
export { metricsCli } from './cli.js';
export { metricScopeCondition } from './scope-sql.js';
export {
  findYearsWithRecords,
  mountRecordYearsRoute,
  recordYears,
  yearOf,
  type YearSource,
} from './record-years.js';
export * from './annual/index.js';
export * from './imported-figures/index.js';
