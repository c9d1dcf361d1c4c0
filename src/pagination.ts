import { Max, Min } from "class-validator";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badInput } from "./errors";
import { isUuid } from "./node";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page" })
  after?: string;
}

/** Relay's PageInfo. Pages go forward (`first`, `after`); there is no `last`/`before`. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: "Records come before this page: it was asked for after a cursor" })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge of the page" })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge: pass it as `after` for the next page" })
  endCursor!: string | null;
}

/**
 * The PageInfo of a forward page. A page asked for after a cursor has records before it (the one
 * the cursor points at, at least), so hasPreviousPage is exact without a second query.
 */
export function pageInfoOf(edges: Array<{ cursor: string }>, page: { after?: string | null; hasNextPage: boolean }): PageInfo {
  return { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(page.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of records matching the filters, across all pages" })
    totalCount!: number;
  }
  return ConnectionClass;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** Id columns a connection may page on: uuids, or a bigint sequence (audit events). */
export type IdType = "uuid" | "bigint";
const VALID_ID: Record<IdType, (id: string) => boolean> = {
  uuid: isUuid,
  bigint: (id) => /^[0-9]{1,19}$/.test(id) && BigInt(id) <= 9223372036854775807n,
};

export function decodeCursor(cursor: string, length: number, idType: IdType): string[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === length && values.every((v) => typeof v === "string") && VALID_ID[idType](values[length - 1])) {
      return values;
    }
  } catch {
    // reported below
  }
  throw badInput("after", "con trỏ không hợp lệ / malformed cursor");
}

/**
 * Order of a connection: a text sort key then the id, or the id alone when no column is given;
 * both ascending, or both descending.
 */
export type SortKey<T> = { descending?: boolean; idType?: IdType } & (
  | { column: string; value: (row: T) => string }
  | { column?: undefined; value?: undefined }
);

/**
 * Keyset pagination, stable under concurrent writes: rows are ordered by the sort key (if any) and
 * the id, and a page continues strictly after the previous page's last (key, id).
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  sortKey: SortKey<T>,
): Promise<Connection<T>> {
  const direction = sortKey.descending ? "DESC" : "ASC";
  const idType = sortKey.idType ?? "uuid";
  const alias = query.alias;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  if (args.after) {
    const values = decodeCursor(args.after, sortKey.column ? 2 : 1, idType);
    const after = sortKey.descending ? "<" : ">";
    const id = `CAST(:cursorId AS ${idType})`;
    if (sortKey.column) page.andWhere(`(${sortKey.column}, ${alias}.id) ${after} (:cursorKey, ${id})`, { cursorKey: values[0], cursorId: values[1] });
    else page.andWhere(`${alias}.id ${after} ${id}`, { cursorId: values[0] });
  }
  if (sortKey.column) page.orderBy(sortKey.column, direction).addOrderBy(`${alias}.id`, direction);
  else page.orderBy(`${alias}.id`, direction);
  const rows = await page.take(first + 1).getMany();
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(sortKey.value ? [sortKey.value(node), node.id] : [node.id]), node }));
  return { edges, pageInfo: pageInfoOf(edges, { after: args.after, hasNextPage }), totalCount };
}
