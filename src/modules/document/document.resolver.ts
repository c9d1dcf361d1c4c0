import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { ConnectionType, PageArgs } from "../../pagination";
import { Organisation } from "../organisation/organisation.entity";
import { Document } from "./document.entity";
import { DOCUMENT_TYPE_LABELS } from "../../citations";
import { AddLegalBasisInput, CreateDocumentInput, DocumentFilter, UpdateDocumentInput, VersionedDocumentInput, WithdrawDocumentInput } from "./document.inputs";
import { canReadDocument, readableOrNull, visibleClassifications } from "./document.policy";
import { getDocument, listDocuments } from "./document.service";
import { confirmDocument, createDocument, updateDocument, withdrawDocument } from "./document-write.service";
import { legalBasisChain, LegalBasisChainLink } from "./legal-basis-chain";
import { LegalBasis } from "./legal-basis.entity";
import { addLegalBasis, removeLegalBasis } from "./legal-basis.service";

export const DocumentConnection = ConnectionType(Document, "Document");

/**
 * Only the links whose other end the caller may read. A document cited by a readable one is
 * readable within the caller's clearance; a citing document needs the full check.
 */
async function readableLinks(ctx: Context, links: LegalBasis[], end: "fromDocumentId" | "toDocumentId"): Promise<LegalBasis[]> {
  const documents = await Promise.all(links.map((link) => ctx.loaders.document.load(link[end])));
  const allowed = visibleClassifications(requireActor(ctx));
  const readable = await Promise.all(
    documents.map((d) => (!d || !allowed.includes(d.classification) ? false : end === "toDocumentId" ? true : canReadDocument(ctx, d))),
  );
  return links.filter((_, i) => readable[i]);
}

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized()
  @Query(() => Document, { description: "Một văn bản the caller may read" })
  document(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Document> {
    return getDocument(ctx, id);
  }

  @Authorized()
  @Query(() => DocumentConnection, { description: "Documents the caller may read, most recently issued first" })
  documents(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg("filter", () => DocumentFilter, { nullable: true }) filter?: DocumentFilter) {
    return listDocuments(ctx, filter, page);
  }

  @Authorized()
  @Mutation(() => Document, { description: "Create a document as its issuer (confirms an unverified placeholder of the same identity in place)" })
  createDocument(@Ctx() ctx: Context, @Arg("input", () => CreateDocumentInput) input: CreateDocumentInput): Promise<Document> {
    return createDocument(ctx, input);
  }

  @Authorized()
  @Mutation(() => Document)
  updateDocument(@Ctx() ctx: Context, @Arg("input", () => UpdateDocumentInput) input: UpdateDocumentInput): Promise<Document> {
    return updateDocument(ctx, input);
  }

  @Authorized()
  @Mutation(() => Document, { description: "The issuer vouches for a placeholder created from a citation" })
  confirmDocument(@Ctx() ctx: Context, @Arg("input", () => VersionedDocumentInput) input: VersionedDocumentInput): Promise<Document> {
    return confirmDocument(ctx, input);
  }

  @Authorized()
  @Mutation(() => Document, { description: "Thu hồi: the document stays readable, marked WITHDRAWN" })
  withdrawDocument(@Ctx() ctx: Context, @Arg("input", () => WithdrawDocumentInput) input: WithdrawDocumentInput): Promise<Document> {
    return withdrawDocument(ctx, input);
  }

  @Authorized()
  @Mutation(() => LegalBasis, { description: "Link a document to one it cites, by id or by citation text" })
  addLegalBasis(@Ctx() ctx: Context, @Arg("input", () => AddLegalBasisInput) input: AddLegalBasisInput): Promise<LegalBasis> {
    return addLegalBasis(ctx, input);
  }

  @Authorized()
  @Mutation(() => LegalBasis)
  removeLegalBasis(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<LegalBasis> {
    return removeLegalBasis(ctx, id);
  }

  @FieldResolver(() => String, { description: "Vietnamese name of the type, e.g. \"Kế hoạch\"" })
  typeLabel(@Root() document: Document): string {
    return DOCUMENT_TYPE_LABELS[document.type];
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Issuing organisation, when it is in the system (see issuerName otherwise)" })
  async issuer(@Root() document: Document, @Ctx() ctx: Context): Promise<Organisation | null> {
    // Whoever may read a document may see who issued it.
    return document.issuerId ? ((await ctx.loaders.organisation.load(document.issuerId)) ?? null) : null;
  }

  @FieldResolver(() => [LegalBasis], { description: "What this document cites (căn cứ)" })
  async legalBases(@Root() document: Document, @Ctx() ctx: Context): Promise<LegalBasis[]> {
    return readableLinks(ctx, await ctx.loaders.legalBasesFrom.load(document.id), "toDocumentId");
  }

  @FieldResolver(() => [LegalBasis], { description: "Documents the caller may read that cite this one" })
  async citedBy(@Root() document: Document, @Ctx() ctx: Context): Promise<LegalBasis[]> {
    return readableLinks(ctx, await ctx.loaders.legalBasesTo.load(document.id), "fromDocumentId");
  }

  @FieldResolver(() => [LegalBasisChainLink], { description: "The transitive chain of legal bases, up to the root resolution" })
  legalBasisChain(@Root() document: Document, @Ctx() ctx: Context, @Arg("depth", () => Int, { defaultValue: 5 }) depth: number): Promise<LegalBasisChainLink[]> {
    return legalBasisChain(ctx, document, depth);
  }
}

@Resolver(() => LegalBasis)
export class LegalBasisResolver {
  @FieldResolver(() => Document, { nullable: true, description: "The citing document, when the caller may read it" })
  async document(@Root() link: LegalBasis, @Ctx() ctx: Context): Promise<Document | null> {
    return readableOrNull(ctx, await ctx.loaders.document.load(link.fromDocumentId));
  }

  @FieldResolver(() => Document, { nullable: true, description: "The cited document, when the caller may read it" })
  async target(@Root() link: LegalBasis, @Ctx() ctx: Context): Promise<Document | null> {
    return readableOrNull(ctx, await ctx.loaders.document.load(link.toDocumentId));
  }
}

@Resolver(() => LegalBasisChainLink)
export class LegalBasisChainLinkResolver {
  @FieldResolver(() => Document, { description: "The citing document of this step" })
  async from(@Root() link: LegalBasisChainLink, @Ctx() ctx: Context): Promise<Document> {
    return (await ctx.loaders.document.load(link.fromDocumentId))!;
  }
}
