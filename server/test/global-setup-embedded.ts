export { embedded as default } from './global-setup.js';
