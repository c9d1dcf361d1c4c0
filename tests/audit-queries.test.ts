import { randomUUID } from "node:crypto";
import { toGlobalId } from "../src/node";
import { localityId, organisationId, organisationVersion, userId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const EVENT = `sequence occurredAt action entityType entityId actorUsername requestId before after actor { username } organisation { code }`;
const EVENTS = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${EVENT} } } } }`;
const HISTORY = `query($id: ID!) { history(id: $id) { ${EVENT} } }`;
const CREATE_DOCUMENT = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id version } }`;
const UPDATE_DOCUMENT = `mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { id version } }`;
const UPDATE_ORGANISATION = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`;

describe("audit queries", () => {
  let app: TestApp;
  let admin: string;
  let editor: string;
  let auditor: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login("admin");
    editor = await app.login("ubnd.haian");
    auditor = await app.login("auditor.haiphong");
  });
  afterAll(() => app.close());

  const requestId = (label: string) => `${label}-${randomUUID()}`;

  async function createDocument(token: string, issuer: string, options: { requestId?: string; title?: string; classification?: string } = {}): Promise<string> {
    const reference = `${Math.floor(Math.random() * 1e6)}/KH-AUDIT`;
    const input = { type: "PLAN", reference, issuerId: await organisationId(app.dataSource, issuer), issuedOn: "2026-04-01", title: options.title, classification: options.classification };
    const result = await app.gql(CREATE_DOCUMENT, { input }, { token, headers: options.requestId ? { "x-request-id": options.requestId } : {} });
    expect(result.errors).toBeUndefined();
    return result.data.createDocument.id;
  }

  async function renameOrganisation(code: string, shortName: string, id = requestId("org")): Promise<string> {
    const input = { id: await organisationId(app.dataSource, code), expectedVersion: await organisationVersion(app.dataSource, code), shortName };
    const result = await app.gql(UPDATE_ORGANISATION, { input }, { token: admin, headers: { "x-request-id": id } });
    expect(result.errors).toBeUndefined();
    return id;
  }

  async function events(filter: Record<string, unknown>, token = auditor, page: { first?: number; after?: string } = { first: 100 }) {
    const result = await app.gql(EVENTS, { filter, ...page }, { token });
    expect(result.errors).toBeUndefined();
    return result.data.auditEvents;
  }

  const nodes = (connection: any): any[] => connection.edges.map((edge: any) => edge.node);

  it("shows an auditor the events of Hải Phòng's organisations and not those of Hà Nội", async () => {
    // given: writes in Hải Phòng (by the admin and a ward editor) and in Hà Nội
    const orgRequest = await renameOrganisation("HP.HAI-AN.MTTQ", "MTTQ Hải An");
    const haiAnRequest = requestId("hai-an");
    const haiAnDocument = await createDocument(editor, "HP.HAI-AN.UBND", { requestId: haiAnRequest });
    const haNoiRequest = requestId("ha-noi");
    const haNoiDocument = await createDocument(await app.login("danguy.ochodua"), "HN.O-CHO-DUA.DU", { requestId: haNoiRequest });

    // when: the Hải Phòng auditor asks for each
    const orgEvents = nodes(await events({ requestId: orgRequest }));
    const haiAnEvents = nodes(await events({ requestId: haiAnRequest }));
    const haNoiEvents = await events({ requestId: haNoiRequest });
    const haNoiHistory = await app.gql(HISTORY, { id: haNoiDocument }, { token: auditor });

    // then
    expect(orgEvents).toMatchObject([
      { action: "organisation.update", entityType: "Organisation", actorUsername: "admin", actor: { username: "admin" }, organisation: { code: "HP.HAI-AN.MTTQ" }, after: { shortName: "MTTQ Hải An" } },
    ]);
    expect(haiAnEvents).toMatchObject([{ action: "document.create", entityId: haiAnDocument, actor: { username: "ubnd.haian" }, organisation: { code: "HP.HAI-AN.UBND" }, before: null }]);
    expect(haNoiEvents.totalCount).toBe(0);
    expect(haNoiHistory.data.history).toEqual([]);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE request_id = $1`, [haNoiRequest]);
    expect(count).toBe(1);
  });

  it("shows locality events only to an auditor whose locality grant covers that locality", async () => {
    // given: an administrator changes a ward of Hải Phòng and a ward of Hà Nội
    const rename = async (code: string) => {
      const [{ version }] = await app.dataSource.query(`SELECT version FROM locality WHERE code = $1`, [code]);
      const input = { id: await localityId(app.dataSource, code), expectedVersion: version, name: `Phường ${code} (đổi tên)` };
      const result = await app.gql(`mutation($input: UpdateLocalityInput!) { updateLocality(input: $input) { id } }`, { input }, { token: admin });
      expect(result.errors).toBeUndefined();
      return input.id;
    };
    const haiAn = await rename("31.PHU-LIEN");
    const ochodua = await rename("01.O-CHO-DUA");

    // when
    const seen = nodes(await events({ entityType: "Locality", action: "locality.update" }));

    // then
    expect(seen.map((e) => e.entityId)).toContain(haiAn);
    expect(seen.map((e) => e.entityId)).not.toContain(ochodua);
    expect(seen.every((e) => e.organisation === null)).toBe(true);
  });

  it("hides the events of documents classified above the auditor's clearance", async () => {
    // given: the auditor is cleared for Mật (CONFIDENTIAL), not Tối mật (SECRET); the editor who
    // records both needs a Tối mật clearance itself
    await app.dataSource.query(`UPDATE app_user SET clearance = 'SECRET' WHERE username = 'ubnd.haian'`);
    const confidential = await createDocument(editor, "HP.HAI-AN.UBND", { classification: "CONFIDENTIAL" });
    const secret = await createDocument(editor, "HP.HAI-AN.UBND", { classification: "SECRET" });

    // when
    const seen = await events({ entityId: confidential });
    const hidden = await events({ entityId: secret });
    const hiddenHistory = await app.gql(HISTORY, { id: secret }, { token: auditor });

    // then
    expect(seen.totalCount).toBe(1);
    expect(hidden.totalCount).toBe(0);
    expect(hiddenHistory.data.history).toEqual([]);
    await app.dataSource.query(`UPDATE app_user SET clearance = 'NONE' WHERE username = 'ubnd.haian'`);
  });

  it("narrows the events by each filter", async () => {
    // given: an organisation change, a change of one of its sub-units, a document created then updated
    const parentRequest = await renameOrganisation("HP.HAI-AN.UBND", "UBND Hải An");
    const childRequest = await renameOrganisation("HP.HAI-AN.UBND.VHXH", "Phòng VH-XH Hải An");
    const createRequest = requestId("create");
    const documentId = await createDocument(editor, "HP.HAI-AN.UBND", { requestId: createRequest, title: "Kế hoạch chuyển đổi số" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const update = await app.gql(UPDATE_DOCUMENT, { input: { id: documentId, expectedVersion: 1, title: "Kế hoạch chuyển đổi số (sửa)" } }, { token: editor });
    expect(update.errors).toBeUndefined();
    const [created, updated] = (await app.gql(HISTORY, { id: documentId }, { token: auditor })).data.history;
    const ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");

    // when / then
    expect(nodes(await events({ entityId: documentId })).map((e) => e.action)).toEqual(["document.update", "document.create"]);
    const organisationEvents = nodes(await events({ entityType: "Organisation" }));
    expect(organisationEvents.every((e) => e.entityType === "Organisation")).toBe(true);
    expect(organisationEvents.map((e) => e.requestId)).toEqual(expect.arrayContaining([parentRequest, childRequest]));
    const byEditor = nodes(await events({ actorId: await userId(app.dataSource, "ubnd.haian") }));
    expect(byEditor.every((e) => e.actorUsername === "ubnd.haian")).toBe(true);
    expect(byEditor.map((e) => e.requestId)).toContain(createRequest);
    const byAdmin = nodes(await events({ actorUsername: "admin" }));
    expect(byAdmin.every((e) => e.actorUsername === "admin")).toBe(true);
    expect(byAdmin.map((e) => e.requestId)).toContain(parentRequest);
    const ownOnly = nodes(await events({ organisationId: ubnd, entityType: "Organisation" })).map((e) => e.requestId);
    expect(ownOnly).toContain(parentRequest);
    expect(ownOnly).not.toContain(childRequest);
    const withSubunits = nodes(await events({ organisationId: ubnd, includeSubunits: true, entityType: "Organisation" })).map((e) => e.requestId);
    expect(withSubunits).toEqual(expect.arrayContaining([parentRequest, childRequest]));
    expect(nodes(await events({ action: "organisation.update" })).every((e) => e.action === "organisation.update")).toBe(true);
    const documentEvents = nodes(await events({ actionPrefix: "document.", actorUsername: "ubnd.haian" }));
    expect(documentEvents.length).toBeGreaterThanOrEqual(2);
    expect(documentEvents.every((e) => e.action.startsWith("document."))).toBe(true);
    const between = nodes(await events({ entityId: documentId, occurredFrom: created.occurredAt, occurredTo: updated.occurredAt }));
    expect(between.map((e) => e.action)).toEqual(["document.create"]);
    expect(nodes(await events({ entityId: documentId, occurredFrom: updated.occurredAt })).map((e) => e.action)).toEqual(["document.update"]);
    expect(nodes(await events({ requestId: createRequest })).map((e) => e.entityId)).toEqual([documentId]);
  });

  it("pages newest first with first/after, stable while new events are written", async () => {
    // given: five changes of one organisation
    const filter = { organisationId: await organisationId(app.dataSource, "HP.PHU-LIEN.MTTQ"), action: "organisation.update" };
    for (let i = 1; i <= 5; i += 1) await renameOrganisation("HP.PHU-LIEN.MTTQ", `MTTQ Phù Liễn ${i}`);
    const all = nodes(await events(filter)).map((e) => e.sequence);

    // when: paging two at a time, with a new change written after the first page
    const seen: string[] = [];
    let after: string | undefined;
    let hasNextPage = true;
    while (hasNextPage) {
      const page = await events(filter, auditor, { first: 2, after });
      seen.push(...nodes(page).map((e) => e.sequence));
      if (!after) await renameOrganisation("HP.PHU-LIEN.MTTQ", "MTTQ Phù Liễn mới");
      ({ hasNextPage, endCursor: after } = page.pageInfo);
    }

    // then: the pages hold exactly the events there were, newest first
    expect(all).toHaveLength(5);
    expect(seen).toEqual(all);
    expect([...all].sort((a, b) => Number(b) - Number(a))).toEqual(all);
  });

  it("gives the history of a document, create then update, with before and after, also as a field", async () => {
    // given
    const documentId = await createDocument(editor, "HP.HAI-AN.UBND", { title: "Kế hoạch ban đầu" });
    const update = await app.gql(UPDATE_DOCUMENT, { input: { id: documentId, expectedVersion: 1, title: "Kế hoạch đã sửa" } }, { token: editor });
    expect(update.errors).toBeUndefined();

    // when
    const history = await app.gql(HISTORY, { id: documentId }, { token: auditor });
    const field = await app.gql(`query($id: ID!) { document(id: $id) { history { action } } }`, { id: documentId }, { token: auditor });

    // then
    expect(history.errors).toBeUndefined();
    expect(history.data.history).toMatchObject([
      { action: "document.create", entityId: documentId, before: null, after: { title: "Kế hoạch ban đầu", version: 1 } },
      { action: "document.update", entityId: documentId, before: { title: "Kế hoạch ban đầu" }, after: { title: "Kế hoạch đã sửa", version: 2 } },
    ]);
    expect(Number(history.data.history[0].sequence)).toBeLessThan(Number(history.data.history[1].sequence));
    expect(field.data.document.history).toEqual([{ action: "document.create" }, { action: "document.update" }]);
  });

  it("refuses audit queries to callers without an AUDITOR grant", async () => {
    // given
    const documentId = await createDocument(editor, "HP.HAI-AN.UBND");

    // when
    const list = await app.gql(EVENTS, {}, { token: editor });
    const history = await app.gql(HISTORY, { id: documentId }, { token: admin });
    const field = await app.gql(`query($id: ID!) { document(id: $id) { id history { action } } }`, { id: documentId }, { token: editor });

    // then
    expect(list.errors![0].extensions.code).toBe("FORBIDDEN");
    expect(history.errors![0].extensions.code).toBe("FORBIDDEN");
    expect(field.data.document).toEqual({ id: documentId, history: null });
    expect(field.errors![0].extensions.code).toBe("FORBIDDEN");
  });

  it("loads the history of a list of documents in one statement, however long the list", async () => {
    // given
    const query = `query($first: Int) { documents(first: $first) { edges { node { id history { action } } } } }`;
    const statementsFor = async (first: number) => {
      const before = app.statements.count;
      const result = await app.gql(query, { first }, { token: auditor });
      expect(result.errors).toBeUndefined();
      expect(result.data.documents.edges).toHaveLength(first);
      expect(result.data.documents.edges.every((edge: any) => edge.node.history.length > 0)).toBe(true);
      return app.statements.count - before;
    };

    // when
    const withoutHistory = app.statements.count;
    await app.gql(`query { documents(first: 20) { edges { node { id } } } }`, {}, { token: auditor });
    const listOnly = app.statements.count - withoutHistory;
    const forTwo = await statementsFor(2);
    const forTwenty = await statementsFor(20);

    // then
    expect(forTwenty).toBe(forTwo);
    expect(forTwenty).toBe(listOnly + 1);
  });

  it("reports malformed ids, unknown types and reversed time ranges as BAD_USER_INPUT naming the field", async () => {
    const organisation = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const cases: Array<{ filter?: Record<string, unknown>; after?: string; field: string }> = [
      { filter: { entityId: "not-an-id" }, field: "filter.entityId" },
      { filter: { entityId: toGlobalId("AuditEvent", randomUUID()) }, field: "filter.entityId" },
      { filter: { actorId: organisation }, field: "filter.actorId" },
      { filter: { organisationId: "xyz" }, field: "filter.organisationId" },
      { filter: { entityType: "Folder" }, field: "filter.entityType" },
      { filter: { occurredFrom: "2026-05-02T00:00:00Z", occurredTo: "2026-05-01T00:00:00Z" }, field: "filter.occurredFrom" },
      { after: "bm90LWEtY3Vyc29y", field: "after" },
    ];
    for (const { filter, after, field } of cases) {
      const result = await app.gql(EVENTS, { filter, after }, { token: auditor });
      expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields![0].field).toBe(field);
    }
    const history = await app.gql(HISTORY, { id: "bad" }, { token: auditor });
    expect(history.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "id" }] });
    const badDate = await app.gql(EVENTS, { filter: { occurredFrom: "yesterday" } }, { token: auditor });
    expect(badDate.errors![0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
