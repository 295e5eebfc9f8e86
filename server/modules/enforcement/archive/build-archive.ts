import JSZip from 'jszip';
import type { Ctx } from '../../../platform/context.js';
import { buildIndexWorkbook, type EvidenceEntry } from './index-workbook.js';
import { type CaseArchiveData, loadCaseArchive } from './load-archive.js';
import { readmeText, sha256SumsText } from './readme.js';
import { partyRedactor } from './redact.js';

export interface CaseArchive {
  fileName: string;
  buffer: Buffer;
}

/** A name safe in a .zip on every system: no control characters, separators or reserved characters. */
export function safeFileName(name: string): string {
  const visible = [...name].map((ch) => (ch.charCodeAt(0) < 32 || ch === '\u007f' ? '_' : ch)).join('');
  const cleaned = visible
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const chars = [...(cleaned || '文件')];
  return chars.length > 100 ? chars.slice(-100).join('') : chars.join('');
}

/** evidence/01-<name>, numbered in evidence order (two digits, more when there are 100 or more files). */
export function evidenceEntries(names: string[]): EvidenceEntry[] {
  const width = Math.max(2, String(names.length).length);
  return names.map((n, i) => ({ path: `evidence/${String(i + 1).padStart(width, '0')}-${safeFileName(n)}` }));
}

const chinaTime = (d: Date) =>
  `${new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')}（北京时间）`;

async function zipArchive(
  data: CaseArchiveData,
  entries: EvidenceEntry[],
  parts: { index: Buffer; readme: string; sums: string; at: Date },
): Promise<Buffer> {
  const zip = new JSZip();
  const date = parts.at;
  zip.file('README.txt', parts.readme, { date });
  zip.file('index.xlsx', parts.index, { date });
  zip.file('SHA256SUMS.txt', parts.sums, { date });
  data.evidence.forEach((e, i) => {
    // Photos and videos are compressed already: stored as is, which also keeps the build fast.
    zip.file(entries[i]!.path, e.content, { date, compression: 'STORE', binary: true });
  });
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'UNIX',
  });
}

/**
 * The whole record of one case as a .zip a reviewer can read without the system (全过程记录,
 * 《行政处罚法》第四十七条; 国办发〔2018〕118号): index.xlsx, the evidence files byte for byte, their SHA-256
 * sums, and a README on checking them.
 */
export async function buildCaseArchive(ctx: Ctx, id: string): Promise<CaseArchive> {
  const data = await loadCaseArchive(ctx, id);
  const redact = partyRedactor(data.row, data.showContact);
  const entries = evidenceEntries(data.evidence.map((e) => redact(e.fileName)));
  const generatedAt = chinaTime(ctx.now);
  const generatedBy = ctx.actor?.displayName ?? '';
  const index = await buildIndexWorkbook({ data, entries, generatedAt, generatedBy, redact });
  const files = data.evidence.map((e, i) => ({
    entry: entries[i]!,
    sha256: e.sha256,
    sizeBytes: e.sizeBytes,
  }));
  const readme = readmeText({
    caseNumber: data.row.caseNumber,
    orgUnitName: data.orgUnitName,
    generatedAt,
    generatedBy,
    files,
  });
  const buffer = await zipArchive(data, entries, { index, readme, sums: sha256SumsText(files), at: ctx.now });
  return { fileName: `执法案件档案-${safeFileName(data.row.caseNumber)}.zip`, buffer };
}
