import { randomUUID } from "node:crypto";
import { organisationId } from "../factories";
import { startTestApp, type TestApp } from "../harness";

/** A client that lost the response retries with the same Idempotency-Key and gets the first result. */
const CREATE_DOCUMENT = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id version reference } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;

describe("idempotent writes", () => {
  let app: TestApp;
  let editor: string;
  let coordinator: string;
  let ubnd: string;
  let notice: string;

  beforeAll(async () => {
    app = await startTestApp();
    editor = await app.login("ubnd.haian");
    coordinator = await app.login("bcd.haian");
    ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const created = await app.gql(
      CREATE_DOCUMENT,
      { input: { type: "NOTICE", noticeKind: "ASSIGNMENT", reference: "15-TB/BCĐ", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.BCD"), issuedOn: "2026-03-01", title: "Phân công nhiệm vụ" } },
      { token: coordinator },
    );
    notice = created.data.createDocument.id;
  });
  afterAll(() => app.close());

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await app.dataSource.query(sql, params))[0].count;
  const plan = (reference: string) => ({ input: { type: "PLAN", reference, issuerId: ubnd, issuedOn: "2026-04-01", title: "Kế hoạch chuyển đổi số" } });
  const task = (title: string) => ({ input: { assignedById: notice, code: "4", title, leadOrganisationId: ubnd, cadence: "ONGOING" } });

  it("returns the first result to a retry with the same key, writing nothing twice", async () => {
    const key = randomUUID();
    const events = await count(`SELECT count(*)::int AS count FROM audit_event`);
    const first = await app.gql(CREATE_DOCUMENT, plan("61/KH-UBND"), { token: editor, headers: { "idempotency-key": key } });
    const retry = await app.gql(CREATE_DOCUMENT, plan("61/KH-UBND"), { token: editor, headers: { "idempotency-key": key } });

    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data.createDocument).toEqual(first.data.createDocument);
    expect(await count(`SELECT count(*)::int AS count FROM document WHERE reference = '61/KH-UBND'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM audit_event`)).toBe(events + 1);
  });

  it("makes one record of ten simultaneous attempts with one key", async () => {
    const key = randomUUID();
    const attempts = await Promise.all(Array.from({ length: 10 }, () => app.gql(CREATE_TASK, task("Số hóa sổ hộ tịch"), { token: coordinator, headers: { "idempotency-key": key } })));

    expect(attempts.every((a) => !a.errors)).toBe(true);
    expect(new Set(attempts.map((a) => a.data.createTask.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM task WHERE title = 'Số hóa sổ hộ tịch'`)).toBe(1);
  });

  it("without a key, a retry is a second create", async () => {
    await app.gql(CREATE_TASK, task("Tập huấn kỹ năng số"), { token: coordinator });
    await app.gql(CREATE_TASK, task("Tập huấn kỹ năng số"), { token: coordinator });
    expect(await count(`SELECT count(*)::int AS count FROM task WHERE title = 'Tập huấn kỹ năng số'`)).toBe(2);
  });

  it("refuses a key reused for a different request, and a key that cannot be one", async () => {
    const key = randomUUID();
    await app.gql(CREATE_DOCUMENT, plan("62/KH-UBND"), { token: editor, headers: { "idempotency-key": key } });
    const reused = await app.gql(CREATE_DOCUMENT, plan("63/KH-UBND"), { token: editor, headers: { "idempotency-key": key } });
    expect(reused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "Idempotency-Key" }] });
    expect(await count(`SELECT count(*)::int AS count FROM document WHERE reference = '63/KH-UBND'`)).toBe(0);

    const malformed = await app.gql(CREATE_DOCUMENT, plan("64/KH-UBND"), { token: editor, headers: { "idempotency-key": "short", accept: "application/graphql-response+json" } });
    expect(malformed.status).toBe(400);
    expect(malformed.errors![0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("does not remember a failed attempt, keeps keys per user, and forgets a key once it expires", async () => {
    const key = randomUUID();
    // A lead outside the committee's ward is refused; the refusal is not remembered under the key.
    const elsewhere = await organisationId(app.dataSource, "HP.PHU-LIEN.UBND");
    const refused = await app.gql(CREATE_TASK, { input: { ...task("Lắp camera an ninh").input, leadOrganisationId: elsewhere } }, { token: coordinator, headers: { "idempotency-key": key } });
    expect(refused.errors).toBeDefined();
    const done = await app.gql(CREATE_TASK, task("Lắp camera an ninh"), { token: coordinator, headers: { "idempotency-key": key } });
    expect(done.errors).toBeUndefined();

    // The same key from another user is that user's own: nothing of the coordinator's is replayed to it.
    const other = await app.gql(CREATE_DOCUMENT, plan("65/KH-UBND"), { token: editor, headers: { "idempotency-key": key } });
    expect(other.data.createDocument.reference).toBe("65/KH-UBND");

    await app.dataSource.query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
    const afterExpiry = await app.gql(CREATE_TASK, task("Lắp camera an ninh"), { token: coordinator, headers: { "idempotency-key": key } });
    expect(afterExpiry.data.createTask.id).not.toBe(done.data.createTask.id);
  });
});
