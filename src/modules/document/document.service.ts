import { parseReferenceQuery } from "../../citations";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, NotFoundError } from "../../errors";
import { fromGlobalId } from "../../node";
import { paginate, type PageArgs } from "../../pagination";
import { searchCondition } from "../../text";
import { Document } from "./document.entity";
import type { DocumentFilter } from "./document.inputs";
import { canReadDocument, readableDocumentsSql } from "./document.policy";

/** Loads a document the caller may read; anything else (classified above their clearance included) is NOT_FOUND. */
export async function getDocument(ctx: Context, globalId: string, field = "id"): Promise<Document> {
  requireActor(ctx);
  const document = await ctx.db.getRepository(Document).findOneBy({ id: fromGlobalId(globalId, "Document", field) });
  if (!document || !(await canReadDocument(ctx, document))) throw new NotFoundError("Document");
  return document;
}

/** Documents the caller may read, most recently issued first (undated ones last). */
export async function listDocuments(ctx: Context, filter: DocumentFilter = {}, page: PageArgs = {}) {
  const actor = requireActor(ctx);
  const scope = readableDocumentsSql(actor, "d");
  const query = ctx.db.getRepository(Document).createQueryBuilder("d").where(scope.sql, scope.params);
  if (filter.types?.length) query.andWhere("d.type IN (:...types)", { types: filter.types });
  if (filter.issuerId) query.andWhere("d.issuer_id = :issuerId", { issuerId: fromGlobalId(filter.issuerId, "Organisation", "filter.issuerId") });
  if (filter.localityId) {
    const localityId = fromGlobalId(filter.localityId, "Locality", "filter.localityId");
    query.andWhere(
      "d.issuer_id IN (SELECT fo.id FROM organisation fo JOIN locality fl ON fl.id = fo.locality_id WHERE fl.path @> ARRAY[CAST(:localityId AS uuid)])",
      { localityId },
    );
  }
  if (filter.issuedFrom) query.andWhere("d.issued_on >= :from", { from: filter.issuedFrom });
  if (filter.issuedTo) query.andWhere("d.issued_on <= :to", { to: filter.issuedTo });
  if (filter.issuedFrom && filter.issuedTo && filter.issuedFrom > filter.issuedTo) throw badInput("filter.issuedTo", "trước ngày bắt đầu / before issuedFrom");
  if (filter.search) {
    const search = searchCondition("d.search_text", filter.search);
    query.andWhere(search.sql, search.params);
  }
  if (filter.reference) {
    const wanted = parseReferenceQuery(filter.reference);
    if (!wanted) throw badInput("filter.reference", "không đọc được số và ký hiệu / not a document reference");
    if (wanted.number) query.andWhere("d.number = :refNumber", { refNumber: wanted.number });
    if (wanted.typeCode) query.andWhere("upper(d.type_code) = upper(:refType)", { refType: wanted.typeCode });
    if (wanted.issuerCode) query.andWhere("(upper(d.issuer_code) = upper(:refIssuer) OR upper(d.issuer_code) LIKE upper(:refIssuerPrefix))", { refIssuer: wanted.issuerCode, refIssuerPrefix: `${wanted.issuerCode}-%` });
    if (wanted.year) query.andWhere("d.issued_year = :refYear", { refYear: wanted.year });
  }
  if (filter.verified != null) query.andWhere("d.verified = :verified", { verified: filter.verified });
  if (filter.status) query.andWhere("d.status = :status", { status: filter.status });
  if (filter.noticeKinds?.length) query.andWhere("d.notice_kind IN (:...noticeKinds)", { noticeKinds: filter.noticeKinds });
  return paginate(query, page, { column: "coalesce(CAST(d.issued_on AS text), '')", value: (d) => d.issuedOn ?? "", descending: true });
}
