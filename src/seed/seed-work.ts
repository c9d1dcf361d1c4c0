import type { EntityManager } from "typeorm";
import type { Document } from "../modules/document/document.entity";
import { IndicatorTarget } from "../modules/indicator/indicator-target.entity";
import { Indicator } from "../modules/indicator/indicator.entity";
import { Accumulation, Direction, MeasureKind } from "../modules/indicator/indicator.enums";
import { indicatorSearchText } from "../modules/indicator/indicator.service";
import { Measurement } from "../modules/indicator/measurement.entity";
import type { Organisation } from "../modules/organisation/organisation.entity";
import { TaskUpdate } from "../modules/task/task-update.entity";
import { Task } from "../modules/task/task.entity";
import { Cadence, TaskStatus } from "../modules/task/task.enums";
import { taskSearchText } from "../modules/task/task-write.service";
import { DEMO_INDICATORS, DEMO_TASKS, type DemoIndicator, type DemoTask } from "./demo-work";
import { recordSeedEvent } from "./seed-audit";
import { SEED_SOURCE } from "./seed-documents";

type ByCode<T> = Map<string, T>;

async function seedTask(manager: EntityManager, demo: DemoTask, organisations: ByCode<Organisation>, documents: ByCode<Document>): Promise<void> {
  const assignedBy = documents.get(demo.assignedBy)!;
  const year = assignedBy.planYear ?? assignedBy.issuedYear ?? 2026;
  const task = await manager.getRepository(Task).save(
    manager.getRepository(Task).create({
      assignedById: assignedBy.id,
      code: demo.code,
      title: demo.title,
      leadOrganisationId: organisations.get(demo.lead)!.id,
      coordinators: (demo.coordinators ?? []).map((code) => organisations.get(code)!),
      cadence: demo.cadence as Cadence,
      dueOn: demo.dueOn,
      periodStart: assignedBy.periodStart ?? `${year}-01-01`,
      periodEnd: assignedBy.periodEnd ?? `${year}-12-31`,
      searchText: taskSearchText(demo),
      sourceSystem: SEED_SOURCE,
      externalId: demo.key,
    }),
  );
  await recordSeedEvent(manager, "Task", task, task.leadOrganisationId);
  for (const update of demo.updates) {
    const saved = await manager.getRepository(TaskUpdate).save(
      manager.getRepository(TaskUpdate).create({
        taskId: task.id,
        organisationId: organisations.get(update.org ?? demo.lead)!.id,
        status: update.status as TaskStatus,
        reportedOn: update.reportedOn,
        evidence: [documents.get(update.source)!],
      }),
    );
    await recordSeedEvent(manager, "TaskUpdate", saved, saved.organisationId);
  }
}

async function seedIndicator(manager: EntityManager, demo: DemoIndicator, organisations: ByCode<Organisation>, documents: ByCode<Document>): Promise<void> {
  const definedBy = documents.get(demo.definedBy)!;
  const indicator = await manager.getRepository(Indicator).save(
    manager.getRepository(Indicator).create({
      definedById: definedBy.id,
      code: demo.code,
      name: demo.name,
      measureKind: demo.measureKind as MeasureKind,
      unit: demo.unit,
      direction: (demo.direction as Direction | undefined) ?? Direction.HIGHER_IS_BETTER,
      accumulation: (demo.accumulation as Accumulation | undefined) ?? Accumulation.CUMULATIVE,
      searchText: indicatorSearchText(demo),
      sourceSystem: SEED_SOURCE,
      externalId: demo.key,
    }),
  );
  await recordSeedEvent(manager, "Indicator", indicator, definedBy.issuerId);
  for (const target of demo.targets) {
    const saved = await manager.getRepository(IndicatorTarget).save(
      manager.getRepository(IndicatorTarget).create({ ...target, indicatorId: indicator.id, organisationId: organisations.get(target.org)!.id, setById: definedBy.id }),
    );
    await recordSeedEvent(manager, "IndicatorTarget", saved, saved.organisationId);
  }
  for (const demoMeasurement of demo.measurements) {
    const { numerator = null, denominator = null } = demoMeasurement;
    const value = demo.measureKind === "RATIO" ? (numerator! / denominator!) * 100 : (demoMeasurement.value ?? null);
    const saved = await manager.getRepository(Measurement).save(
      manager.getRepository(Measurement).create({
        indicatorId: indicator.id,
        organisationId: organisations.get(demoMeasurement.org)!.id,
        periodStart: demoMeasurement.periodStart ?? demoMeasurement.periodEnd,
        periodEnd: demoMeasurement.periodEnd,
        numerator,
        denominator,
        value,
        sourceDocumentId: documents.get(demoMeasurement.source.document)!.id,
        sourceLocator: demoMeasurement.source.quote,
        sourceSpanStart: demoMeasurement.source.spanStart,
        sourceSpanEnd: demoMeasurement.source.spanEnd,
      }),
    );
    await recordSeedEvent(manager, "Measurement", saved, saved.organisationId);
  }
}

/** Loads the tasks, indicators, targets and measurements the seed reports state; only what is missing. */
export async function seedWork(manager: EntityManager, organisations: ByCode<Organisation>, documents: ByCode<Document>): Promise<void> {
  const tasks = new Set((await manager.getRepository(Task).findBy({ sourceSystem: SEED_SOURCE })).map((t) => t.externalId));
  for (const demo of DEMO_TASKS) if (!tasks.has(demo.key)) await seedTask(manager, demo, organisations, documents);
  const indicators = new Set((await manager.getRepository(Indicator).findBy({ sourceSystem: SEED_SOURCE })).map((i) => i.externalId));
  for (const demo of DEMO_INDICATORS) if (!indicators.has(demo.key)) await seedIndicator(manager, demo, organisations, documents);
}
