import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import type { OrgTarget } from "./auth/policy";
import { Document } from "./modules/document/document.entity";
import { LegalBasis } from "./modules/document/legal-basis.entity";
import { Locality } from "./modules/locality/locality.entity";
import { Organisation } from "./modules/organisation/organisation.entity";
import { RoleGrant } from "./modules/user/role-grant.entity";
import { User } from "./modules/user/user.entity";

/** Per-request batching: field resolvers never issue one query per parent row. */
export interface Loaders {
  locality: DataLoader<string, Locality | undefined>;
  organisation: DataLoader<string, Organisation | undefined>;
  orgTarget: DataLoader<string, OrgTarget | undefined>;
  user: DataLoader<string, User | undefined>;
  grantsByUser: DataLoader<string, RoleGrant[]>;
  document: DataLoader<string, Document | undefined>;
  /** Links from a document to what it cites. */
  legalBasesFrom: DataLoader<string, LegalBasis[]>;
  /** Links from other documents to this one. */
  legalBasesTo: DataLoader<string, LegalBasis[]>;
}

function grouped<T>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    return ids.map((id) => rows.filter((row) => key(row) === id));
  });
}

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | undefined> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    locality: byId((ids) => dataSource.getRepository(Locality).findBy({ id: In(ids) })),
    organisation: byId((ids) => dataSource.getRepository(Organisation).findBy({ id: In(ids) })),
    user: byId((ids) => dataSource.getRepository(User).findBy({ id: In(ids) })),
    orgTarget: new DataLoader(async (ids) => {
      const rows: Array<{ id: string; path: string[]; bloc: OrgTarget["bloc"]; locality_path: string[] }> = await dataSource.query(
        `SELECT o.id, o.path, o.bloc, l.path AS locality_path
           FROM organisation o JOIN locality l ON l.id = o.locality_id
          WHERE o.id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.id, { organisationId: r.id, orgPath: r.path, localityPath: r.locality_path, bloc: r.bloc }]));
      return ids.map((id) => map.get(id));
    }),
    grantsByUser: grouped((ids) => dataSource.getRepository(RoleGrant).find({ where: { userId: In(ids) }, order: { createdAt: "ASC", id: "ASC" } }), (g) => g.userId),
    document: byId((ids) => dataSource.getRepository(Document).findBy({ id: In(ids) })),
    legalBasesFrom: grouped((ids) => dataSource.getRepository(LegalBasis).find({ where: { fromDocumentId: In(ids) }, order: { createdAt: "ASC", id: "ASC" } }), (l) => l.fromDocumentId),
    legalBasesTo: grouped((ids) => dataSource.getRepository(LegalBasis).find({ where: { toDocumentId: In(ids) }, order: { createdAt: "ASC", id: "ASC" } }), (l) => l.toDocumentId),
  };
}
