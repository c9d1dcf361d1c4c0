import { foldVietnamese, normaliseSpaces } from "./text";

export enum DocumentType {
  RESOLUTION = "RESOLUTION",
  PLAN = "PLAN",
  NOTICE = "NOTICE",
  OFFICIAL_LETTER = "OFFICIAL_LETTER",
  DECISION = "DECISION",
  REPORT = "REPORT",
  PROGRAMME = "PROGRAMME",
  CIRCULAR = "CIRCULAR",
  DIRECTIVE = "DIRECTIVE",
  GUIDANCE = "GUIDANCE",
  CONCLUSION = "CONCLUSION",
  REGULATION = "REGULATION",
  RULE = "RULE",
  DECREE = "DECREE",
  LAW = "LAW",
  SUBMISSION = "SUBMISSION",
  OTHER = "OTHER",
}

export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  RESOLUTION: "Nghị quyết",
  PLAN: "Kế hoạch",
  NOTICE: "Thông báo",
  OFFICIAL_LETTER: "Công văn",
  DECISION: "Quyết định",
  REPORT: "Báo cáo",
  PROGRAMME: "Chương trình",
  CIRCULAR: "Thông tư",
  DIRECTIVE: "Chỉ thị",
  GUIDANCE: "Hướng dẫn",
  CONCLUSION: "Kết luận",
  REGULATION: "Quy chế",
  RULE: "Quy định",
  DECREE: "Nghị định",
  LAW: "Luật",
  SUBMISSION: "Tờ trình",
  OTHER: "Khác",
};

/**
 * The type code written in a symbol. RULE is "QĐ" as in Party symbols ("230-QĐ/TW"), which is
 * also DECISION's code: that is why the word in the text, not the symbol, decides the type.
 * Laws carry no type code ("60/2024/QH15").
 */
export const DOCUMENT_TYPE_CODES: Readonly<Record<DocumentType, string | null>> = {
  RESOLUTION: "NQ",
  PLAN: "KH",
  NOTICE: "TB",
  OFFICIAL_LETTER: "CV",
  DECISION: "QĐ",
  REPORT: "BC",
  PROGRAMME: "CTr",
  CIRCULAR: "TT",
  DIRECTIVE: "CT",
  GUIDANCE: "HD",
  CONCLUSION: "KL",
  REGULATION: "QC",
  RULE: "QĐ",
  DECREE: "NĐ",
  LAW: null,
  SUBMISSION: "TTr",
  OTHER: null,
};

/** The words that name a document in running text, in lower-case NFC. */
export const DOCUMENT_TYPE_WORDS: ReadonlyArray<readonly [string, DocumentType]> = [
  ["nghị quyết", DocumentType.RESOLUTION],
  ["kế hoạch", DocumentType.PLAN],
  ["thông báo", DocumentType.NOTICE],
  ["công văn", DocumentType.OFFICIAL_LETTER],
  ["văn bản", DocumentType.OFFICIAL_LETTER],
  ["quyết định", DocumentType.DECISION],
  ["báo cáo", DocumentType.REPORT],
  ["chương trình", DocumentType.PROGRAMME],
  ["thông tư", DocumentType.CIRCULAR],
  ["chỉ thị", DocumentType.DIRECTIVE],
  ["hướng dẫn", DocumentType.GUIDANCE],
  ["kết luận", DocumentType.CONCLUSION],
  ["quy chế", DocumentType.REGULATION],
  ["qui chế", DocumentType.REGULATION],
  ["quy định", DocumentType.RULE],
  ["qui định", DocumentType.RULE],
  ["nghị định", DocumentType.DECREE],
  ["bộ luật", DocumentType.LAW],
  ["luật", DocumentType.LAW],
  ["tờ trình", DocumentType.SUBMISSION],
];

const FOLDED_WORDS = DOCUMENT_TYPE_WORDS.map(([word, type]) => [foldVietnamese(word), type] as const).sort(
  (a, b) => b[0].length - a[0].length,
);

/**
 * Maps the word(s) written before a reference to a type, ignoring case, diacritics and NFD:
 * only the leading type word counts, so "Kế hoạch hành động" is a PLAN, "Thông báo kết luận" a
 * NOTICE, "Quy chế làm việc" a REGULATION, "Văn bản" an OFFICIAL_LETTER like "Công văn", and
 * "Chương trình công tác" a PROGRAMME. Returns null for words that name no document type; the
 * caller decides whether that means OTHER.
 */
export function documentTypeFromWord(word: string): DocumentType | null {
  const folded = normaliseSpaces(foldVietnamese(word));
  for (const [phrase, type] of FOLDED_WORDS) {
    if (folded === phrase || folded.startsWith(`${phrase} `)) return type;
  }
  return null;
}

/**
 * The type a symbol's type code usually stands for ("KH" -> PLAN), for search input that gives no
 * word. "QĐ" is read as DECISION, the far more common of its two meanings.
 */
export function documentTypeFromCode(code: string): DocumentType | null {
  const upper = code.toUpperCase();
  for (const type of Object.values(DocumentType)) {
    if (type !== DocumentType.RULE && DOCUMENT_TYPE_CODES[type]?.toUpperCase() === upper) return type;
  }
  return null;
}
