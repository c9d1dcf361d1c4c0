import { organisationScopeSql } from "../../auth/policy";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { badInput, BadUserInputError, ForbiddenError, NotFoundError, type FieldProblem } from "../../errors";
import { canWriteAsIssuer } from "../document/document.policy";
import { fromGlobalId } from "../../node";
import { paginate, type PageArgs } from "../../pagination";
import { searchCondition, searchKey } from "../../text";
import { auditedWrite, snapshot } from "../audit/audit.service";
import type { Document } from "../document/document.entity";
import { DocumentType, NoticeKind } from "../document/document.enums";
import { getOrganisation } from "../organisation/organisation.service";
import { assigningDocument, defaultPeriod } from "../task/task-write.service";
import { sourceKeyOf } from "../sync/source-key";
import { authorizeAssignment } from "../task/task.policy";
import { IndicatorTarget } from "./indicator-target.entity";
import { Indicator } from "./indicator.entity";
import { Accumulation, Direction, MeasureKind } from "./indicator.enums";
import type { CreateIndicatorInput, IndicatorFilter, SetTargetInput, TargetInput } from "./indicator.inputs";

export function indicatorSearchText(indicator: Pick<Indicator, "code" | "name">): string {
  return searchKey(`${indicator.code ?? ""} ${indicator.name}`);
}

/** SQL (alias of an indicator) for indicators the actor may read: with a target for, or defined by, a readable organisation. */
function readableIndicatorsSql(alias: string, ctx: Context): { sql: string; params: Record<string, unknown> } {
  const scope = organisationScopeSql(requireActor(ctx), ["read"], "iro");
  const readable = `SELECT iro.id FROM organisation iro WHERE ${scope.sql}`;
  return {
    sql: `(EXISTS (SELECT 1 FROM indicator_target irt WHERE irt.indicator_id = ${alias}.id AND irt.organisation_id IN (${readable}))
      OR EXISTS (SELECT 1 FROM document ird WHERE ird.id = ${alias}.defined_by_id AND ird.issuer_id IN (${readable})))`,
    params: scope.params,
  };
}

export async function getIndicator(ctx: Context, globalId: string, field = "id"): Promise<Indicator> {
  const id = fromGlobalId(globalId, "Indicator", field);
  const scope = readableIndicatorsSql("i", ctx);
  const indicator = await ctx.db.getRepository(Indicator).createQueryBuilder("i").where("i.id = :id", { id }).andWhere(scope.sql, scope.params).getOne();
  if (!indicator) throw new NotFoundError("Indicator");
  return indicator;
}

export async function listIndicators(ctx: Context, filter: IndicatorFilter = {}, page: PageArgs = {}) {
  const scope = readableIndicatorsSql("i", ctx);
  const query = ctx.db.getRepository(Indicator).createQueryBuilder("i").where(scope.sql, scope.params);
  if (filter.organisationId) {
    query.andWhere("EXISTS (SELECT 1 FROM indicator_target ft WHERE ft.indicator_id = i.id AND ft.organisation_id = :orgId)", { orgId: fromGlobalId(filter.organisationId, "Organisation", "filter.organisationId") });
  }
  if (filter.definedById) query.andWhere("i.defined_by_id = :definedById", { definedById: fromGlobalId(filter.definedById, "Document", "filter.definedById") });
  if (filter.search) {
    const search = searchCondition("i.search_text", filter.search);
    query.andWhere(search.sql, search.params);
  }
  return paginate(query, page, { column: "coalesce(i.code, '')", value: (i) => i.code ?? "" });
}

/** A target fits its indicator: a number for numeric kinds (a percent within 0-100), text for TEXT. */
export function checkTarget(kind: MeasureKind, target: TargetInput, field: string, problems: FieldProblem[]): void {
  if (kind === MeasureKind.TEXT) {
    if (!target.targetText) problems.push({ field: `${field}.targetText`, message: "bắt buộc với chỉ tiêu định tính / required for a TEXT indicator" });
    return;
  }
  if (target.targetValue == null) problems.push({ field: `${field}.targetValue`, message: "bắt buộc / required" });
  else if ((kind === MeasureKind.RATIO || kind === MeasureKind.PERCENT) && (target.targetValue < 0 || target.targetValue > 100)) {
    problems.push({ field: `${field}.targetValue`, message: "phần trăm từ 0 đến 100 / a percent between 0 and 100" });
  } else if (target.targetValue < 0) problems.push({ field: `${field}.targetValue`, message: "không âm / not negative" });
  if (target.periodStart && target.periodEnd && target.periodStart > target.periodEnd) problems.push({ field: `${field}.periodEnd`, message: "trước ngày bắt đầu / before periodStart" });
}

