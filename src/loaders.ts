import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import type { OrgTarget } from "./auth/policy";
import { Document } from "./modules/document/document.entity";
import { LegalBasis } from "./modules/document/legal-basis.entity";
import { IndicatorTarget } from "./modules/indicator/indicator-target.entity";
import { Indicator } from "./modules/indicator/indicator.entity";
import type { IndicatorStatus } from "./modules/indicator/indicator.enums";
import { Measurement } from "./modules/indicator/measurement.entity";
import { loadMeasurementStatuses } from "./modules/indicator/target-in-force.sql";
import { Locality } from "./modules/locality/locality.entity";
import { ReportFigure } from "./modules/report/report-figure.entity";
import { ReportRecipient } from "./modules/report/report-recipient.entity";
import { ReportSection } from "./modules/report/report-section.entity";
import { TaskUpdate } from "./modules/task/task-update.entity";
import { loadTaskStates, type TaskState } from "./modules/task/task-state.sql";
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
  /** Task states on a date: one loader per date asked for in the request. */
  taskStates(asOf: string): DataLoader<string, TaskState>;
  taskCoordinators: DataLoader<string, string[]>;
  taskUpdates: DataLoader<string, TaskUpdate[]>;
  measurementStatuses: DataLoader<string, IndicatorStatus>;
  targetsByIndicator: DataLoader<string, IndicatorTarget[]>;
  /** The correction of a measurement, if any. */
  supersededBy: DataLoader<string, Measurement | undefined>;
  indicator: DataLoader<string, Indicator | undefined>;
  measurement: DataLoader<string, Measurement | undefined>;
  taskUpdateEvidence: DataLoader<string, string[]>;
  reportSections: DataLoader<string, ReportSection[]>;
  reportFigures: DataLoader<string, ReportFigure[]>;
  reportRecipients: DataLoader<string, ReportRecipient[]>;
}

function perKey<T>(create: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, create(key));
    return made.get(key)!;
  };
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

export function createLoaders(db: EntityManager): Loaders {
  return {
    locality: byId((ids) => db.getRepository(Locality).findBy({ id: In(ids) })),
    organisation: byId((ids) => db.getRepository(Organisation).findBy({ id: In(ids) })),
    user: byId((ids) => db.getRepository(User).findBy({ id: In(ids) })),
    orgTarget: new DataLoader(async (ids) => {
      const rows: Array<{ id: string; path: string[]; bloc: OrgTarget["bloc"]; locality_path: string[] }> = await db.query(
        `SELECT o.id, o.path, o.bloc, l.path AS locality_path
           FROM organisation o JOIN locality l ON l.id = o.locality_id
          WHERE o.id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.id, { organisationId: r.id, orgPath: r.path, localityPath: r.locality_path, bloc: r.bloc }]));
      return ids.map((id) => map.get(id));
    }),
    grantsByUser: grouped((ids) => db.getRepository(RoleGrant).find({ where: { userId: In(ids) }, order: { createdAt: "ASC", id: "ASC" } }), (g) => g.userId),
    document: byId((ids) => db.getRepository(Document).findBy({ id: In(ids) })),
    legalBasesFrom: grouped((ids) => db.getRepository(LegalBasis).find({ where: { fromDocumentId: In(ids) }, order: { createdAt: "ASC", position: { direction: "ASC", nulls: "LAST" }, id: "ASC" } }), (l) => l.fromDocumentId),
    taskStates: perKey((asOf) => new DataLoader((ids: readonly string[]) => loadTaskStates(db, ids, asOf))),
    taskCoordinators: new DataLoader(async (ids) => {
      const rows: Array<{ task_id: string; organisation_id: string }> = await db.query(`SELECT task_id, organisation_id FROM task_coordinator WHERE task_id = ANY($1::uuid[])`, [[...ids]]);
      return ids.map((id) => rows.filter((r) => r.task_id === id).map((r) => r.organisation_id));
    }),
    taskUpdates: grouped((ids) => db.getRepository(TaskUpdate).find({ where: { taskId: In(ids) }, order: { reportedOn: "ASC", createdAt: "ASC" } }), (u) => u.taskId),
    measurementStatuses: new DataLoader((ids) => loadMeasurementStatuses(db, ids)),
    targetsByIndicator: grouped((ids) => db.getRepository(IndicatorTarget).find({ where: { indicatorId: In(ids) }, order: { effectiveFrom: "ASC", createdAt: "ASC" } }), (t) => t.indicatorId),
    supersededBy: new DataLoader(async (ids) => {
      const rows = await db.getRepository(Measurement).findBy({ supersedesId: In([...ids]) });
      return ids.map((id) => rows.find((m) => m.supersedesId === id));
    }),
    indicator: byId((ids) => db.getRepository(Indicator).findBy({ id: In(ids) })),
    measurement: byId((ids) => db.getRepository(Measurement).findBy({ id: In(ids) })),
    taskUpdateEvidence: new DataLoader(async (ids) => {
      const rows: Array<{ task_update_id: string; document_id: string }> = await db.query(`SELECT task_update_id, document_id FROM task_update_evidence WHERE task_update_id = ANY($1::uuid[])`, [[...ids]]);
      return ids.map((id) => rows.filter((r) => r.task_update_id === id).map((r) => r.document_id));
    }),
    reportSections: grouped((ids) => db.getRepository(ReportSection).find({ where: { reportId: In(ids) }, order: { position: "ASC" } }), (r) => r.reportId),
    reportFigures: grouped((ids) => db.getRepository(ReportFigure).find({ where: { reportId: In(ids) }, order: { position: "ASC" } }), (r) => r.reportId),
    reportRecipients: grouped((ids) => db.getRepository(ReportRecipient).find({ where: { reportId: In(ids) }, order: { position: "ASC" } }), (r) => r.reportId),
    legalBasesTo: grouped((ids) => db.getRepository(LegalBasis).find({ where: { toDocumentId: In(ids) }, order: { createdAt: "ASC", position: { direction: "ASC", nulls: "LAST" }, id: "ASC" } }), (l) => l.toDocumentId),
  };
}
