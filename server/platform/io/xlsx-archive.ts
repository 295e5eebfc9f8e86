/**
 * Prepares an uploaded .xlsx for the streaming reader: refuses a zip that inflates beyond the budget (a
 * 0.5 MB zip bomb inflated to 500 MB: issue #11), and puts the parts the worksheets depend on (relations,
 * workbook, shared strings, styles) before the worksheets. exceljs 4.4 defers a worksheet met before the shared
 * strings to a temporary file and can finish without them (issues #683, #3064: every text cell empty, a valid
 * ledger refused with 未找到表头行); in this order that path is never taken.
 */
import JSZip from 'jszip';

/** Inflated bytes one import may read: far above any real ledger (200 000 rows ≈ 120 MB of sheet XML). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 2000;

export class XlsxTooLargeError extends Error {}

const FIRST = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\//,
  /^xl\/_rels\//,
  /^xl\/workbook\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
];
const rank = (name: string) => {
  const i = FIRST.findIndex((re) => re.test(name));
  return i === -1 ? FIRST.length : i;
};

/** The archive in streaming order (the same bytes when it already is); throws XlsxTooLargeError over budget. */
export async function inStreamingOrder(file: Buffer, budget = MAX_INFLATED_BYTES): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  if (names.length > MAX_ENTRIES) throw new XlsxTooLargeError(`entries ${names.length}`);
  const ordered = [...names].sort((a, b) => rank(a) - rank(b));
  const inOrder = ordered.every((name, i) => name === names[i]);
  const out = new JSZip();
  let inflated = 0;
  for (const name of ordered) {
    const chunks: Buffer[] = [];
    await inflate(zip.file(name)!, (chunk) => {
      inflated += chunk.length;
      if (inflated > budget) throw new XlsxTooLargeError(`inflated beyond ${budget} bytes`);
      if (!inOrder) chunks.push(chunk);
    });
    if (!inOrder) out.file(name, Buffer.concat(chunks));
  }
  return inOrder ? file : out.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** Inflates one entry chunk by chunk; `onChunk` may throw to stop at once. */
function inflate(entry: JSZip.JSZipObject, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        try {
          onChunk(chunk);
        } catch (error) {
          stream.pause();
          reject(error);
        }
      })
      .on('error', reject)
      .on('end', () => resolve());
  });
}
