import type { Citation } from "../../citations";
import { Document } from "../document/document.entity";
import type { LegalRelation } from "../document/document.enums";
import type { Planned } from "./batch";
import type { BulkDocumentItem } from "./sync.inputs";

/** A legal basis as the item wants it: to a stored document, or to an item of the same call. */
export interface PlannedLink {
  relation: LegalRelation;
  position: number;
  citationText: string | null;
  target?: Document;
  inBatch?: DocumentPlan;
  /** Parsed in the item's own checks, resolved (or made a placeholder) once the item is allowed. */
  citation?: Citation;
}

/** One document item: the record it becomes and how. */
export interface DocumentPlan extends Planned {
  item: BulkDocumentItem;
  /** The desired state: a new record, or the stored one (by key, or a placeholder) with the item's fields. */
  entity?: Document;
  /** The stored record as it was, for the audit event. */
  before: Record<string, unknown> | null;
  action: "document.create" | "document.update" | "document.confirm";
  /** null: the item leaves the stored legal bases alone. */
  links: PlannedLink[] | null;
}

/** The id a planned link points at (an item's id is final once identities are settled). */
export function linkTargetId(link: PlannedLink): string {
  return link.inBatch ? link.inBatch.id! : link.target!.id;
}

/** The columns a sync writes; equal values in all of them (and the same legal bases) is UNCHANGED. */
export const WRITTEN = [
  "type", "number", "symbol", "referenceAsWritten", "reference", "referenceSystem", "typeCode", "issuerCode", "issuerId", "issuerName", "issuerKey",
  "issuedOn", "issuedYear", "place", "title", "signer", "classification", "planYear", "periodStart", "periodEnd", "noticeKind", "searchText",
  "verified", "sourceSystem", "externalId",
] as const satisfies ReadonlyArray<keyof Document>;

/** A stored record with the item's fields written over it. */
export function withFields(stored: Document, draft: Document): Document {
  return Object.assign(Object.assign(new Document(), stored), Object.fromEntries(WRITTEN.map((field) => [field, draft[field]])));
}
