import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../errors.js';

// PDF is optional (DESIGN: LibreOffice headless, not a dependency): found on the PATH at call time, so
// installing LibreOffice needs no restart and no setting.
const SOFFICE = 'soffice';
const DEFAULT_TIMEOUT_MS = 60_000;

/** The soffice executable on the PATH, or null. */
export function findSoffice(path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, SOFFICE);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** Whether a PDF can be made here (LibreOffice's soffice is on the PATH). */
export function isPdfAvailable(): boolean {
  return findSoffice() !== null;
}

/**
 * Runs soffice in a process group of its own: soffice is a launcher script whose soffice.bin child would
 * outlive a kill of the script alone, so a timeout kills the whole group.
 */
function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    const fail = (message: string) =>
      reject(new AppError('PDF_CONVERSION_FAILED', message, undefined, { stderr: stderr.slice(-500) }));
    child.on('error', () => {
      clearTimeout(timer);
      fail('无法启动 LibreOffice，请下载 .docx');
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) fail(`LibreOffice 转换超时（${timeoutMs / 1000} 秒），请下载 .docx`);
      else if (code !== 0) fail('LibreOffice 转换 PDF 失败，请下载 .docx');
      else resolve();
    });
  });
}

/**
 * Converts a .docx to PDF with LibreOffice headless, in a temporary directory that is removed afterwards;
 * PDF_UNAVAILABLE when soffice is not installed.
 */
export async function renderPdf(docx: Buffer, options: { timeoutMs?: number } = {}): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice)
    throw new AppError('PDF_UNAVAILABLE', '未安装 LibreOffice（soffice），无法生成 PDF；请下载 .docx');
  const dir = await mkdtemp(join(tmpdir(), 'fazhi-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    const args = [
      // A profile of its own: concurrent conversions do not wait on (or break) a shared user profile's lock.
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ];
    await runSoffice(soffice, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return await readFile(join(dir, 'report.pdf')).catch(() => {
      throw new AppError('PDF_CONVERSION_FAILED', 'LibreOffice 未生成 PDF，请下载 .docx');
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
