import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Max, Min } from "class-validator";
import { In } from "typeorm";
import { can } from "../../auth/policy";
import { daysBetween, todayInVietnam } from "../../calendar";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, ForbiddenError, NotFoundError } from "../../errors";
import { visibleClassifications } from "../document/document.policy";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { Document } from "../document/document.entity";
import { DocumentType } from "../document/document.enums";
import { getDocument } from "../document/document.service";
import { getOrganisation } from "../organisation/organisation.service";
import { ReportSchedule } from "./report-schedule.entity";
import { ReportPeriodKind, ReportStatus } from "./report.enums";

export enum ReportingState {
  UPCOMING = "UPCOMING",
  DUE = "DUE",
  SUBMITTED_ON_TIME = "SUBMITTED_ON_TIME",
  SUBMITTED_LATE = "SUBMITTED_LATE",
  MISSING = "MISSING",
}
registerEnumType(ReportingState, { name: "ReportingState", description: "Chưa đến kỳ; đến hạn; đã gửi đúng hạn; gửi muộn; thiếu (quá hạn chưa gửi)" });

@InputType()
export class CreateReportScheduleInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => ReportPeriodKind, { description: "WEEK, MONTH, QUARTER, HALF_YEAR or YEAR" })
  periodKind!: ReportPeriodKind;

  @Field(() => Int, { description: "Days after each period ends by which the report is due" })
  @Min(0)
  @Max(120)
  dueAfterDays!: number;

  @Field(() => ID, { nullable: true, description: "The document that requires the reports" })
  requiredById?: string;

  @Field(() => GraphQLLocalDate)
  activeFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  activeTo?: string;
}

@ObjectType({ description: "One expected report of a body and where it stands" })
export class ReportingPeriod {
  @Field(() => ReportSchedule)
  schedule!: ReportSchedule;

  @Field(() => GraphQLLocalDate)
  periodStart!: string;

  @Field(() => GraphQLLocalDate)
  periodEnd!: string;

  @Field(() => GraphQLLocalDate)
  dueOn!: string;

  @Field(() => ReportingState)
  state!: ReportingState;

  @Field(() => Document, { nullable: true, description: "The report sent for the period (first submission)" })
  report!: Document | null;

  @Field(() => Int, { nullable: true, description: "Days late, for a late or missing report" })
  daysLate!: number | null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** The periods of a kind that overlap [from, to]: ISO weeks (Monday to Sunday), months, quarters, halves, years. */
export function periodsBetween(kind: ReportPeriodKind, from: string, to: string): Array<{ start: string; end: string }> {
  const periods: Array<{ start: string; end: string }> = [];
  let start = utc(from);
  if (kind === ReportPeriodKind.WEEK) start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  else {
    const months = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 }[kind as "MONTH"];
    if (!months) return periods;
    start = new Date(Date.UTC(start.getUTCFullYear(), Math.floor(start.getUTCMonth() / months) * months, 1));
  }
  while (iso(start) <= to && periods.length < 400) {
    const end = new Date(start);
    if (kind === ReportPeriodKind.WEEK) end.setUTCDate(end.getUTCDate() + 6);
    else end.setUTCMonth(end.getUTCMonth() + { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 }[kind as "MONTH"], 0);
    periods.push({ start: iso(start), end: iso(end) });
    start = new Date(end);
    start.setUTCDate(start.getUTCDate() + 1);
  }
  return periods;
}

