import { DOCUMENT_TYPE_LABELS, MAX_REFERENCE_INPUT_LENGTH, parseReference } from "../../citations";
import { badInput } from "../../errors";
import { foldedKey, searchKey } from "../../text";
import type { Document } from "./document.entity";

/** The reference columns of a document, derived from the reference as written. */
export interface ReferenceParts {
  referenceAsWritten: string | null;
  reference: string | null;
  number: string | null;
  symbol: string | null;
  referenceSystem: string | null;
  typeCode: string | null;
  issuerCode: string | null;
  /** Year written inside a state symbol ("24/2025/TT-BVHTTDL"). */
  year: number | null;
}

export const NO_REFERENCE: ReferenceParts = {
  referenceAsWritten: null,
  reference: null,
  number: null,
  symbol: null,
  referenceSystem: null,
  typeCode: null,
  issuerCode: null,
  year: null,
};

/**
 * Splits a reference as officials write it ("05/KH-HĐND", "Số: 11 /BC-HĐND", "57 - NQ/TW") into
 * the stored columns; BAD_USER_INPUT naming `field` when it is too long or not a reference.
 */
export function referenceParts(written: string | null | undefined, field = "reference"): ReferenceParts {
  if (written == null) return NO_REFERENCE;
  const trimmed = written.trim();
  if (trimmed.length > MAX_REFERENCE_INPUT_LENGTH) {
    throw badInput(field, `dài quá ${MAX_REFERENCE_INPUT_LENGTH} ký tự / longer than ${MAX_REFERENCE_INPUT_LENGTH} characters`);
  }
  const parsed = parseReference(trimmed);
  if (!parsed) throw badInput(field, "không đọc được số và ký hiệu / not a document number and symbol such as 05/KH-HĐND or 57-NQ/TW");
  const symbol = parsed.number === null ? parsed.normalised.replace(/^[-/]/, "") : parsed.normalised.slice(parsed.number.length + 1);
  return {
    referenceAsWritten: trimmed,
    reference: parsed.normalised,
    number: parsed.number,
    symbol: symbol || null,
    referenceSystem: parsed.system,
    typeCode: parsed.typeCode,
    issuerCode: parsed.issuerCode,
    year: parsed.year,
  };
}

/** Issuer part of a document's identity (see Document.issuerKey). */
export function issuerKey(issuer: { issuerId: string | null; issuerName: string | null; issuerCode: string | null }): string {
  if (issuer.issuerId) return issuer.issuerId;
  if (issuer.issuerName) return `name:${foldedKey(issuer.issuerName)}`.slice(0, 340);
  return `code:${issuer.issuerCode ?? ""}`;
}

/** The year that completes the identity: from the date of issue, else from the reference. */
export function identityYear(issuedOn: string | null, referenceYear: number | null): number | null {
  return issuedOn ? Number(issuedOn.slice(0, 4)) : referenceYear;
}

/** Folded text searched by `documents(filter: { search })`. */
export function documentSearchText(document: Pick<Document, "type" | "reference" | "title" | "issuerName">, issuerLabel?: string | null): string {
  return searchKey([DOCUMENT_TYPE_LABELS[document.type], document.reference, document.title, document.issuerName, issuerLabel].filter(Boolean).join(" "));
}

/**
 * The advisory-lock key under which a document identity is looked up and, when missing, inserted
 * (see lockIdentities). Coarser than the identity (no issuer, no year) so that it can be computed
 * from a citation before the issuer is resolved: documents sharing a number only wait for each other.
 */
export function identityLockKey(document: { reference: string | null; type: string; number: string | null; issuedOn: string | null }): string {
  return document.reference ? `document:${document.reference}` : `document:${document.type}:${document.number ?? ""}:${document.issuedOn ?? ""}`;
}
