import { DOCUMENT_TYPE_LABELS, DocumentType } from "../citations";

/** Longest text, in UTF-16 code units, that `parseReportText` accepts (as `extractCitations`). */
export const MAX_REPORT_TEXT_LENGTH = 1_000_000;

/**
 * EMPTY: nothing but white space; TOO_LONG: over `MAX_REPORT_TEXT_LENGTH`; NO_HEADER: neither a
 * "Số" line nor a document kind line near the top; NOT_A_REPORT: the header names another kind;
 * NOT_A_DOCX: the bytes given as a Word file are not one.
 */
export type ReportImportErrorReason = "EMPTY" | "TOO_LONG" | "NO_HEADER" | "NOT_A_REPORT" | "NOT_A_DOCX";

/** Why a text cannot be read as a report; the message is "Vietnamese / English". */
export class ReportImportError extends Error {
  override readonly name = "ReportImportError";

  private constructor(
    readonly reason: ReportImportErrorReason,
    message: string,
    readonly documentType: DocumentType | null = null,
  ) {
    super(message);
  }

  static empty(): ReportImportError {
    return new ReportImportError("EMPTY", "Văn bản trống / The text is empty");
  }

  static tooLong(length: number, bytes?: number): ReportImportError {
    if (bytes !== undefined) {
      return new ReportImportError("TOO_LONG", `Tệp dài ${length} byte, vượt giới hạn ${bytes} byte / The file is ${length} bytes long, over the limit of ${bytes}`);
    }
    return new ReportImportError(
      "TOO_LONG",
      `Văn bản dài ${length} ký tự, vượt giới hạn ${MAX_REPORT_TEXT_LENGTH} ký tự / ` +
        `The text is ${length} characters long, over the limit of ${MAX_REPORT_TEXT_LENGTH}`,
    );
  }

  static notADocx(): ReportImportError {
    return new ReportImportError("NOT_A_DOCX", "Tệp không phải văn bản Word (.docx) / The file is not a Word (.docx) document");
  }

  static noHeader(): ReportImportError {
    return new ReportImportError(
      "NO_HEADER",
      'Không tìm thấy số, ký hiệu ("Số: ...") hay tên loại văn bản ("BÁO CÁO") ở đầu văn bản / ' +
        'No document number ("Số: ...") or document kind ("BÁO CÁO") at the top of the text',
    );
  }

  /** `documentType` null: the header names no kind and its symbol no known type code. */
  static notAReport(documentType: DocumentType | null): ReportImportError {
    if (documentType === null) {
      return new ReportImportError(
        "NOT_A_REPORT",
        "Phần đầu văn bản không cho biết đây là báo cáo / The header does not say the document is a report",
      );
    }
    return new ReportImportError(
      "NOT_A_REPORT",
      `Văn bản là ${DOCUMENT_TYPE_LABELS[documentType].toLowerCase()}, không phải báo cáo / ` +
        `The document is a ${documentType.toLowerCase().replace(/_/g, " ")}, not a report`,
      documentType,
    );
  }
}
