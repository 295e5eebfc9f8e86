export * from './schema/proactive.js';
export * from './schema/requests.js';
export * from './schema/settings.js';
