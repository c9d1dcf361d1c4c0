/**
 * Type codes of Decree 30/2020/NĐ-CP (appendix III) and Guidance 36-HD/VPTW, in canonical case.
 * In a state symbol only a code from this list is read as a type code ("06/QĐ-TTg"); otherwise
 * the whole symbol is the issuer's ("4720/VP-VX", "2795/VHXXH").
 */
const TYPE_CODES = [
  "NQ", "NQLT", "NĐ", "QĐ", "CT", "TT", "TTLT", "QC", "QyĐ", "TB", "HD", "CTr", "KH", "PA", "ĐA",
  "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "KL", "CV",
];

/** Codes typed without "Đ" where the plain-D spelling is no code of its own. */
const TYPE_CODE_ALIASES: Record<string, string> = { QD: "QĐ", ND: "NĐ", QYD: "QyĐ" };

/** Issuer and unit codes whose mixed case is their canonical spelling. */
const MIXED_CASE_ISSUER_CODES = ["TTg", "GDTrH"];

const byUpperCase = (codes: string[]) => new Map(codes.map((code) => [code.toUpperCase(), code]));
const TYPE_CODE_BY_UPPER = new Map([...byUpperCase(TYPE_CODES), ...Object.entries(TYPE_CODE_ALIASES)]);
const ISSUER_CODE_BY_UPPER = byUpperCase(MIXED_CASE_ISSUER_CODES);

export function isKnownTypeCode(code: string): boolean {
  return TYPE_CODE_BY_UPPER.has(code.toUpperCase());
}

/** "nq" -> "NQ", "ctr" -> "CTr", "TTR" -> "TTr", "QD" -> "QĐ"; unknown codes are upper-cased. */
export function canonicalTypeCode(code: string): string {
  const upper = code.toUpperCase();
  return TYPE_CODE_BY_UPPER.get(upper) ?? upper;
}

/**
 * "tw" -> "TW", "ttg" -> "TTg". A code written in mixed case is kept as written, because mixed case
 * is deliberate in symbols ("GDTrH"); all-lower or all-upper codes are upper-cased.
 */
export function canonicalIssuerCode(code: string): string {
  const upper = code.toUpperCase();
  const known = ISSUER_CODE_BY_UPPER.get(upper);
  if (known) return known;
  const mixed = code !== upper && code !== code.toLowerCase();
  return mixed ? code : upper;
}
