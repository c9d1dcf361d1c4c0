import { canonicalIssuerCode, canonicalTypeCode, isKnownTypeCode } from "./codes";
import { isDash, normaliseDashes, toNfc } from "./text";

/** STATE: Decree 30/2020/NĐ-CP ("05/KH-HĐND"); PARTY: Guidance 36-HD/VPTW ("57-NQ/TW"). */
export type ReferenceSystem = "STATE" | "PARTY";

/** A document's number and symbol ("số và ký hiệu"), split into parts. */
export interface ParsedReference {
  system: ReferenceSystem;
  /** Digits without leading zeros; null for the blank number of a draft ("Số: /BC-HĐND"). */
  number: string | null;
  /** The year written inside a state symbol ("24/2025/TT-BVHTTDL"), never guessed. */
  year: number | null;
  typeCode: string | null;
  /** Issuer code with its units, joined by "-" ("CAHP-ANM", "UBND-VHXXH"). */
  issuerCode: string | null;
  /** One spelling per reference: the comparison key for "57 - NQ/TW", "57–nq/tw", "057-NQ/TW". */
  normalised: string;
  /**
   * The reference as written, modulo spacing, dashes and the case of codes: the number keeps its
   * leading zeros ("01-KH/BCĐ"), because Decree 30 writes numbers below 10 that way.
   */
  written: string;
}

export interface ReferenceMatch extends ParsedReference {
  end: number;
}

/**
 * TEXT: codes must look like codes (upper case dominates), as in running text;
 * LOOSE: codes of any case, as typed into a search box.
 */
export type ScanMode = "TEXT" | "LOOSE";

/** Longest input `parseReference` and `parseReferenceQuery` look at. */
export const MAX_REFERENCE_INPUT_LENGTH = 100;

const LETTER = /[\p{L}\p{M}]/u;
const CODE_CHAR = /[\p{L}\p{M}\p{N}&]/u;
const MAX_CODE_LENGTH = 20;
const LEADING_SO = /^số(?![\p{L}\p{M}])\s*:?\s*/iu;

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\u00A0" || c === "\n" || c === "\r";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

function skipSpaces(s: string, i: number): number {
  let j = i;
  while (j - i < 4 && isSpace(s[j])) j++;
  return j;
}

function readDigits(s: string, i: number, max: number): number {
  let j = i;
  while (j - i < max && isDigit(s[j])) j++;
  return isDigit(s[j]) ? i : j;
}

function looksLikeCode(code: string): boolean {
  const upper = code.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = code.match(/\p{Ll}/gu)?.length ?? 0;
  return /^\p{Lu}/u.test(code) && upper > lower;
}

function readCode(s: string, i: number, mode: ScanMode): { code: string; end: number } | null {
  if (!LETTER.test(s[i] ?? "")) return null;
  let j = i;
  while (j < s.length && CODE_CHAR.test(s[j])) {
    if (++j - i > MAX_CODE_LENGTH) return null;
  }
  const code = s.slice(i, j);
  return mode === "LOOSE" || looksLikeCode(code) ? { code, end: j } : null;
}

function readUnits(s: string, start: number, mode: ScanMode, codes: string[]): number {
  let end = start;
  for (let unit = isDash(s[end]) ? readCode(s, end + 1, mode) : null; unit; ) {
    codes.push(unit.code);
    end = unit.end;
    unit = isDash(s[end]) ? readCode(s, end + 1, mode) : null;
  }
  return end;
}

const stripZeros = (digits: string) => (digits === "" ? null : digits.replace(/^0+(?=\d)/, ""));