async function buildTarget(ctx: Context, document: Document, indicatorId: string, input: TargetInput, field: string, effectiveFrom?: string): Promise<IndicatorTarget> {
  const organisation = await getOrganisation(ctx, input.organisationId, `${field}.organisationId`);
  await authorizeAssignment(ctx, document, organisation.id);
  const period = defaultPeriod(document);
  const periodStart = input.periodStart ?? period.periodStart;
  const adjusting = document.type === DocumentType.NOTICE && document.noticeKind === NoticeKind.ADJUSTMENT;
  if (adjusting && !effectiveFrom && !document.issuedOn) throw badInput("effectiveFrom", "thông báo điều chỉnh chưa có ngày ban hành / the adjusting notice has no date of issue");
  return ctx.db.getRepository(IndicatorTarget).create({
    indicatorId,
    organisationId: organisation.id,
    periodStart,
    periodEnd: input.periodEnd ?? period.periodEnd,
    targetValue: input.targetValue ?? null,
    targetText: input.targetText ?? null,
    effectiveFrom: effectiveFrom ?? (adjusting ? document.issuedOn! : periodStart),
    setById: document.id,
    createdById: requireActor(ctx).userId,
  });
}

/** Defines an indicator through a plan or notice, with the targets that document sets. */
export async function createIndicator(ctx: Context, input: CreateIndicatorInput): Promise<Indicator> {
  const actor = requireActor(ctx);
  const document = await assigningDocument(ctx, input.definedById, "definedById");
  if (!(await canWriteAsIssuer(ctx, document.issuerId))) throw new ForbiddenError("Only writers of the plan or notice may define indicators through it");
  const problems: FieldProblem[] = [];
  (input.targets ?? []).forEach((target, i) => checkTarget(input.measureKind, target, `targets.${i}`, problems));
  if (problems.length) throw new BadUserInputError(problems);
  const repository = ctx.db.getRepository(Indicator);
  const indicator = repository.create({
    definedById: document.id,
    code: input.code ?? null,
    name: input.name,
    measureKind: input.measureKind,
    unit: input.unit ?? null,
    direction: input.direction ?? Direction.HIGHER_IS_BETTER,
    accumulation: input.accumulation ?? Accumulation.CUMULATIVE,
    baseline: input.baseline ?? null,
    searchText: indicatorSearchText({ code: input.code ?? null, name: input.name }),
    ...sourceKeyOf(input),
    createdById: actor.userId,
  });
  return auditedWrite(ctx, async (tx) => {
    const saved = await tx.db.getRepository(Indicator).save(indicator);
    const targets = [];
    for (const [i, target] of (input.targets ?? []).entries()) {
      targets.push(await tx.db.getRepository(IndicatorTarget).save(await buildTarget(tx, document, saved.id, target, `targets.${i}`)));
    }
    const after = { ...snapshot(saved), targets: targets.map(snapshot) };
    return { result: saved, audit: { action: "indicator.create", entityType: "Indicator", entityId: saved.id, organisationId: document.issuerId, before: null, after } };
  });
}

/**
 * Sets a target for an organisation. Through a notice of kind ADJUSTMENT it adjusts the target
 * from the notice's date on: the old target stays, and only measurements from then on are judged
 * against the new one.
 */
export async function setTarget(ctx: Context, input: SetTargetInput): Promise<IndicatorTarget> {
  const indicator = await getIndicator(ctx, input.indicatorId, "indicatorId");
  const document = await assigningDocument(ctx, input.setById, "setById");
  const problems: FieldProblem[] = [];
  checkTarget(indicator.measureKind, input, "input", problems);
  if (problems.length) throw new BadUserInputError(problems);
  const target = await buildTarget(ctx, document, indicator.id, input, "input", input.effectiveFrom);
  return auditedWrite(ctx, async (tx) => {
    const saved = await tx.db.getRepository(IndicatorTarget).save(target);
    return { result: saved, audit: { action: "indicator.set_target", entityType: "IndicatorTarget", entityId: saved.id, organisationId: saved.organisationId, before: null, after: snapshot(saved) } };
  });
}
