import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { isPdfAvailable, renderPdf } from './pdf.js';

// The PATH is the real switch: a directory with or without an executable named soffice. The stand-ins are
// shell scripts that behave like `soffice --convert-to pdf --outdir DIR FILE` (or fail, or hang), so the
// plumbing — arguments, temporary directory, clean-up, timeout — is tested without LibreOffice installed.
const realLibreOffice = isPdfAvailable();
const originalPath = process.env.PATH;
let bin: string;

async function installSoffice(body: string): Promise<string> {
  const log = join(bin, 'calls.log');
  // The script's own PATH: the test's PATH holds only this directory.
  const script = `#!/bin/sh\nPATH=/usr/bin:/bin\necho "$@" > "${log}"\n${body}\n`;
  await writeFile(join(bin, 'soffice'), script);
  await chmod(join(bin, 'soffice'), 0o755);
  return log;
}

// Writes "%PDF-stand-in" followed by the input's bytes to OUTDIR/<input name>.pdf, as soffice names its output.
const CONVERTS = `
out=""; in=""
while [ $# -gt 0 ]; do
  case "$1" in --outdir) out="$2"; shift ;; -*|pdf) ;; *) in="$1" ;; esac
  shift
done
{ printf '%%PDF-stand-in '; cat "$in"; } > "$out/$(basename "$in" .docx).pdf"`;

/** Alive and not a zombie: a killed child of the killed launcher waits as a zombie until init reaps it. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const outdirOf = (log: string) =>
  readFile(log, 'utf8').then((line) => line.match(/--outdir (\S+)/)?.[1] ?? '');

describe('renderPdf', () => {
  beforeEach(async () => {
    bin = await mkdtemp(join(tmpdir(), 'docx-pdf-bin-'));
    process.env.PATH = bin; // nothing else: the system's soffice, if any, is out of reach
  });
  afterEach(async () => {
    process.env.PATH = originalPath;
    await rm(bin, { recursive: true, force: true });
  });

  it('says clearly that LibreOffice is missing when no soffice is on the PATH', async () => {
    expect(isPdfAvailable()).toBe(false);
    const error = await renderPdf(Buffer.from('docx')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('PDF_UNAVAILABLE');
    expect((error as AppError).message).toBe('未安装 LibreOffice（soffice），无法生成 PDF；请下载 .docx');
  });

  it('converts through soffice headless in a temporary directory it removes afterwards', async () => {
    const log = await installSoffice(CONVERTS);
    expect(isPdfAvailable()).toBe(true);
    const pdf = await renderPdf(Buffer.from('the docx bytes'));
    expect(pdf.toString()).toBe('%PDF-stand-in the docx bytes');
    const args = await readFile(log, 'utf8');
    expect(args).toMatch(/--headless --convert-to pdf --outdir /);
    const outdir = await outdirOf(log);
    expect(args).toContain(`-env:UserInstallation=file://${outdir}/profile`);
    expect(existsSync(outdir)).toBe(false);
  });

  it('reports a failed conversion and still cleans up', async () => {
    const log = await installSoffice('echo "Error: source file could not be loaded" >&2; exit 1');
    const error = await renderPdf(Buffer.from('not a docx')).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('PDF_CONVERSION_FAILED');
    expect((error as AppError).details?.stderr).toContain('source file could not be loaded');
    expect(existsSync(await outdirOf(log))).toBe(false);
  });

  it('gives up after the timeout and ends the launcher’s child too', async () => {
    // Like LibreOffice's launcher: the script starts the worker (soffice.bin) and waits for it.
    const pidFile = join(bin, 'worker.pid');
    const log = await installSoffice(`sleep 30 & echo $! > "${pidFile}"; wait`);
    const started = Date.now();
    const error = await renderPdf(Buffer.from('docx'), { timeoutMs: 500 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((error as AppError).code).toBe('PDF_CONVERSION_FAILED');
    expect((error as AppError).message).toContain('超时');
    expect(existsSync(await outdirOf(log))).toBe(false);
    const worker = Number(await readFile(pidFile, 'utf8'));
    expect(isRunning(worker)).toBe(false);
  });
});

describe.skipIf(!realLibreOffice)('renderPdf with LibreOffice installed', () => {
  it('turns a report into a PDF', async () => {
    const { buildReportDocx } = await import('./report-document.js');
    const docx = await buildReportDocx({
      title: '关于2020年法治政府建设情况的报告',
      opening: ['现将有关情况报告如下。'],
      blocks: [{ kind: 'heading', level: 1, text: '一、主要举措和成效' }],
      signature: { organs: ['沈阳市浑南区人民政府'], dateOn: '2021-01-29' },
    });
    const pdf = await renderPdf(docx);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
