export * from './schema/cases.js';
export * from './schema/inspections.js';
export * from './schema/registry.js';
