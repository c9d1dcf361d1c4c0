import { Field, Int, ObjectType } from "type-graphql";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput } from "../../errors";
import { Document } from "./document.entity";
import { LegalRelation } from "./document.enums";
import { visibleClassifications } from "./document.policy";

export const MAX_CHAIN_DEPTH = 10;

@ObjectType({ description: "One step of a chain of legal bases" })
export class LegalBasisChainLink {
  @Field(() => Int, { description: "1 for the document's own bases, 2 for their bases, ..." })
  depth!: number;

  @Field(() => LegalRelation)
  relation!: LegalRelation;

  @Field(() => String, { nullable: true })
  citationText!: string | null;

  /** Id of the citing document of this step. */
  fromDocumentId!: string;

  @Field(() => Document, { description: "The document cited at this step" })
  document!: Document;
}

/**
 * Every document reachable from `document` through legal bases, up to `depth` steps, in one SQL
 * statement (a recursive query that never revisits a document on its path, so cycles end).
 * Documents classified above the caller's clearance are left out, and the chain does not pass
 * through them. Each link appears once, at its shortest depth.
 */
export async function legalBasisChain(ctx: Context, document: Document, depth: number): Promise<LegalBasisChainLink[]> {
  const actor = requireActor(ctx);
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_CHAIN_DEPTH) throw badInput("depth", `từ 1 đến ${MAX_CHAIN_DEPTH} / between 1 and ${MAX_CHAIN_DEPTH}`);
  const { entities, raw } = await ctx.db
    .getRepository(Document)
    .createQueryBuilder("d")
    .addCommonTableExpression(
      `SELECT lb.from_document_id AS from_id, lb.to_document_id AS to_id, lb.relation::text AS relation, lb.citation_text, 1 AS depth,
              ARRAY[lb.from_document_id, lb.to_document_id] AS path
         FROM legal_basis lb JOIN document t ON t.id = lb.to_document_id
        WHERE lb.from_document_id = :root AND t.classification IN (:...classifications)
       UNION ALL
       SELECT lb.from_document_id, lb.to_document_id, lb.relation::text, lb.citation_text, c.depth + 1, c.path || lb.to_document_id
         FROM chain c
         JOIN legal_basis lb ON lb.from_document_id = c.to_id
         JOIN document t ON t.id = lb.to_document_id
        WHERE c.depth < :depth AND NOT lb.to_document_id = ANY(c.path) AND t.classification IN (:...classifications)`,
      "chain",
      { recursive: true, columnNames: ["from_id", "to_id", "relation", "citation_text", "depth", "path"] },
    )
    .innerJoin(
      (sub) => sub.select("DISTINCT ON (c.from_id, c.to_id, c.relation) c.from_id, c.to_id, c.relation, c.citation_text, c.depth").from("chain", "c").orderBy("c.from_id").addOrderBy("c.to_id").addOrderBy("c.relation").addOrderBy("c.depth"),
      "link",
      "link.to_id = d.id",
    )
    .addSelect(["link.from_id AS link_from", "link.relation AS link_relation", "link.citation_text AS link_citation", "link.depth AS link_depth"])
    .setParameters({ root: document.id, depth, classifications: visibleClassifications(actor) })
    .orderBy("link.depth", "ASC")
    .addOrderBy("d.issued_on", "DESC", "NULLS LAST")
    .getRawAndEntities();
  const byId = new Map(entities.map((e) => [e.id, e]));
  return raw.map((row) => ({
    depth: Number(row.link_depth),
    relation: row.link_relation as LegalRelation,
    citationText: row.link_citation,
    fromDocumentId: row.link_from,
    document: byId.get(row.d_id)!,
  }));
}
