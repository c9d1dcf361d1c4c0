import { organisationScopeSql } from "../../auth/policy";
import type { Context } from "../../context";
import { requireActor } from "../../auth/actor";
import { BadUserInputError, ConflictError, NotFoundError, type FieldProblem } from "../../errors";
import { fromGlobalId } from "../../node";
import { auditedWrite, snapshot } from "../audit/audit.service";
import { getDocument } from "../document/document.service";
import { getOrganisation } from "../organisation/organisation.service";
import { authorizeMeasurement } from "../task/task.policy";
import { Indicator } from "./indicator.entity";
import { MeasureKind } from "./indicator.enums";
import type { MeasurementValuesInput, RecordMeasurementInput, CorrectMeasurementInput } from "./indicator.inputs";
import { getIndicator } from "./indicator.service";
import { Measurement } from "./measurement.entity";

type Values = Pick<Measurement, "periodStart" | "periodEnd" | "numerator" | "denominator" | "value" | "textValue">;

/**
 * Checks values against the indicator's kind and returns what is stored: a RATIO needs
 * 0 <= numerator <= denominator and denominator > 0 (its value is the percent); a PERCENT lies in
 * 0..100; a COUNT is a non-negative integer; a BOOLEAN is 1 or 0; a TEXT has text.
 */
export function checkValues(kind: MeasureKind, input: MeasurementValuesInput): Values {
  const problems: FieldProblem[] = [];
  const fail = (field: string, message: string) => problems.push({ field, message });
  const periodStart = input.periodStart ?? input.periodEnd;
  if (periodStart > input.periodEnd) fail("periodEnd", "trước ngày bắt đầu / before periodStart");
  let value = input.value ?? null;
  switch (kind) {
    case MeasureKind.RATIO:
      if (input.numerator == null) fail("numerator", "bắt buộc với tỷ lệ / required for a RATIO");
      if (input.denominator == null) fail("denominator", "bắt buộc với tỷ lệ / required for a RATIO");
      else if (!(input.denominator > 0)) fail("denominator", "phải lớn hơn 0 / must be greater than 0");
      if (input.numerator != null && input.denominator != null && input.numerator > input.denominator) fail("numerator", "không lớn hơn mẫu số / must not exceed the denominator");
      if (input.value != null) fail("value", "tính từ tử số và mẫu số / computed from numerator and denominator");
      value = problems.length ? null : (input.numerator! / input.denominator!) * 100;
      break;
    case MeasureKind.PERCENT:
      if (value == null || value < 0 || value > 100) fail("value", "phần trăm từ 0 đến 100 / a percent between 0 and 100");
      break;
    case MeasureKind.COUNT:
      if (value == null || value < 0 || !Number.isInteger(value)) fail("value", "số nguyên không âm / a non-negative integer");
      break;
    case MeasureKind.BOOLEAN:
      if (value !== 0 && value !== 1) fail("value", "1 (có) hoặc 0 (không) / 1 (yes) or 0 (no)");
      break;
    case MeasureKind.TEXT:
      if (!input.textValue) fail("textValue", "bắt buộc với chỉ tiêu định tính / required for a TEXT indicator");
      break;
  }
  if (kind !== MeasureKind.RATIO && (input.numerator != null || input.denominator != null)) fail(input.numerator != null ? "numerator" : "denominator", "chỉ dùng cho tỷ lệ / RATIO indicators only");
  const span = input.source;
  if (span && (span.spanStart != null) !== (span.spanEnd != null)) fail("source.spanEnd", "cần cả điểm đầu và điểm cuối / give both spanStart and spanEnd");
  if (span?.spanStart != null && span.spanEnd != null && span.spanStart > span.spanEnd) fail("source.spanEnd", "trước điểm đầu / before spanStart");
  if (span && span.spanStart != null && !span.documentId) fail("source.documentId", "cần văn bản nguồn cho vị trí / a span needs its source document");
  if (problems.length) throw new BadUserInputError(problems);
  return { periodStart, periodEnd: input.periodEnd, numerator: input.numerator ?? null, denominator: input.denominator ?? null, value, textValue: input.textValue ?? null };
}

async function build(ctx: Context, indicator: Indicator, organisationId: string, input: MeasurementValuesInput, supersedesId: string | null): Promise<Measurement> {
  const values = checkValues(indicator.measureKind, input);
  const source = input.source?.documentId ? await getDocument(ctx, input.source.documentId, "source.documentId") : undefined;
  return ctx.db.getRepository(Measurement).create({
    ...values,
    indicatorId: indicator.id,
    organisationId,
    sourceDocumentId: source?.id ?? null,
    sourceLocator: input.source?.locator ?? null,
    sourceSpanStart: input.source?.spanStart ?? null,
    sourceSpanEnd: input.source?.spanEnd ?? null,
    supersedesId,
    recordedById: requireActor(ctx).userId,
  });
}

/** Records a figure; only editors of the measured organisation may. */
export async function recordMeasurement(ctx: Context, input: RecordMeasurementInput): Promise<Measurement> {
  const indicator = await getIndicator(ctx, input.indicatorId, "indicatorId");
  const organisation = await getOrganisation(ctx, input.organisationId, "organisationId");
  await authorizeMeasurement(ctx, organisation.id);
  const measurement = await build(ctx, indicator, organisation.id, input, null);
  return auditedWrite(ctx, async (tx) => {
    const saved = await tx.db.getRepository(Measurement).save(measurement);
    return { result: saved, audit: { action: "measurement.record", entityType: "Measurement", entityId: saved.id, organisationId: saved.organisationId, before: null, after: snapshot(saved) } };
  });
}

/** Corrects a figure with a new measurement that supersedes it; the old one stays readable. */
export async function correctMeasurement(ctx: Context, input: CorrectMeasurementInput): Promise<Measurement> {
  const old = await getMeasurement(ctx, input.supersedesId, "supersedesId");
  await authorizeMeasurement(ctx, old.organisationId);
  const indicator = await ctx.db.getRepository(Indicator).findOneByOrFail({ id: old.indicatorId });
  const correction = await build(ctx, indicator, old.organisationId, input, old.id);
  return auditedWrite(ctx, async (tx) => {
    const repository = tx.db.getRepository(Measurement);
    await repository.findOne({ where: { id: old.id }, lock: { mode: "pessimistic_write" } });
    if (await repository.existsBy({ supersedesId: old.id })) {
      throw new ConflictError("Số liệu này đã được đính chính", "This measurement was already corrected; correct the newest one", { field: "supersedesId" });
    }
    const saved = await repository.save(correction);
    return { result: saved, audit: { action: "measurement.correct", entityType: "Measurement", entityId: saved.id, organisationId: saved.organisationId, before: snapshot(old), after: snapshot(saved) } };
  });
}

export async function getMeasurement(ctx: Context, globalId: string, field = "id"): Promise<Measurement> {
  const scope = organisationScopeSql(requireActor(ctx), ["read"], "mro");
  const measurement = await ctx.db
    .getRepository(Measurement)
    .createQueryBuilder("m")
    .where("m.id = :id", { id: fromGlobalId(globalId, "Measurement", field) })
    .andWhere(`m.organisation_id IN (SELECT mro.id FROM organisation mro WHERE ${scope.sql})`, scope.params)
    .getOne();
  if (!measurement) throw new NotFoundError("Measurement");
  return measurement;
}