function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** Records a reporting obligation; an administrator or a coordinator over the body may. */
export async function createReportSchedule(ctx: Context, input: CreateReportScheduleInput): Promise<ReportSchedule> {
  const actor = requireActor(ctx);
  const organisation = await getOrganisation(ctx, input.organisationId, "organisationId");
  const target = (await ctx.loaders.orgTarget.load(organisation.id))!;
  if (!can(actor, "administer", target) && !can(actor, "coordinate", target)) throw new ForbiddenError("Only an administrator or a coordinator over this body may set its reporting obligations");
  if (input.periodKind === ReportPeriodKind.AD_HOC) throw badInput("periodKind", "báo cáo đột xuất không theo lịch / ad hoc reports have no schedule");
  if (input.activeTo && input.activeTo < input.activeFrom) throw badInput("activeTo", "trước ngày bắt đầu / before activeFrom");
  const requiredBy = input.requiredById ? await getDocument(ctx, input.requiredById, "requiredById") : undefined;
  return auditedWrite(ctx, async (tx) => {
    const schedule = await tx.db.getRepository(ReportSchedule).save(
      tx.db.getRepository(ReportSchedule).create({ organisationId: organisation.id, periodKind: input.periodKind, dueAfterDays: input.dueAfterDays, requiredById: requiredBy?.id ?? null, activeFrom: input.activeFrom, activeTo: input.activeTo ?? null }),
    );
    return { result: schedule, audit: { action: "report.schedule", entityType: "ReportSchedule", entityId: schedule.id, organisationId: organisation.id, before: null, after: snapshot(schedule) } };
  });
}

/**
 * Which reports of a body were due in [from, to] and how each stands on `asOf`: sent on time or
 * late (by the date of first submission, in Việt Nam), missing once past due, due, or upcoming.
 */
export async function reportingStatus(ctx: Context, organisationGlobalId: string, range: { from: string; to: string; asOf?: string }): Promise<ReportingPeriod[]> {
  const organisation = await getOrganisation(ctx, organisationGlobalId, "organisationId");
  const target = (await ctx.loaders.orgTarget.load(organisation.id))!;
  if (!can(requireActor(ctx), "read", target)) throw new NotFoundError("Organisation");
  if (range.from > range.to) throw badInput("to", "trước ngày bắt đầu / before from");
  if (daysBetween(range.from, range.to) > 3 * 366) throw badInput("to", "tối đa 3 năm / at most three years");
  const asOf = range.asOf ?? todayInVietnam();
  const schedules = await ctx.db.getRepository(ReportSchedule).find({ where: { organisationId: organisation.id }, order: { createdAt: "ASC" } });
  const stored = await ctx.db.getRepository(Document).find({
    where: { issuerId: organisation.id, type: DocumentType.REPORT, reportStatus: In([ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, ReportStatus.RETURNED]) },
    order: { submittedAt: "ASC" },
  });
  const allowed = visibleClassifications(requireActor(ctx));
  const reports = stored.filter((report) => allowed.includes(report.classification));
  const result: ReportingPeriod[] = [];
  for (const schedule of schedules) {
    for (const period of periodsBetween(schedule.periodKind, range.from, range.to)) {
      if (period.end < schedule.activeFrom || (schedule.activeTo && period.start > schedule.activeTo)) continue;
      const dueOn = addDays(period.end, schedule.dueAfterDays);
      const report = reports.find((r) => r.periodKind === schedule.periodKind && r.periodStart === period.start && r.periodEnd === period.end) ?? null;
      const sentOn = report?.submittedAt ? todayInVietnam(report.submittedAt) : null;
      let state: ReportingState;
      if (sentOn && sentOn <= asOf) state = sentOn <= dueOn ? ReportingState.SUBMITTED_ON_TIME : ReportingState.SUBMITTED_LATE;
      else if (asOf > dueOn) state = ReportingState.MISSING;
      else state = asOf >= period.end ? ReportingState.DUE : ReportingState.UPCOMING;
      const lateBy = state === ReportingState.SUBMITTED_LATE ? daysBetween(dueOn, sentOn!) : state === ReportingState.MISSING ? daysBetween(dueOn, asOf) : null;
      result.push({ schedule, periodStart: period.start, periodEnd: period.end, dueOn, state, report: state.startsWith("SUBMITTED") ? report : null, daysLate: lateBy });
    }
  }
  return result.sort((a, b) => a.periodStart.localeCompare(b.periodStart));
}
