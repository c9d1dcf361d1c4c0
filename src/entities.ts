import { AuditEvent } from "./modules/audit/audit-event.entity";
import { Document } from "./modules/document/document.entity";
import { LegalBasis } from "./modules/document/legal-basis.entity";
import { IndicatorTarget } from "./modules/indicator/indicator-target.entity";
import { Indicator } from "./modules/indicator/indicator.entity";
import { Measurement } from "./modules/indicator/measurement.entity";
import { Locality } from "./modules/locality/locality.entity";
import { Organisation } from "./modules/organisation/organisation.entity";
import { ReportFigure } from "./modules/report/report-figure.entity";
import { ReportRecipient } from "./modules/report/report-recipient.entity";
import { ReportSchedule } from "./modules/report/report-schedule.entity";
import { ReportSection } from "./modules/report/report-section.entity";
import { TaskUpdate } from "./modules/task/task-update.entity";
import { Task } from "./modules/task/task.entity";
import { RoleGrant } from "./modules/user/role-grant.entity";
import { User } from "./modules/user/user.entity";

/** Every entity, listed once for the DataSource. */
export const ENTITIES = [
  Locality,
  Organisation,
  User,
  RoleGrant,
  AuditEvent,
  Document,
  LegalBasis,
  Task,
  TaskUpdate,
  Indicator,
  IndicatorTarget,
  Measurement,
  ReportSection,
  ReportRecipient,
  ReportFigure,
  ReportSchedule,
];
