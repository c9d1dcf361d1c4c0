import { NARROW_PAGE } from "../src/modules/change/change-feed.sql";
import { buildDocument, grantRole, organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const CHANGES = `query($after: String, $first: Int, $filter: ChangeFilter) {
  changes(after: $after, first: $first, filter: $filter) {
    edges { cursor node { sequence entityId type operation action version occurredAt organisationId state } }
    pageInfo { hasNextPage endCursor } } }`;

interface Page {
  edges: Array<{ cursor: string; node: { sequence: string; type: string; operation: string; version: number | null; state: Record<string, unknown> | null } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

describe("change feed (query changes)", () => {
  let app: TestApp;
  let integrator: string;
  let editor: string;
  beforeAll(async () => {
    app = await startTestApp();
    integrator = await app.login("integrator.haiphong");
    editor = await app.login("ubnd.haian");
  });
  afterAll(() => app.close());

  async function page(token: string, variables: Record<string, unknown>): Promise<Page> {
    const result = await app.gql(CHANGES, variables, { token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.changes;
  }

  it("gives a reader paging throughout 8 concurrent writers exactly the committed changes, none missing, none twice", async () => {
    // Given a reader at the start of the feed of one body and 8 writers creating and updating its documents
    const issuer = "HP.HAI-AN.UBND";
    const filter = { organisationId: await organisationId(app.dataSource, issuer) };
    const seen: string[] = [];
    let cursor: string | undefined;
    const readOnce = async () => {
      for (;;) {
        const result = await page(integrator, { after: cursor, first: 7, filter });
        seen.push(...result.edges.map((edge) => edge.node.sequence));
        cursor = result.pageInfo.endCursor;
        if (!result.pageInfo.hasNextPage) return;
      }
    };
    const until = Date.now() + 4000;
    let writes = 0;
    const writer = async () => {
      while (Date.now() < until) {
        const created = await app.gql(
          `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id version } }`,
          { input: { type: "OFFICIAL_LETTER", reference: `${9000 + writes++}/CV-UBND-F${Math.random().toString(36).slice(2, 8)}`, issuerId: filter.organisationId, issuedOn: "2026-03-01", title: "Công văn" } },
          { token: editor },
        );
        if (created.errors) throw new Error(JSON.stringify(created.errors));
        const { id, version } = created.data.createDocument;
        await app.gql(`mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { id } }`, { input: { id, expectedVersion: version, title: "Công văn (sửa)" } }, { token: editor });
      }
    };
    // When the reader pages on while they write, and once more after they stop
    let reading = true;
    const reader = (async () => {
      while (reading) await readOnce();
    })();
    await Promise.all(Array.from({ length: 8 }, writer));
    reading = false;
    await reader;
    await readOnce();

    // Then it holds every committed change of that body exactly once, in feed order
    const [{ issuer: issuerId }] = await app.dataSource.query(`SELECT id AS issuer FROM organisation WHERE code = $1`, [issuer]);
    const committed: Array<{ id: string }> = await app.dataSource.query(
      `SELECT id::text FROM audit_event WHERE organisation_id = $1 AND NOT (before IS NULL AND after IS NULL) ORDER BY xact_id, audit_event.id`,
      [issuerId],
    );
    expect(writes).toBeGreaterThan(16);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(committed.map((row) => row.id));
  }, 60_000);

  it("tells each change's type, operation, version and new state", async () => {
    const first = await page(integrator, { first: 1, filter: { types: ["Document"] } });
    const document = await buildDocument(app, { issuer: "HP.HAI-AN.UBND" });
    const result = await page(integrator, { after: first.pageInfo.endCursor, first: 500, filter: { types: ["Document"] } });
    const change = result.edges.map((edge) => edge.node).find((node) => (node as { entityId?: string }).entityId === document.id);
    expect(change).toMatchObject({ type: "Document", operation: "CREATED", version: document.version, state: expect.objectContaining({ reference: document.reference }) });
  });

  it("refuses a cursor it never issued, and a tampered one, as BAD_USER_INPUT", async () => {
    const real = (await page(integrator, { first: 1 })).pageInfo.endCursor;
    const [body, signature] = real.split(".");
    const forged = `${Buffer.from("1.1").toString("base64url")}.${signature}`;
    for (const after of ["abc", forged, `${body}.${"A".repeat(signature.length)}`, `${body}`]) {
      const result = await app.gql(CHANGES, { after }, { token: integrator });
      expect(result.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    }
  });

  it("is for auditors and integrators only, and only within their grants", async () => {
    const denied = await app.gql(CHANGES, {}, { token: editor });
    expect(denied.errors?.[0].extensions.code).toBe("FORBIDDEN");

    // Given an account that integrates only the HĐND of Hải An
    await grantRole(app, { username: "hdnd.haian", role: "INTEGRATOR", organisation: "HP.HAI-AN.HDND" });
    const narrow = await app.login("hdnd.haian");
    await buildDocument(app, { issuer: "HP.HAI-AN.UBND" });
    await buildDocument(app, { issuer: "HP.HAI-AN.HDND" });
    const hdnd = await organisationId(app.dataSource, "HP.HAI-AN.HDND");
    const seen = new Set<string | null>();
    let after: string | undefined;
    for (;;) {
      const result = await page(narrow, { after, first: 500 });
      for (const edge of result.edges) seen.add((edge.node as { organisationId?: string | null }).organisationId ?? null);
      after = result.pageInfo.endCursor;
      if (!result.pageInfo.hasNextPage) break;
    }
    expect([...seen]).toEqual([hdnd]);
  });

  it("reads a narrow scope by index look-ups, never by scanning audit_event", async () => {
    const [{ id }] = await app.dataSource.query(`SELECT id FROM organisation WHERE code = 'HP.HAI-AN.UBND'`);
    // On this small database the planner would rightly scan; the test shows the statement can use the index.
    const runner = app.dataSource.createQueryRunner();
    let text: string;
    try {
      await runner.query(`SET enable_seqscan = off`);
      const plan: Array<{ "QUERY PLAN": string }> = await runner.query(`EXPLAIN ${NARROW_PAGE}`, [[id], "0", "0", 101, ["UNCLASSIFIED"], null, []]);
      text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      await runner.query(`RESET enable_seqscan`);
    } finally {
      await runner.release();
    }
    expect(text).toContain("IDX_AUDIT_EVENT_ORGANISATION_FEED");
    expect(text).not.toMatch(/Seq Scan on audit_event/);
  });
});
