/**
 * exceljs 4.4's streaming reader decodes each raw chunk on its own, so a Chinese character split across two
 * chunks turns into "��" (exceljs issues #2063, #2084, #2316, still open). This subclass hands exceljs text that
 * was decoded with a stateful UTF-8 decoder instead; its XML parser passes strings through untouched.
 */
import { StringDecoder } from 'node:string_decoder';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs.js';

type ReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>;
type Input = string | import('node:stream').Stream;

interface ZipEntry {
  setEncoding?: (encoding: BufferEncoding) => unknown;
}

/** The reader's internal hooks that this fix wraps (present in exceljs 4.x lib/stream/xlsx/workbook-reader.js). */
interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Iterable<unknown>;
  _parseSharedStrings(entry: ZipEntry): AsyncIterable<unknown>;
  _parseWorkbook(entry: ZipEntry): Promise<void>;
  _parseRels(entry: ZipEntry): Promise<void>;
  _parseStyles(entry: ZipEntry): Promise<void>;
}

type InternalReader = ExcelJS.stream.xlsx.WorkbookReader & ReaderInternals;
type ReaderClass = new (input: Input, options: ReaderOptions) => InternalReader;

async function* decodeUtf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function asText(entry: ZipEntry): ZipEntry {
  entry.setEncoding?.('utf8');
  return entry;
}

/** The fixed reader class, made once exceljs is loaded (it is loaded lazily: ./exceljs.ts). */
function defineReader(Base: ReaderClass): ReaderClass {
  return class Utf8SafeWorkbookReader extends Base {
    override _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string) {
      return super._parseWorksheet(decodeUtf8(iterator), sheetNo);
    }

    override _parseSharedStrings(entry: ZipEntry) {
      return super._parseSharedStrings(asText(entry));
    }

    override _parseWorkbook(entry: ZipEntry) {
      return super._parseWorkbook(asText(entry));
    }

    override _parseRels(entry: ZipEntry) {
      return super._parseRels(asText(entry));
    }

    override _parseStyles(entry: ZipEntry) {
      return super._parseStyles(asText(entry));
    }
  };
}

let readerClass: Promise<ReaderClass> | undefined;

/** A streaming workbook reader that decodes UTF-8 across chunk boundaries. */
export async function openUtf8SafeWorkbookReader(
  input: Input,
  options: ReaderOptions,
): Promise<InternalReader> {
  readerClass ??= loadExcelJS().then((excel) =>
    defineReader(excel.stream.xlsx.WorkbookReader as unknown as ReaderClass),
  );
  return new (await readerClass)(input, options);
}
