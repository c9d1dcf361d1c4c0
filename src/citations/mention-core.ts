import { DOCUMENT_TYPE_WORDS, DocumentType } from "./document-type";
import { ParsedReference } from "./reference";

/** One place in a text that names a document, before mentions are grouped into citations. */
export interface Mention {
  documentType: DocumentType;
  start: number;
  /** End of the mention; `readIssuers` moves it past "của <issuer>" and a date written after it. */
  end: number;
  reference: ParsedReference | null;
  number: string | null;
  /** "số" was written before the number: the writer meant a citation, not a back-reference. */
  explicitNumber: boolean;
  issuedOn: string | null;
  /** "năm 2020" written instead of a day ("Chỉ thị 15/CT-TTg năm 2020", "Luật Hộ tịch năm 2014"). */
  issuedYear: number | null;
  /** A law's name as cited ("Luật Hộ tịch"): with its year, the identity of a law cited without a number. */
  title: string | null;
  issuerName: string | null;
}

/** What a mention says about its document before its issuer is read. */
export type Core = Pick<Mention, "reference" | "number" | "explicitNumber" | "issuedOn" | "issuedYear" | "title"> & { end: number };

export const NOT_WORD_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";
export const phrase = (words: string) => words.split(" ").join("\\s{1,3}");

export const TYPE_WORDS_SOURCE = [...DOCUMENT_TYPE_WORDS]
  .map(([word]) => word)
  .sort((a, b) => b.length - a.length)
  .map(phrase)
  .join("|");
/** A type word starting exactly at `lastIndex`. */
export const TYPE_WORD_HERE = new RegExp(`(?:${TYPE_WORDS_SOURCE})${NOT_WORD_AFTER}`, "iuy");

export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export const withReference = (reference: ParsedReference & { end: number }, explicitNumber: boolean, title: string | null = null): Core => ({
  reference,
  number: reference.number,
  explicitNumber,
  issuedOn: null,
  issuedYear: null,
  title,
  end: reference.end,
});

export const numberOnly = (number: string, explicitNumber: boolean, end: number): Core => ({
  reference: null,
  number,
  explicitNumber,
  issuedOn: null,
  issuedYear: null,
  title: null,
  end,
});

export const datedOnly = (issuedOn: string | null, issuedYear: number | null, title: string | null, end: number): Core => ({
  reference: null,
  number: null,
  explicitNumber: false,
  issuedOn,
  issuedYear,
  title,
  end,
});
