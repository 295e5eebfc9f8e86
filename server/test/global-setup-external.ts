export { external as default } from './global-setup.js';