function scanParty(s: string, digits: string, i: number, mode: ScanMode): ReferenceMatch | null {
  const type = readCode(s, skipSpaces(s, i), mode);
  if (!type) return null;
  const slash = skipSpaces(s, type.end);
  if (s[slash] !== "/") return null;
  const issuer = readCode(s, skipSpaces(s, slash + 1), mode);
  if (!issuer) return null;
  const issuers = [issuer.code];
  const end = readUnits(s, issuer.end, mode, issuers);
  const number = stripZeros(digits);
  const typeCode = canonicalTypeCode(type.code);
  const issuerCode = issuers.map(canonicalIssuerCode).join("-");
  const symbol = `${typeCode}/${issuerCode}`;
  const [normalised, written] = [`${number ?? ""}-${symbol}`, `${digits}-${symbol}`];
  return { system: "PARTY", number, year: null, typeCode, issuerCode, normalised, written, end };
}

function scanState(s: string, digits: string, i: number, mode: ScanMode): ReferenceMatch | null {
  let k = skipSpaces(s, i);
  let year: number | null = null;
  const yearEnd = readDigits(s, k, 4);
  if (yearEnd - k === 4) {
    const slash = skipSpaces(s, yearEnd);
    if (s[slash] !== "/") return null;
    year = Number(s.slice(k, yearEnd));
    k = skipSpaces(s, slash + 1);
  } else if (yearEnd > k) {
    return null;
  }
  const first = readCode(s, k, mode);
  if (!first) return null;
  const codes = [first.code];
  const dash = skipSpaces(s, first.end);
  const second = isDash(s[dash]) ? readCode(s, skipSpaces(s, dash + 1), mode) : null;
  let end = first.end;
  if (second) {
    codes.push(second.code);
    end = readUnits(s, second.end, mode, codes);
  }
  const typeCode = isKnownTypeCode(codes[0]) ? canonicalTypeCode(codes[0]) : null;
  const issuerCodes = (typeCode ? codes.slice(1) : codes).map(canonicalIssuerCode);
  const issuerCode = issuerCodes.length > 0 ? issuerCodes.join("-") : null;
  const number = stripZeros(digits);
  const symbol = [typeCode, issuerCode].filter(Boolean).join("-");
  const rest = `/${year === null ? "" : `${year}/`}${symbol}`;
  const [normalised, written] = [`${number ?? ""}${rest}`, `${digits}${rest}`];
  return { system: "STATE", number, year, typeCode, issuerCode, normalised, written, end };
}

/**
 * Reads a reference starting exactly at `start`: "[number] / [year /] code[-code...]" (state) or
 * "[number] - type / issuer[-unit]" (Party), with up to a few spaces or a line break around the
 * separators ("57- NQ/TW", "420 - CV/ĐU", "11 /BC-HĐND") and any dash variant. Returns null when
 * no complete reference starts there.
 */
export function scanReference(s: string, start: number, mode: ScanMode): ReferenceMatch | null {
  const numberEnd = readDigits(s, start, 6);
  if (numberEnd === start && isDigit(s[start])) return null;
  const digits = s.slice(start, numberEnd);
  const sep = skipSpaces(s, numberEnd);
  if (s[sep] === "/") return scanState(s, digits, sep + 1, mode);
  if (isDash(s[sep])) return scanParty(s, digits, sep + 1, mode);
  return null;
}

/**
 * Parses a whole string as one reference, in either system, tolerant of case, spaces, dash
 * variants, NFD and a leading "Số:" ("Số: /BC-HĐND" parses with number null).
 * Returns null for anything else, including inputs over `MAX_REFERENCE_INPUT_LENGTH` characters.
 */
export function parseReference(input: string): ParsedReference | null {
  if (input.length > MAX_REFERENCE_INPUT_LENGTH) return null;
  const s = normaliseDashes(toNfc(input)).trim().replace(LEADING_SO, "");
  const match = scanReference(s, 0, "LOOSE");
  if (!match || s.slice(match.end).trim() !== "") return null;
  const { end: _end, ...reference } = match;
  return reference;
}

/** The comparison key of a reference ("57 – nq/tw" -> "57-NQ/TW"), or null when it is not one. */
export function normaliseReference(input: string): string | null {
  return parseReference(input)?.normalised ?? null;
}
