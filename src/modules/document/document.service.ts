import { parseReferenceQuery } from "../../citations";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { decodeCursor, DEFAULT_PAGE_SIZE, type PageArgs } from "../../pagination";
import { rawPage } from "../../db/raw-page";
import { scopeOrganisationIds } from "../../auth/readable-organisations";
import { searchCondition } from "../../text";
import { Document } from "./document.entity";
import type { DocumentFilter } from "./document.inputs";
import { canReadDocument, readableDocumentIds, visibleClassifications } from "./document.policy";

/** Loads a document the caller may read; anything else (classified above their clearance included) is NOT_FOUND. */
export async function getDocument(ctx: Context, globalId: string, field = "id"): Promise<Document> {
  requireActor(ctx);
  const document = await ctx.db.getRepository(Document).findOneBy({ id: fromGlobalId(globalId, "Document", field) });
  if (!document || !(await canReadDocument(ctx, document))) throw new NotFoundError("Document");
  return document;
}

/**
 * Documents the caller may read, most recently issued first (undated ones last), then by id. The
 * readable documents come from index look-ups from the caller's organisations (a union), the
 * filters narrow them, and one named statement returns the page and the total.
 */
export async function listDocuments(ctx: Context, filter: DocumentFilter = {}, page: PageArgs = {}) {
  const actor = requireActor(ctx);
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where = [`d.id IN (${readableDocumentIds(`${param(await scopeOrganisationIds(ctx))}::uuid[]`)})`, `d.classification::text = ANY(${param(visibleClassifications(actor))}::text[])`];
  if (filter.types?.length) where.push(`d.type::text = ANY(${param(filter.types)}::text[])`);
  if (filter.issuerId) where.push(`d.issuer_id = ${param(fromGlobalId(filter.issuerId, "Organisation", "filter.issuerId"))}::uuid`);
  if (filter.localityId) {
    const localityId = fromGlobalId(filter.localityId, "Locality", "filter.localityId");
    where.push(`d.issuer_id IN (SELECT fo.id FROM organisation fo JOIN locality fl ON fl.id = fo.locality_id WHERE fl.path @> ARRAY[${param(localityId)}::uuid])`);
  }
  if (filter.issuedFrom && filter.issuedTo && filter.issuedFrom > filter.issuedTo) throw badInput("filter.issuedTo", "trước ngày bắt đầu / before issuedFrom");
  if (filter.issuedFrom) where.push(`d.issued_on >= ${param(filter.issuedFrom)}::date`);
  if (filter.issuedTo) where.push(`d.issued_on <= ${param(filter.issuedTo)}::date`);
  if (filter.search) {
    const search = searchCondition("d.search_text", filter.search);
    where.push(search.sql.replace(/:(search\d+)/g, (_, name: string) => `${param(search.params[name])}::text`));
  }
  if (filter.reference) {
    const wanted = parseReferenceQuery(filter.reference);
    if (!wanted) throw badInput("filter.reference", "không đọc được số và ký hiệu / not a document reference");
    if (wanted.number) where.push(`d.number = ${param(wanted.number)}::text`);
    if (wanted.typeCode) where.push(`upper(d.type_code) = upper(${param(wanted.typeCode)}::text)`);
    if (wanted.issuerCode) where.push(`(upper(d.issuer_code) = upper(${param(wanted.issuerCode)}::text) OR upper(d.issuer_code) LIKE upper(${param(`${wanted.issuerCode}-%`)}::text))`);
    if (wanted.year) where.push(`d.issued_year = ${param(wanted.year)}::int`);
  }
  if (filter.verified != null) where.push(`d.verified = ${param(filter.verified)}::boolean`);
  if (filter.status) where.push(`d.status::text = ${param(filter.status)}::text`);
  if (filter.noticeKinds?.length) where.push(`d.notice_kind::text = ANY(${param(filter.noticeKinds)}::text[])`);
  let after: string | null = null;
  if (page.after) {
    const [issuedOn, id] = decodeCursor(page.after, 2, "uuid");
    if (issuedOn !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) throw badInput("after", "con trỏ không hợp lệ / malformed cursor");
    after = issuedOn === ""
      ? `m.issued_on IS NULL AND m.id < ${param(id)}::uuid`
      : `(m.issued_on < ${param(issuedOn)}::date OR (m.issued_on = $${values.length}::date AND m.id < ${param(id)}::uuid) OR m.issued_on IS NULL)`;
  }
  return rawPage(ctx.db, Document, {
    table: "document",
    matching: `SELECT d.id, d.issued_on FROM document d WHERE ${where.join(" AND ")}`,
    after,
    orderBy: "m.issued_on DESC NULLS LAST, m.id DESC",
    values,
    first: page.first ?? DEFAULT_PAGE_SIZE,
    cursor: (d) => [d.issuedOn ?? "", d.id],
  });
}
