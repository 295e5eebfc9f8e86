import JSZip from 'jszip';
import { FONT } from './gbt9704.js';

// Word substitutes a missing font by its entry in word/fontTable.xml: the altName first, then the charset,
// family and pitch (ECMA-376 §17.8.3). docx writes an empty table, so the entries are added after packing.
// 86 = GB2312 charset. LibreOffice ignores altName and uses its own replacement table (decision 0032).
const FALLBACKS: { name: string; altName?: string; family: 'roman' | 'modern' | 'swiss' | 'script' }[] = [
  { name: FONT.body, altName: '仿宋', family: 'modern' },
  { name: FONT.heading2, altName: '楷体', family: 'script' },
  { name: FONT.title, altName: '宋体', family: 'roman' },
  { name: FONT.heading1, family: 'modern' },
  { name: FONT.pageNumber, family: 'roman' },
  { name: '仿宋', altName: 'FangSong', family: 'modern' },
  { name: '楷体', altName: 'KaiTi', family: 'script' },
];

function fontEntry(f: (typeof FALLBACKS)[number]): string {
  const alt = f.altName ? `<w:altName w:val="${f.altName}"/>` : '';
  return `<w:font w:name="${f.name}">${alt}<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="fixed"/></w:font>`;
}

/** Adds the Chinese fonts with their substitutes to the font table of a packed .docx. */
export async function withFontFallbacks(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/fontTable.xml');
  if (!file) return docx;
  const xml = await file.async('string');
  const entries = FALLBACKS.map(fontEntry).join('');
  const empty = /<w:fonts([^>]*?)\/>/;
  const filled = empty.test(xml)
    ? xml.replace(empty, `<w:fonts$1>${entries}</w:fonts>`)
    : xml.replace('</w:fonts>', `${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', filled);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
