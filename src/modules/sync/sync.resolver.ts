import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { bulkUpsert } from "./sync.service";
import { BulkUpsertDocumentsInput } from "./sync.inputs";
import { BulkUpsertIndicatorsInput, BulkUpsertInput, BulkUpsertMeasurementsInput, BulkUpsertTasksInput } from "./sync-work.inputs";
import { BulkUpsertPayload } from "./sync.types";

const KEYED = "keyed by (sourceSystem, externalId), at most 1 000 items, one transaction; one result per item in input order";

/** Integrators' bulk upserts (README, "Integrating"); who may write each item is decided per item by the policy module. */
@Resolver()
export class SyncResolver {
  @Authorized()
  @Mutation(() => BulkUpsertPayload, { description: `Upsert plans, notices and other documents with their legal bases, ${KEYED}` })
  bulkUpsertDocuments(@Ctx() ctx: Context, @Arg("input", () => BulkUpsertDocumentsInput) input: BulkUpsertDocumentsInput): Promise<BulkUpsertPayload> {
    return bulkUpsert(ctx, { ...input, documents: input.items }, { documents: "items" });
  }

  @Authorized()
  @Mutation(() => BulkUpsertPayload, { description: `Upsert tasks with their lead, coordinators and status, ${KEYED}` })
  bulkUpsertTasks(@Ctx() ctx: Context, @Arg("input", () => BulkUpsertTasksInput) input: BulkUpsertTasksInput): Promise<BulkUpsertPayload> {
    return bulkUpsert(ctx, { ...input, tasks: input.items }, { tasks: "items" });
  }

  @Authorized()
  @Mutation(() => BulkUpsertPayload, { description: `Upsert indicators with their targets, ${KEYED}` })
  bulkUpsertIndicators(@Ctx() ctx: Context, @Arg("input", () => BulkUpsertIndicatorsInput) input: BulkUpsertIndicatorsInput): Promise<BulkUpsertPayload> {
    return bulkUpsert(ctx, { ...input, indicators: input.items }, { indicators: "items" });
  }

  @Authorized()
  @Mutation(() => BulkUpsertPayload, { description: `Upsert measurements with their source; a changed figure is recorded as a correction, ${KEYED}` })
  bulkUpsertMeasurements(@Ctx() ctx: Context, @Arg("input", () => BulkUpsertMeasurementsInput) input: BulkUpsertMeasurementsInput): Promise<BulkUpsertPayload> {
    return bulkUpsert(ctx, { ...input, measurements: input.items }, { measurements: "items" });
  }

  @Authorized()
  @Mutation(() => BulkUpsertPayload, { description: `Upsert items of several kinds at once, which may name each other by external id in any order, ${KEYED} (all lists together)` })
  bulkUpsert(@Ctx() ctx: Context, @Arg("input", () => BulkUpsertInput) input: BulkUpsertInput): Promise<BulkUpsertPayload> {
    return bulkUpsert(ctx, input, { documents: "documents", tasks: "tasks", indicators: "indicators", measurements: "measurements" });
  }
}
