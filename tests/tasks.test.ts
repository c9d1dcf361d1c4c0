import { auditCount, organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const CREATE_DOC = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version cadence dueOn periodStart periodEnd leadOrganisation { code } coordinatingOrganisations { code } } }`;
const ADD_UPDATE = `mutation($input: AddTaskUpdateInput!) { addTaskUpdate(input: $input) { id status reportedOn organisation { code } } }`;
const STATE = `query($id: ID!, $asOf: LocalDate) { task(id: $id) { status(asOf: $asOf) overdue(asOf: $asOf) progressPercent(asOf: $asOf) } }`;

describe("tasks", () => {
  let app: TestApp;
  let coordinator: string;
  let ubndHaiAn: string;
  let hdndHaiAn: string;
  let notice: string;

  beforeAll(async () => {
    app = await startTestApp();
    coordinator = await app.login("bcd.haian");
    ubndHaiAn = await app.login("ubnd.haian");
    hdndHaiAn = await app.login("hdnd.haian");
    const created = await app.gql(
      CREATE_DOC,
      { input: { type: "NOTICE", noticeKind: "ASSIGNMENT", reference: "05-TB/BCĐ", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.BCD"), issuedOn: "2026-02-10", title: "Phân công nhiệm vụ thực hiện Nghị quyết 57-NQ/TW năm 2026" } },
      { token: coordinator },
    );
    notice = created.data.createDocument.id;
  });
  afterAll(() => app.close());

  async function scheduledTask(dueOn: string, coordinating: string[] = []) {
    const result = await app.gql(
      CREATE_TASK,
      {
        input: {
          assignedById: notice,
          code: "1",
          title: "Cấp chữ ký số cá nhân cho cán bộ cấp phường",
          leadOrganisationId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"),
          coordinatingOrganisationIds: await Promise.all(coordinating.map((code) => organisationId(app.dataSource, code))),
          cadence: "SCHEDULED",
          dueOn,
        },
      },
      { token: coordinator },
    );
    expect(result.errors).toBeUndefined();
    return result.data.createTask;
  }

  it("lets a steering committee assign tasks to any bloc of its ward through its notice, in the notice's year", async () => {
    const task = await scheduledTask("2026-06-30", ["HP.HAI-AN.HDND"]);
    expect(task).toMatchObject({ cadence: "SCHEDULED", periodStart: "2026-01-01", periodEnd: "2026-12-31", leadOrganisation: { code: "HP.HAI-AN.UBND" }, coordinatingOrganisations: [{ code: "HP.HAI-AN.HDND" }] });
  });

  it("derives overdue from the due date, the status and the date asked about, never storing it", async () => {
    const task = await scheduledTask("2026-03-31");
    const on = async (asOf: string) => (await app.gql(STATE, { id: task.id, asOf }, { token: ubndHaiAn })).data.task;
    expect(await on("2026-03-31")).toEqual({ status: "NOT_STARTED", overdue: false, progressPercent: null });
    expect(await on("2026-04-01")).toEqual({ status: "NOT_STARTED", overdue: true, progressPercent: null });

    await app.gql(ADD_UPDATE, { input: { taskId: task.id, status: "IN_PROGRESS", progressPercent: 60, reportedOn: "2026-03-20" } }, { token: ubndHaiAn });
    await app.gql(ADD_UPDATE, { input: { taskId: task.id, status: "DONE", progressPercent: 100, reportedOn: "2026-04-05", note: "Đã cấp đủ chữ ký số" } }, { token: ubndHaiAn });
    expect(await on("2026-03-25")).toEqual({ status: "IN_PROGRESS", overdue: false, progressPercent: 60 });
    expect(await on("2026-04-02")).toEqual({ status: "IN_PROGRESS", overdue: true, progressPercent: 60 });
    expect(await on("2026-04-10")).toEqual({ status: "DONE_LATE", overdue: false, progressPercent: 100 });
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'task' AND column_name ILIKE '%overdue%'`);
    expect(n).toBe(0);
  });

  it("finds overdue tasks through the list filter as of a date", async () => {
    const task = await scheduledTask("2026-05-15");
    const OVERDUE = `query($asOf: LocalDate) { tasks(first: 100, asOf: $asOf, filter: { overdue: true }) { edges { node { id } } } }`;
    const before = await app.gql(OVERDUE, { asOf: "2026-05-15" }, { token: ubndHaiAn });
    const after = await app.gql(OVERDUE, { asOf: "2026-05-16" }, { token: ubndHaiAn });
    expect(before.data.tasks.edges.map((e: any) => e.node.id)).not.toContain(task.id);
    expect(after.data.tasks.edges.map((e: any) => e.node.id)).toContain(task.id);
  });

  it("lets a coordinating body report progress on its part but not change the task", async () => {
    const task = await scheduledTask("2026-09-30", ["HP.HAI-AN.HDND"]);
    const part = await app.gql(ADD_UPDATE, { input: { taskId: task.id, organisationId: await organisationId(app.dataSource, "HP.HAI-AN.HDND"), status: "DONE", reportedOn: "2026-05-01" } }, { token: hdndHaiAn });
    expect(part.errors).toBeUndefined();
    expect(part.data.addTaskUpdate.organisation).toEqual({ code: "HP.HAI-AN.HDND" });
    // The coordinator's part does not finish the lead's task.
    expect((await app.gql(STATE, { id: task.id, asOf: "2026-05-02" }, { token: hdndHaiAn })).data.task.status).toBe("NOT_STARTED");

    const before = await auditCount(app.dataSource);
    const change = await app.gql(`mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`, { input: { id: task.id, expectedVersion: 1, title: "Đổi nội dung nhiệm vụ" } }, { token: hdndHaiAn });
    expect(change.errors![0].extensions.code).toBe("NOT_FOUND");
    const asLead = await app.gql(ADD_UPDATE, { input: { taskId: task.id, status: "DONE", reportedOn: "2026-05-01" } }, { token: hdndHaiAn });
    expect(asLead.errors![0].extensions.code).toBe("FORBIDDEN");
    expect(await auditCount(app.dataSource)).toBe(before);
  });

  it("lets a steering committee make another bloc (HĐND) lead, and keeps evidence documents with an update", async () => {
    const led = await app.gql(
      CREATE_TASK,
      { input: { assignedById: notice, title: "Giám sát việc chuyển đổi số tại UBND phường", leadOrganisationId: await organisationId(app.dataSource, "HP.HAI-AN.HDND"), cadence: "SCHEDULED", dueOn: "2026-09-30" } },
      { token: coordinator },
    );
    expect(led.data.createTask.leadOrganisation).toEqual({ code: "HP.HAI-AN.HDND" });
    const [{ id }] = await app.dataSource.query(`SELECT id FROM document WHERE external_id = 'report:000'`);
    const update = await app.gql(
      `mutation($input: AddTaskUpdateInput!) { addTaskUpdate(input: $input) { evidence { reference type } } }`,
      { input: { taskId: led.data.createTask.id, status: "IN_PROGRESS", reportedOn: "2026-06-19", evidenceDocumentIds: [Buffer.from(`Document:${id}`).toString("base64url")] } },
      { token: hdndHaiAn },
    );
    expect(update.data.addTaskUpdate.evidence).toEqual([{ reference: "/BC-HĐND", type: "REPORT" }]);
  });

  it("lets the lead's editors change the task, with optimistic concurrency", async () => {
    const task = await scheduledTask("2026-10-31");
    const UPDATE = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { dueOn version } }`;
    const changed = await app.gql(UPDATE, { input: { id: task.id, expectedVersion: 1, dueOn: "2026-11-30" } }, { token: ubndHaiAn });
    expect(changed.data.updateTask).toEqual({ dueOn: "2026-11-30", version: 2 });
    const stale = await app.gql(UPDATE, { input: { id: task.id, expectedVersion: 1, dueOn: "2026-12-15" } }, { token: ubndHaiAn });
    expect(stale.errors![0].extensions.code).toBe("CONFLICT");
  });

  it("refuses an editor who assigns work to another bloc through its own notice", async () => {
    const hdndNotice = await app.gql(
      CREATE_DOC,
      { input: { type: "NOTICE", noticeKind: "ASSIGNMENT", reference: "12/TB-HĐND", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.HDND"), issuedOn: "2026-03-01" } },
      { token: hdndHaiAn },
    );
    const own = await app.gql(
      CREATE_TASK,
      { input: { assignedById: hdndNotice.data.createDocument.id, title: "Giám sát chuyển đổi số tại UBND phường", leadOrganisationId: await organisationId(app.dataSource, "HP.HAI-AN.HDND.VHXH"), cadence: "SCHEDULED", dueOn: "2026-09-30" } },
      { token: hdndHaiAn },
    );
    expect(own.errors).toBeUndefined();
    const other = await app.gql(
      CREATE_TASK,
      { input: { assignedById: hdndNotice.data.createDocument.id, title: "Nhiệm vụ của UBND", leadOrganisationId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), cadence: "ONGOING" } },
      { token: hdndHaiAn },
    );
    expect(other.errors![0].extensions.code).toBe("NOT_FOUND");
  });

  describe("bad input", () => {
    const cases: Array<[string, () => Promise<Record<string, unknown>>, string]> = [
      ["a scheduled task without a due date", async () => ({ cadence: "SCHEDULED" }), "dueOn"],
      ["a period that ends before it starts", async () => ({ cadence: "ONGOING", periodStart: "2026-12-31", periodEnd: "2026-01-01" }), "periodEnd"],
      ["an empty title", async () => ({ cadence: "ONGOING", title: " " }), "title"],
      ["a report as the assigning document", async () => ({ cadence: "ONGOING", assignedById: (await app.dataSource.query(`SELECT id FROM document WHERE external_id = 'report:004'`)).map((r: { id: string }) => Buffer.from(`Document:${r.id}`).toString("base64url"))[0] }), "assignedById"],
    ];
    it.each(cases)("refuses %s with BAD_USER_INPUT naming the field, writing nothing", async (_name, overrides, field) => {
      const before = await auditCount(app.dataSource);
      const input = { assignedById: notice, title: "Nhiệm vụ", leadOrganisationId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), ...(await overrides()) };
      const result = await app.gql(CREATE_TASK, { input }, { token: coordinator });
      expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields!.map((f) => f.field)).toContain(field);
      expect(await auditCount(app.dataSource)).toBe(before);
    });

    it("refuses a progress percent over 100", async () => {
      const task = await scheduledTask("2026-12-31");
      const result = await app.gql(ADD_UPDATE, { input: { taskId: task.id, status: "IN_PROGRESS", progressPercent: 120 } }, { token: ubndHaiAn });
      expect(result.errors![0].extensions.fields![0].field).toBe("progressPercent");
    });
  });
});
