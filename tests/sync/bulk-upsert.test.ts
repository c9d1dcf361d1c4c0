import { toGlobalId } from "../../src/node";
import { nextNumber } from "../factories";
import { startTestApp, type TestApp } from "../harness";
import { auditEvents, bulk, INTEGRATOR, orgs, planItem, statuses, unique } from "./sync-fixtures";

describe("bulk upserts keyed by (sourceSystem, externalId)", () => {
  let app: TestApp;
  let token: string;
  let ubnd: string;
  let vhxh: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login(INTEGRATOR);
    [ubnd, vhxh] = await orgs(app.dataSource, "HP.HAI-AN.UBND", "HP.HAI-AN.UBND.VHXH");
  });
  afterAll(() => app.close());

  /** A plan with a task, an indicator with a target and a figure, naming each other by external id. */
  function batch(prefix: string, number: number) {
    return {
      errorPolicy: "ALL_OR_NOTHING",
      documents: [planItem(`${prefix}-plan`, ubnd, number, { legalBases: [{ relation: "IMPLEMENTS", citation: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" }] })],
      tasks: [{ externalId: `${prefix}-task`, assignedBy: { externalId: `${prefix}-plan` }, title: "Số hóa hồ sơ", leadOrganisationId: ubnd, coordinatingOrganisationIds: [vhxh], cadence: "SCHEDULED", dueOn: "2026-06-30", status: "IN_PROGRESS", statusReportedOn: "2026-03-01" }],
      indicators: [{ externalId: `${prefix}-ind`, definedBy: { externalId: `${prefix}-plan` }, name: "Tỷ lệ hồ sơ trực tuyến", measureKind: "PERCENT", unit: "%", targets: [{ organisationId: ubnd, targetValue: 80 }] }],
      measurements: [{ externalId: `${prefix}-m1`, indicator: { externalId: `${prefix}-ind` }, organisationId: ubnd, periodEnd: "2026-03-31", value: 42, sourceDocument: { externalId: `${prefix}-plan` }, sourceLocator: "Mục II.1" }],
    };
  }

  it("writes a batch once: the same batch again is UNCHANGED, with no new audit event or version", async () => {
    // given a new batch of four kinds that refer to each other
    const input = batch(unique("same"), nextNumber());
    // when it is sent twice
    const first = await bulk(app, token, "all", input);
    const eventsAfterFirst = await auditEvents(app.dataSource);
    const second = await bulk(app, token, "all", input);
    // then the first call creates everything and the second changes nothing
    expect(first.written).toBe(true);
    expect(statuses(first)).toEqual(["CREATED", "CREATED", "CREATED", "CREATED"]);
    expect(first.results.map((r) => r.errors)).toEqual([[], [], [], []]);
    expect(statuses(second)).toEqual(["UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED"]);
    expect(second.results.map((r) => [r.id, r.version])).toEqual(first.results.map((r) => [r.id, r.version]));
    expect(await auditEvents(app.dataSource)).toBe(eventsAfterFirst);
  });

  it("appends one audit event per changed record, in the call's transaction, and reads back what it wrote", async () => {
    const input = batch(unique("audit"), nextNumber());
    const before = await auditEvents(app.dataSource);
    const result = await bulk(app, token, "all", input);
    // a document, a task, its progress update, an indicator, a measurement
    expect(await auditEvents(app.dataSource)).toBe(before + 5);
    const task = await app.gql(`query($id: ID!) { task(id: $id) { title status sourceSystem externalId assignedBy { id reference } coordinatingOrganisations { id } } }`, { id: result.results[1].id }, { token });
    expect(task.data.task).toMatchObject({ status: "IN_PROGRESS", sourceSystem: "qlvb-haiphong", externalId: input.tasks[0].externalId, assignedBy: { id: result.results[0].id } });
  });

  it("updates a changed item in place with one version more, and records a changed figure as a correction", async () => {
    const prefix = unique("change");
    const input = batch(prefix, nextNumber());
    const first = await bulk(app, token, "all", input);
    const changed = { ...input, documents: [{ ...input.documents[0], title: "Kế hoạch (sửa đổi)" }], measurements: [{ ...input.measurements[0], value: 55 }] };
    const second = await bulk(app, token, "all", changed);
    expect(statuses(second)).toEqual(["UPDATED", "UNCHANGED", "UNCHANGED", "UPDATED"]);
    expect(second.results[0]).toMatchObject({ id: first.results[0].id, version: 2 });
    expect(second.results[3].id).not.toBe(first.results[3].id);
    expect(second.results[3].version).toBe(2);
    const old = await app.gql(`query($id: ID!) { node(id: $id) { ... on Measurement { value supersededBy { id value } } } }`, { id: first.results[3].id }, { token });
    expect(old.data.node).toEqual({ value: 42, supersededBy: { id: second.results[3].id, value: 55 } });
  });

  it("lets exactly one of two writers with the same expected version win", async () => {
    const externalId = unique("race");
    const number = nextNumber();
    const [created] = (await bulk(app, token, "documents", { items: [planItem(externalId, ubnd, number)] })).results;
    const edit = (title: string) => bulk(app, token, "documents", { items: [planItem(externalId, ubnd, number, { title, expectedVersion: created.version })] });
    const results = await Promise.all([edit("Phiên bản A"), edit("Phiên bản B")]);
    const outcomes = results.map((r) => r.results[0].status).sort();
    expect(outcomes).toEqual(["CONFLICT", "UPDATED"]);
    const loser = results.find((r) => r.results[0].status === "CONFLICT")!.results[0];
    expect(loser.errors[0].field).toBe("expectedVersion");
    const [{ version }] = await app.dataSource.query(`SELECT version FROM document WHERE external_id = $1`, [externalId]);
    expect(version).toBe(2);
  });

  it("replays the first answer to a retry with the same Idempotency-Key", async () => {
    const input = { items: [planItem(unique("retry"), ubnd, nextNumber())] };
    const headers = { "Idempotency-Key": unique("key-bulk-retry") };
    const first = await bulk(app, token, "documents", input, headers);
    const events = await auditEvents(app.dataSource);
    const retry = await bulk(app, token, "documents", input, headers);
    expect(retry).toEqual(first);
    expect(retry.results[0].status).toBe("CREATED");
    expect(await auditEvents(app.dataSource)).toBe(events);
  });

  it("reports an identity held by another record as CONFLICT naming it", async () => {
    const number = nextNumber();
    const [first] = (await bulk(app, token, "documents", { items: [planItem(unique("holder"), ubnd, number)] })).results;
    const [second] = (await bulk(app, token, "documents", { items: [planItem(unique("other"), ubnd, number)] })).results;
    expect(second).toMatchObject({ status: "CONFLICT", existingId: first.id, id: null });
    expect(second.errors[0].field).toBe("reference");
  });

  it("accepts sourceSystem and externalId on createTask and refuses a second task with the same key", async () => {
    const [plan] = (await bulk(app, token, "documents", { items: [planItem(unique("single"), ubnd, nextNumber())] })).results;
    const externalId = unique("single-task");
    const create = () =>
      app.gql(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id sourceSystem externalId } }`, { input: { assignedById: plan.id, title: "Nhiệm vụ đơn", leadOrganisationId: ubnd, cadence: "ONGOING", sourceSystem: "qlvb-haiphong", externalId } }, { token });
    const created = await create();
    expect(created.data.createTask).toMatchObject({ sourceSystem: "qlvb-haiphong", externalId });
    const again = await create();
    expect(again.errors![0].extensions.code).toBe("CONFLICT");
    // the bulk path finds the same task by its key
    const synced = await bulk(app, token, "tasks", { items: [{ externalId, assignedBy: { id: plan.id }, title: "Nhiệm vụ đơn", leadOrganisationId: ubnd, cadence: "ONGOING" }] });
    expect(synced.results[0]).toMatchObject({ status: "UNCHANGED", id: created.data.createTask.id });
  });

  it("names records by global id too", async () => {
    const [plan] = (await bulk(app, token, "documents", { items: [planItem(unique("byid"), ubnd, nextNumber())] })).results;
    const result = await bulk(app, token, "tasks", { items: [{ externalId: unique("byid-task"), assignedBy: { id: plan.id }, title: "Theo mã", leadOrganisationId: ubnd, cadence: "ONGOING" }] });
    expect(result.results[0].status).toBe("CREATED");
    expect(toGlobalId("Task", "00000000-0000-0000-0000-000000000000")).not.toBe(result.results[0].id);
  });
});
