export {
  blankLine,
  bodyParagraph,
  buildOfficialDocument,
  chineseDate,
  headingParagraph,
  mm,
  type OfficialDocument,
  run,
} from './official-document.js';
