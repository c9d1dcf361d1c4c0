import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Authorized, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { extractCitations, MAX_CITATION_TEXT_LENGTH } from "../../citations";
import { badInput } from "../../errors";
import { DocumentType } from "./document.enums";

@ObjectType({ description: "Where a citation is mentioned: offsets into the text sent (UTF-16 code units), end exclusive" })
export class CitationSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({ description: "A document a text cites, with every mention of it" })
export class Citation {
  @Field(() => DocumentType, { description: "Decided by the word before the reference (\"Quy định số 230-QĐ/TW\" is a RULE)" })
  documentType!: DocumentType;

  @Field(() => String, {
    nullable: true,
    description: "Số và ký hiệu as written, leading zeros kept (\"01-KH/BCĐ\"); spacing, dashes and code case normalised; null when the text gives none (a law cited by name and date)",
  })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: "Number without leading zeros" })
  number!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  issuedOn!: string | null;

  @Field(() => Int, { nullable: true, description: "Year of issue: of issuedOn, else in the symbol (24/2025/TT-BVHTTDL), else as written (\"năm 2020\")" })
  issuedYear!: number | null;

  @Field(() => String, { nullable: true, description: "A law's name when cited by name (\"Luật Hộ tịch\")" })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Issuer as cited (\"của ...\")" })
  issuerName!: string | null;

  @Field({ description: "Exact text of the first full mention" })
  citedAs!: string;

  @Field(() => [CitationSpan])
  spans!: CitationSpan[];
}

@Resolver()
export class CitationResolver {
  @Authorized()
  @Query(() => [Citation], { description: `Documents cited in a text (at most ${MAX_CITATION_TEXT_LENGTH} characters), as Vietnamese reports write them` })
  extractCitations(@Arg("text", () => String) text: string): Citation[] {
    if (text.length > MAX_CITATION_TEXT_LENGTH) {
      throw badInput("text", `dài quá ${MAX_CITATION_TEXT_LENGTH} ký tự / longer than ${MAX_CITATION_TEXT_LENGTH} characters`);
    }
    return extractCitations(text);
  }
}
