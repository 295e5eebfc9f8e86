import JSZip from 'jszip';

/** Every XML part of a .docx by its path in the package (word/document.xml, word/footer1.xml, …), for tests. */
export async function readDocxParts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(file.name)) continue;
    parts[file.name] = await file.async('string');
  }
  return parts;
}
