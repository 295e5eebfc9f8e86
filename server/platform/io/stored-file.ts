/**
 * Serving a file someone uploaded (evidence). The type the uploader's browser claimed is not trusted: a file
 * sent as text/html would run as a page of Fazhi, with the viewer's session (issue #11). The type is read
 * from the bytes, and the file is always an attachment that the browser may not re-sniff.
 */
import type { FastifyReply } from 'fastify';
import { contentDisposition } from './http.js';

const OCTET_STREAM = 'application/octet-stream';

// Magic numbers of the formats evidence arrives in; everything else is served as bytes.
const SIGNATURES: readonly { type: string; bytes: readonly number[]; offset?: number }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { type: 'image/webp', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 }, // RIFF….WEBP
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'video/mp4', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 }, // ….ftyp
  { type: 'audio/mpeg', bytes: [0x49, 0x44, 0x33] }, // ID3
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // .docx, .xlsx, .zip
  { type: 'application/x-ole-storage', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // .doc, .xls
];

/** The content type the bytes show, or application/octet-stream. */
export function sniffContentType(content: Buffer): string {
  const hit = SIGNATURES.find(({ bytes, offset = 0 }) => bytes.every((b, i) => content[offset + i] === b));
  return hit?.type ?? OCTET_STREAM;
}

/** Sends an uploaded file back: as an attachment, its type sniffed from its bytes, `nosniff`, not cached. */
export function sendStoredFile(
  reply: FastifyReply,
  file: { fileName: string; content: Buffer; sha256?: string },
): FastifyReply {
  reply
    .header('content-type', sniffContentType(file.content))
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store');
  if (file.sha256) reply.header('x-content-sha256', file.sha256);
  return reply.send(file.content);
}
