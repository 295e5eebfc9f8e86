export {
  type AllocatedDocumentNumber,
  allocateDocumentNumber,
  type DocumentNumberRequest,
  documentPrefixOf,
  noteIssuedDocumentNumber,
  setDocumentPrefix,
} from './allocate.js';
export {
  type DocumentKind,
  defaultDocumentPrefix,
  defineDocumentKind,
  formatDocumentNumber,
  isValidDocumentPrefix,
  parseDocumentNumber,
} from './numbering.js';
export { documentNumberCounters } from './schema.js';
