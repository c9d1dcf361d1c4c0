import { canonicalIssuerCode, canonicalTypeCode, isKnownTypeCode } from "./codes";
import { DOCUMENT_TYPE_CODES, DOCUMENT_TYPE_WORDS, DocumentType } from "./document-type";
import { MAX_REFERENCE_INPUT_LENGTH, parseReference } from "./reference";
import { foldVietnamese, normaliseDashes, toNfc } from "./text";

/** What a loose search for a reference asks for; a search layer matches the non-null parts. */
export interface ReferenceQuery {
  number: string | null;
  typeCode: string | null;
  issuerCode: string | null;
  year: number | null;
}

interface Token {
  text: string;
  folded: string;
  digits: boolean;
  afterSlash: boolean;
}

const TOKEN = /[\p{L}\p{M}&]+|\d+|\//gu;
const URL_LIKE = /:\/\/|^www\.|\.(vn|com|gov|org|net)(\/|$)/iu;

/** Type words in folded form, split into tokens, longest first, with the code they stand for. */
const TYPE_PHRASES = DOCUMENT_TYPE_WORDS.map(([word, type]) => ({
  tokens: foldVietnamese(word).split(" "),
  code: type === DocumentType.RULE ? null : DOCUMENT_TYPE_CODES[type],
})).sort((a, b) => b.tokens.length - a.tokens.length);

const FOLDED_TYPE_CODES = new Map(
  ["NQ", "KH", "TB", "CV", "QĐ", "BC", "CTr", "TT", "CT", "HD", "KL", "QC", "NĐ", "TTr"].map((code) => [
    foldVietnamese(code),
    code,
  ]),
);

function tokenise(q: string): Token[] {
  const tokens: Token[] = [];
  let afterSlash = false;
  for (const [text] of q.matchAll(TOKEN)) {
    if (text === "/") {
      afterSlash = true;
      continue;
    }
    tokens.push({ text, folded: foldVietnamese(text), digits: /^\d+$/.test(text), afterSlash });
    afterSlash = false;
  }
  return tokens;
}

function typePhraseAt(tokens: Token[], i: number): { length: number; code: string | null } | null {
  for (const phrase of TYPE_PHRASES) {
    if (phrase.tokens.every((word, k) => tokens[i + k]?.folded === word)) {
      return { length: phrase.tokens.length, code: phrase.code };
    }
  }
  return null;
}

function typeCodeOf(token: Token): string | null {
  if (isKnownTypeCode(token.text)) return canonicalTypeCode(token.text);
  return FOLDED_TYPE_CODES.get(token.folded) ?? null;
}

function fromTokens(tokens: Token[]): ReferenceQuery | null {
  const query: ReferenceQuery = { number: null, typeCode: null, issuerCode: null, year: null };
  const issuers: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const phrase = token.digits ? null : typePhraseAt(tokens, i);
    if (phrase) {
      query.typeCode ??= phrase.code;
      i += phrase.length - 1;
    } else if (token.digits) {
      const value = token.text.replace(/^0+(?=\d)/, "");
      if (query.number === null) query.number = value;
      else if (query.year === null && /^(19|20)\d\d$/.test(token.text)) query.year = Number(value);
    } else if (token.folded === "so" && tokens[i + 1]?.digits) {
      continue;
    } else if (query.typeCode === null && typeCodeOf(token)) {
      query.typeCode = typeCodeOf(token);
    } else if (token.afterSlash || issuers.length > 0) {
      issuers.push(canonicalIssuerCode(token.text));
    }
  }
  query.issuerCode = issuers.length > 0 ? issuers.join("-") : null;
  return query.number === null && query.typeCode === null ? null : query;
}

/**
 * Reads loose search input for a reference: "nq 57", "57 nq", "57-NQ", "NQ57", "Nghị quyết 57",
 * "57/NQ-TW" (a Party symbol typed the state way) all give number "57" and typeCode "NQ", with
 * issuerCode and year when the input carries them. A full reference in either system is read as
 * `parseReference` reads it. Returns null for input over `MAX_REFERENCE_INPUT_LENGTH` characters,
 * URLs, and input with neither digits nor a recognisable type code or word.
 */
export function parseReferenceQuery(q: string): ReferenceQuery | null {
  if (q.length > MAX_REFERENCE_INPUT_LENGTH) return null;
  const text = normaliseDashes(toNfc(q)).trim();
  if (text === "" || URL_LIKE.test(text)) return null;
  const reference = parseReference(text);
  if (reference && reference.number !== null && (reference.typeCode || reference.issuerCode)) {
    const { number, typeCode, issuerCode, year } = reference;
    return { number, typeCode, issuerCode, year };
  }
  return fromTokens(tokenise(text));
}
