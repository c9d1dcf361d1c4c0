import JSZip from "jszip";
import mammoth from "mammoth";
import { htmlToReportText } from "./docx-html";
import { ReportImportError } from "./errors";

/** Largest .docx accepted, in bytes: a report with its tables is a few hundred kilobytes. */
export const MAX_DOCX_BYTES = 10 * 1024 * 1024;

/** Largest total a .docx may unpack to: a few megabytes of XML for a long report; a zip bomb declares gigabytes. */
export const MAX_DOCX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * Refuses a file whose entries declare more than `MAX_DOCX_UNPACKED_BYTES` unpacked, before
 * anything is inflated (the sizes come from the zip's central directory).
 */
async function checkUnpackedSize(bytes: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw ReportImportError.notADocx();
  }
  let total = 0;
  // jszip keeps each entry's declared size on `_data` until the entry is read.
  zip.forEach((_path, entry) => (total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0));
  if (total > MAX_DOCX_UNPACKED_BYTES) throw ReportImportError.tooLong(total, MAX_DOCX_UNPACKED_BYTES);
}

const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: "" }));

/**
 * The text of a Word report as `parseReportText` reads it, paragraph and heading structure kept
 * (see `htmlToReportText`); spans of the parsed draft refer to this text, which is stored with it.
 * Images are dropped and no file outside the .docx is ever opened.
 * @throws ReportImportError TOO_LONG over `MAX_DOCX_BYTES` (or unpacking to over `MAX_DOCX_UNPACKED_BYTES`), NOT_A_DOCX when the bytes are no Word file.
 */
export async function readDocxText(bytes: Buffer): Promise<string> {
  if (bytes.length > MAX_DOCX_BYTES) throw ReportImportError.tooLong(bytes.length, MAX_DOCX_BYTES);
  await checkUnpackedSize(bytes);
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes }, { convertImage: NO_IMAGES, externalFileAccess: false });
    return htmlToReportText(value);
  } catch (error) {
    if (error instanceof ReportImportError) throw error;
    throw ReportImportError.notADocx();
  }
}
