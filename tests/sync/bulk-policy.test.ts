import { toGlobalId } from "../../src/node";
import { nextNumber } from "../factories";
import { startTestApp, type TestApp } from "../harness";
import { auditEvents, bulk, BULK, INTEGRATOR, orgs, planItem, SOURCE, statuses, unique } from "./sync-fixtures";

describe("bulk upserts: error policies, scope, placeholders, bad input, scale", () => {
  let app: TestApp;
  let token: string;
  let ubnd: string;
  let hanoi: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login(INTEGRATOR);
    [ubnd, hanoi] = await orgs(app.dataSource, "HP.HAI-AN.UBND", "HN.O-CHO-DUA.UBND");
  });
  afterAll(() => app.close());

  const invalidTask = (plan: string) => ({ externalId: unique("bad"), assignedBy: { externalId: plan }, title: "Thiếu hạn", leadOrganisationId: ubnd, cadence: "SCHEDULED" });

  it("ALL_OR_NOTHING: one invalid item writes nothing, and every item says what it would have been", async () => {
    const plan = unique("aon-plan");
    const events = await auditEvents(app.dataSource);
    const result = await bulk(app, token, "all", { errorPolicy: "ALL_OR_NOTHING", documents: [planItem(plan, ubnd, nextNumber())], tasks: [invalidTask(plan)] });
    expect(result.written).toBe(false);
    expect(statuses(result)).toEqual(["CREATED", "REJECTED"]);
    expect(result.results[0].id).toBeNull();
    expect(result.results[1].errors).toContainEqual(expect.objectContaining({ field: "dueOn" }));
    expect(await auditEvents(app.dataSource)).toBe(events);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM document WHERE external_id = $1`, [plan]);
    expect(n).toBe(0);
  });

  it("KEEP_VALID: the valid items are written, the invalid one is REJECTED", async () => {
    const plan = unique("kv-plan");
    const result = await bulk(app, token, "all", { errorPolicy: "KEEP_VALID", documents: [planItem(plan, ubnd, nextNumber())], tasks: [invalidTask(plan)] });
    expect(result.written).toBe(true);
    expect(statuses(result)).toEqual(["CREATED", "REJECTED"]);
    expect(result.results[0].id).not.toBeNull();
  });

  it("REJECTS an item outside the integrator's grants, while the rest follow the error policy", async () => {
    const items = [planItem(unique("in-scope"), ubnd, nextNumber()), { ...planItem(unique("hanoi"), hanoi, nextNumber()) }];
    const all = await bulk(app, token, "documents", { errorPolicy: "ALL_OR_NOTHING", items });
    expect(statuses(all)).toEqual(["CREATED", "REJECTED"]);
    expect(all.written).toBe(false);
    expect(all.results[1].errors[0].field).toBe("issuerId");
    const kept = await bulk(app, token, "documents", { errorPolicy: "KEEP_VALID", items });
    expect(statuses(kept)).toEqual(["CREATED", "REJECTED"]);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM document WHERE external_id = ANY($1)`, [items.map((i) => i.externalId)]);
    expect(n).toBe(1);
  });

  it("confirms a placeholder created from a citation in place: same id, links kept", async () => {
    const number = nextNumber();
    const citing = await bulk(app, token, "documents", {
      items: [planItem(unique("citing"), ubnd, nextNumber(), { legalBases: [{ relation: "BASED_ON", citation: `Kế hoạch số ${number}/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân phường Hải An` }] })],
    });
    const [placeholder] = await app.dataSource.query(`SELECT id, verified FROM document WHERE reference = $1`, [`${number}/KH-UBND`]);
    expect(placeholder.verified).toBe(false);
    const real = await bulk(app, token, "documents", { items: [planItem(unique("real"), ubnd, number, { issuedOn: "2026-01-05" })] });
    expect(real.results[0]).toMatchObject({ status: "UPDATED", id: toGlobalId("Document", placeholder.id) });
    const rows = await app.dataSource.query(`SELECT id, verified FROM document WHERE reference = $1`, [`${number}/KH-UBND`]);
    expect(rows).toEqual([{ id: placeholder.id, verified: true }]);
    const links = await app.gql(`query($id: ID!) { document(id: $id) { citedBy { document { id } } } }`, { id: real.results[0].id }, { token });
    expect(links.data.document.citedBy).toEqual([{ document: { id: citing.results[0].id } }]);
  });

  it("refuses bad input as a whole with BAD_USER_INPUT and writes nothing", async () => {
    const events = await auditEvents(app.dataSource);
    const send = (input: Record<string, unknown>) => app.gql(BULK.documents, { input: { sourceSystem: SOURCE, ...input } }, { token });
    const many = Array.from({ length: 1001 }, (_, i) => planItem(`too-many-${i}`, ubnd, 90000 + i));
    const twice = [planItem("dup", ubnd, nextNumber()), planItem("dup", ubnd, nextNumber())];
    for (const response of [await send({ items: many }), await send({ items: twice }), await send({ items: [planItem(unique("x"), ubnd, nextNumber())], sourceSystem: "Not A System!" })]) {
      expect(response.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    }
    expect(await auditEvents(app.dataSource)).toBe(events);
  });

  it("writes 1 000 mixed items naming each other by external id in any order", async () => {
    const prefix = unique("k");
    const plans = Array.from({ length: 250 }, (_, i) => planItem(`${prefix}-p${i}`, ubnd, 20000 + i, i > 0 ? { legalBases: [{ relation: "BASED_ON", externalId: `${prefix}-p${(i + 1) % 250}` }] } : {}));
    const tasks = Array.from({ length: 250 }, (_, i) => ({ externalId: `${prefix}-t${i}`, assignedBy: { externalId: `${prefix}-p${249 - i}` }, title: `Nhiệm vụ ${i}`, leadOrganisationId: ubnd, cadence: "ONGOING" }));
    const indicators = Array.from({ length: 250 }, (_, i) => ({ externalId: `${prefix}-i${i}`, definedBy: { externalId: `${prefix}-p${i}` }, name: `Chỉ tiêu ${i}`, measureKind: "COUNT", targets: [{ organisationId: ubnd, targetValue: 100 }] }));
    const measurements = Array.from({ length: 250 }, (_, i) => ({ externalId: `${prefix}-m${i}`, indicator: { externalId: `${prefix}-i${i}` }, organisationId: ubnd, periodEnd: "2026-03-31", value: i }));
    const result = await bulk(app, token, "all", { errorPolicy: "ALL_OR_NOTHING", documents: plans, tasks, indicators, measurements });
    expect(result.results).toHaveLength(1000);
    expect(result.results.filter((r) => r.status !== "CREATED")).toEqual([]);
    const again = await bulk(app, token, "all", { errorPolicy: "ALL_OR_NOTHING", documents: plans, tasks, indicators, measurements });
    expect(new Set(statuses(again))).toEqual(new Set(["UNCHANGED"]));
  });
});
