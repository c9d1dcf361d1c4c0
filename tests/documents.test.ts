import { toGlobalId } from "../src/node";
import { seedDemoData } from "../src/seed/seed";
import { auditCount, buildDocument, grantRole, localityId, organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const CREATE = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id type reference number symbol issuedYear verified version title issuer { code } } }`;
const ADD_BASIS = `mutation($input: AddLegalBasisInput!) { addLegalBasis(input: $input) { id relation citationText target { id reference verified issuerName issuer { code } issuedOn } } }`;
const FIND = `query($filter: DocumentFilter) { documents(first: 100, filter: $filter) { totalCount edges { node { id reference type verified } } } }`;

describe("documents and legal bases", () => {
  let app: TestApp;
  let hdndHaiAn: string;
  let ubndHaiAn: string;

  beforeAll(async () => {
    app = await startTestApp();
    hdndHaiAn = await app.login("hdnd.haian");
    ubndHaiAn = await app.login("ubnd.haian");
  });
  afterAll(() => app.close());

  async function create(token: string, input: Record<string, unknown>) {
    return app.gql(CREATE, { input }, { token });
  }

  it("stores a document exactly as numbered and refuses a second one with the same identity, naming it", async () => {
    const issuerId = await organisationId(app.dataSource, "HP.HAI-AN.HDND.TT");
    const first = await create(hdndHaiAn, { type: "PLAN", reference: "031/KH-HĐND", issuerId, issuedOn: "2026-03-27", title: "Kế hoạch giám sát chuyển đổi số tại UBND phường năm 2026", planYear: 2026, periodStart: "2026-01-01", periodEnd: "2026-12-31" });
    expect(first.errors).toBeUndefined();
    expect(first.data.createDocument).toMatchObject({ type: "PLAN", reference: "31/KH-HĐND", number: "31", symbol: "KH-HĐND", issuedYear: 2026, verified: true, issuer: { code: "HP.HAI-AN.HDND.TT" } });

    const again = await create(hdndHaiAn, { type: "PLAN", reference: "31 / KH-HĐND", issuerId, issuedOn: "2026-05-02" });
    expect(again.errors![0].extensions.code).toBe("CONFLICT");
    expect(again.errors![0].extensions.existingDocumentId).toBe(first.data.createDocument.id);

    const nextYear = await create(hdndHaiAn, { type: "PLAN", reference: "31/KH-HĐND", issuerId, issuedOn: "2027-01-15" });
    expect(nextYear.errors).toBeUndefined();
  });

  it("keeps the same number with different symbols as two documents", async () => {
    const ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const a = await create(ubndHaiAn, { type: "PLAN", reference: "12/KH-UBND", issuerId: ubnd, issuedOn: "2026-02-01" });
    const b = await create(await app.login("danguy.haian"), { type: "PLAN", reference: "12-KH/ĐU", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.DU"), issuedOn: "2026-02-01" });
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data.createDocument.id).not.toBe(b.data.createDocument.id);
  });

  it("creates a placeholder from a citation, confirms it in place when the issuer creates it, and keeps its links", async () => {
    const editor = await app.login("hdnd.nghiduong");
    const report = await create(editor, { type: "REPORT", reference: "14/BC-HĐND", issuerId: await organisationId(app.dataSource, "HP.NGHI-DUONG.HDND.TT"), issuedOn: "2026-07-10" });
    const link = await app.gql(
      ADD_BASIS,
      { input: { documentId: report.data.createDocument.id, relation: "BASED_ON", target: { citation: "Kế hoạch số 52-KH/ĐU ngày 02/6/2026 của Ban Thường vụ Đảng ủy xã" } } },
      { token: editor },
    );
    expect(link.errors).toBeUndefined();
    const placeholder = link.data.addLegalBasis.target;
    expect(placeholder).toMatchObject({ reference: "52-KH/ĐU", verified: false, issuedOn: "2026-06-02", issuer: { code: "HP.NGHI-DUONG.DU" } });

    // The commune's Party committee creates the real plan: the placeholder is confirmed in place.
    await grantRole(app, { username: "hdnd.nghiduong", role: "EDITOR", organisation: "HP.NGHI-DUONG.DU", includeSubunits: true });
    const confirmed = await create(editor, { type: "PLAN", reference: "52-KH/ĐU", issuerId: await organisationId(app.dataSource, "HP.NGHI-DUONG.DU"), issuedOn: "2026-06-02", title: "Kế hoạch thực hiện Nghị quyết 57-NQ/TW 6 tháng cuối năm 2026" });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.createDocument).toMatchObject({ id: placeholder.id, verified: true, title: "Kế hoạch thực hiện Nghị quyết 57-NQ/TW 6 tháng cuối năm 2026" });
    const citedBy = await app.gql(`query($id: ID!) { document(id: $id) { citedBy { relation document { reference } } } }`, { id: placeholder.id }, { token: editor });
    expect(citedBy.data.document.citedBy).toEqual([{ relation: "BASED_ON", document: { reference: "14/BC-HĐND" } }]);
  });

  it("confirms a seeded placeholder (21-KH/ĐU, cited by the Nghi Dương report) without losing the report's link", async () => {
    // given an editor of the commune's Party committee, the placeholder's issuer
    await grantRole(app, { username: "hdnd.nghiduong", role: "EDITOR", organisation: "HP.NGHI-DUONG.DU", includeSubunits: true });
    const editor = await app.login("hdnd.nghiduong");
    const [{ id }] = await app.dataSource.query(`SELECT id FROM document WHERE reference = '21-KH/ĐU'`);
    const created = await create(editor, { type: "PLAN", reference: "21-KH/ĐU", issuerId: await organisationId(app.dataSource, "HP.NGHI-DUONG.DU"), issuedOn: "2025-09-22" });
    expect(created.errors).toBeUndefined();
    expect(created.data.createDocument.verified).toBe(true);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM document WHERE reference = '21-KH/ĐU'`);
    expect(count).toBe(1);
    const links = await app.gql(`query($id: ID!) { document(id: $id) { id citedBy { relation document { reference } } } }`, { id: toGlobalId("Document", id) }, { token: editor });
    expect(links.data.document.citedBy).toEqual([{ relation: "BASED_ON", document: { reference: "11/BC-HĐND" } }]);
  });

  it("confirms a placeholder when an integrator syncs the real document, keyed by its source system", async () => {
    const integrator = await app.login("integrator.haiphong");
    const [{ id }] = await app.dataSource.query(`SELECT id FROM document WHERE reference = '47-KH/ĐU'`);
    const synced = await create(integrator, { type: "PLAN", reference: "47-KH/ĐU", issuerId: await organisationId(app.dataSource, "HP.NGHI-DUONG.DU"), issuedOn: "2026-01-23", sourceSystem: "qlvb-haiphong", externalId: "KH-2026-0047" });
    expect(synced.errors).toBeUndefined();
    expect(synced.data.createDocument).toMatchObject({ id: toGlobalId("Document", id), verified: true });
    // The demo data can be loaded again without creating the plan twice.
    await seedDemoData(app.dataSource, { password: "demo-2026" });
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM document WHERE reference = '47-KH/ĐU'`);
    expect(n).toBe(1);
  });

  it("traces a seed report's legal bases up to 57-NQ/TW", async () => {
    const [{ id }] = await app.dataSource.query(`SELECT id FROM document WHERE external_id = 'report:000'`);
    const chain = await app.gql(`query($id: ID!) { document(id: $id) { legalBasisChain { depth relation document { reference issuer { name } } } } }`, { id: toGlobalId("Document", id) }, { token: hdndHaiAn });
    expect(chain.data.document.legalBasisChain).toContainEqual({ depth: 1, relation: "BASED_ON", document: { reference: "57-NQ/TW", issuer: { name: "Bộ Chính trị" } } });
  });

  it("follows the chain of legal bases up to 57-NQ/TW in one query, safe against cycles", async () => {
    const issuerId = await organisationId(app.dataSource, "HP.HAI-AN.HDND");
    const plan = await create(hdndHaiAn, { type: "PLAN", reference: "07/KH-HĐND", issuerId, issuedOn: "2026-03-01" });
    const report = await create(hdndHaiAn, { type: "REPORT", reference: "20/BC-HĐND", issuerId, issuedOn: "2026-06-19" });
    const toPlan = await app.gql(ADD_BASIS, { input: { documentId: report.data.createDocument.id, relation: "BASED_ON", target: { documentId: plan.data.createDocument.id } } }, { token: hdndHaiAn });
    const toResolution = await app.gql(
      ADD_BASIS,
      { input: { documentId: plan.data.createDocument.id, relation: "IMPLEMENTS", target: { citation: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" } } },
      { token: hdndHaiAn },
    );
    expect(toPlan.errors).toBeUndefined();
    expect(toResolution.data.addLegalBasis.target).toMatchObject({ reference: "57-NQ/TW", issuer: { code: "TW.BCT" } });
    // A cycle: the plan also cites the report.
    await app.gql(ADD_BASIS, { input: { documentId: plan.data.createDocument.id, relation: "RESPONDS_TO", target: { documentId: report.data.createDocument.id } } }, { token: hdndHaiAn });

    const chain = await app.gql(
      `query($id: ID!) { document(id: $id) { legalBasisChain(depth: 10) { depth relation from { reference } document { reference } } } }`,
      { id: report.data.createDocument.id },
      { token: hdndHaiAn },
    );
    expect(chain.errors).toBeUndefined();
    expect(chain.data.document.legalBasisChain).toEqual([
      { depth: 1, relation: "BASED_ON", from: { reference: "20/BC-HĐND" }, document: { reference: "7/KH-HĐND" } },
      { depth: 2, relation: "IMPLEMENTS", from: { reference: "7/KH-HĐND" }, document: { reference: "57-NQ/TW" } },
    ]);
  });

  it("reuses the stored document when a second citation names it", async () => {
    const issuerId = await organisationId(app.dataSource, "HP.HAI-AN.HDND");
    const notice = await create(hdndHaiAn, { type: "NOTICE", reference: "13/TB-HĐND", issuerId, issuedOn: "2026-04-01", noticeKind: "ASSIGNMENT" });
    const link = await app.gql(ADD_BASIS, { input: { documentId: notice.data.createDocument.id, relation: "IMPLEMENTS", target: { citation: "Nghị quyết 57 - NQ/TW của Bộ Chính trị" } } }, { token: hdndHaiAn });
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM document WHERE reference = '57-NQ/TW'`);
    expect(link.errors).toBeUndefined();
    expect(n).toBe(1);
  });

  it("finds a document by every spelling of its reference and by text without diacritics", async () => {
    const spellings = ["57-NQ/TW", "57 - NQ/TW", "57–NQ/TW", "57-nq/tw", "nq 57", "NQ57"];
    for (const reference of spellings) {
      const found = await app.gql(FIND, { filter: { reference } }, { token: hdndHaiAn });
      expect(found.errors).toBeUndefined();
      expect(found.data.documents.edges.map((e: any) => e.node.reference)).toEqual(["57-NQ/TW"]);
    }
    const byText = await app.gql(FIND, { filter: { search: "nghi quyet bo chinh tri" } }, { token: hdndHaiAn });
    expect(byText.data.documents.edges.map((e: any) => e.node.reference)).toContain("57-NQ/TW");
  });

  it("filters by type, issuer, locality, date range and verification", async () => {
    const auditor = await app.login("auditor.haiphong");
    const LIST = `query($filter: DocumentFilter) { documents(first: 100, filter: $filter) { totalCount edges { node { type verified issuedOn issuer { code locality { code } } } } } }`;
    const nodes = async (filter: Record<string, unknown>) => {
      const result = await app.gql(LIST, { filter }, { token: auditor });
      expect(result.errors).toBeUndefined();
      expect(result.data.documents.totalCount).toBeGreaterThan(0);
      return result.data.documents.edges.map((e: any) => e.node);
    };
    expect((await nodes({ types: ["NOTICE"] })).every((d: any) => d.type === "NOTICE")).toBe(true);
    expect((await nodes({ issuerId: await organisationId(app.dataSource, "HP.PHU-LIEN.UBND") })).every((d: any) => d.issuer.code === "HP.PHU-LIEN.UBND")).toBe(true);
    expect((await nodes({ localityId: await localityId(app.dataSource, "31.PHU-LIEN") })).every((d: any) => d.issuer.locality.code === "31.PHU-LIEN")).toBe(true);
    const march = await nodes({ issuedFrom: "2026-03-01", issuedTo: "2026-03-31" });
    expect(march.every((d: any) => d.issuedOn >= "2026-03-01" && d.issuedOn <= "2026-03-31")).toBe(true);
    expect((await nodes({ verified: false })).every((d: any) => d.verified === false)).toBe(true);
  });

  it("refuses a stale version with CONFLICT", async () => {
    const created = await buildDocument(app, { issuer: "HP.HAI-AN.HDND", as: "hdnd.haian" });
    const UPDATE = `mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { version } }`;
    expect((await app.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, title: "Lần một" } }, { token: hdndHaiAn })).data.updateDocument.version).toBe(2);
    const stale = await app.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, title: "Lần hai" } }, { token: hdndHaiAn });
    expect(stale.errors![0].extensions.code).toBe("CONFLICT");
  });

  it("follows a chain of any depth in the same number of SQL statements", async () => {
    const issuer = { issuer: "HP.HAI-AN.HDND", as: "hdnd.haian" };
    const [report, plan, notice] = [
      await buildDocument(app, { ...issuer, type: "REPORT", issuedOn: "2026-09-01" }),
      await buildDocument(app, { ...issuer, type: "PLAN", issuedOn: "2026-05-01" }),
      await buildDocument(app, { ...issuer, type: "NOTICE", issuedOn: "2026-04-01" }),
    ].map((document) => document.id);
    await app.gql(ADD_BASIS, { input: { documentId: report, relation: "BASED_ON", target: { documentId: plan } } }, { token: hdndHaiAn });
    await app.gql(ADD_BASIS, { input: { documentId: plan, relation: "BASED_ON", target: { documentId: notice } } }, { token: hdndHaiAn });
    await app.gql(ADD_BASIS, { input: { documentId: notice, relation: "IMPLEMENTS", target: { citation: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" } } }, { token: hdndHaiAn });
    const counted = async (depth: number) => {
      const before = app.statements.count;
      const result = await app.gql(`query($id: ID!, $d: Int!) { document(id: $id) { legalBasisChain(depth: $d) { depth } } }`, { id: report, d: depth }, { token: hdndHaiAn });
      expect(result.errors).toBeUndefined();
      return { statements: app.statements.count - before, links: result.data.document.legalBasisChain.length };
    };
    const shallow = await counted(1);
    const deep = await counted(10);
    expect([shallow.links, deep.links]).toEqual([1, 3]);
    expect(deep.statements).toBe(shallow.statements);
  });

  it("refuses an HĐND editor who creates or edits a UBND document", async () => {
    const ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const ubndDoc = await buildDocument(app, { issuer: "HP.HAI-AN.UBND", as: "ubnd.haian", type: "OFFICIAL_LETTER", title: "Xin ý kiến về việc triển khai phần mềm" });
    const coordinator = await app.login("bcd.haian");
    const before = await auditCount(app.dataSource);
    const created = await create(hdndHaiAn, { type: "PLAN", reference: "99/KH-UBND", issuerId: ubnd, issuedOn: "2026-02-01" });
    expect(created.errors![0].extensions.code).toBe("NOT_FOUND");
    const edit = await app.gql(`mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { id } }`, { input: { id: ubndDoc.id, expectedVersion: 1, title: "Sửa trái phép" } }, { token: hdndHaiAn });
    expect(edit.errors![0].extensions.code).toBe("NOT_FOUND");
    const asCoordinator = await app.gql(`mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { id } }`, { input: { id: ubndDoc.id, expectedVersion: 1, title: "Sửa trái phép" } }, { token: coordinator });
    expect(asCoordinator.errors![0].extensions.code).toBe("FORBIDDEN");
    expect(await auditCount(app.dataSource)).toBe(before);
  });

  it("stores only citation metadata of a classified document and hides it from users without clearance", async () => {
    const ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const withTitle = await create(ubndHaiAn, { type: "DECISION", reference: "15/QĐ-UBND", issuerId: ubnd, issuedOn: "2026-02-02", classification: "CONFIDENTIAL", title: "Nội dung mật" });
    expect(withTitle.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(withTitle.errors![0].extensions.fields![0].field).toBe("title");

    // Recording a classified document needs a clearance: ubnd.haian has none, until it is given one.
    const uncleared = await create(ubndHaiAn, { type: "DECISION", reference: "15/QĐ-UBND", issuerId: ubnd, issuedOn: "2026-02-02", classification: "CONFIDENTIAL" });
    expect(uncleared.errors![0].extensions.code).toBe("FORBIDDEN");
    await app.dataSource.query(`UPDATE app_user SET clearance = 'CONFIDENTIAL' WHERE username = 'ubnd.haian'`);
    const secret = await create(ubndHaiAn, { type: "DECISION", reference: "15/QĐ-UBND", issuerId: ubnd, issuedOn: "2026-02-02", classification: "CONFIDENTIAL" });
    expect(secret.errors).toBeUndefined();
    const id = secret.data.createDocument.id;
    // A colleague of the same body without clearance does not see it at all.
    const colleague = await app.login("chuyenvien.ubnd.haian");
    expect((await app.gql(`query($id: ID!) { document(id: $id) { id } }`, { id }, { token: colleague })).errors![0].extensions.code).toBe("NOT_FOUND");
    const list = await app.gql(FIND, { filter: { reference: "15/QĐ-UBND" } }, { token: colleague });
    expect(list.data.documents.totalCount).toBe(0);
    await app.dataSource.query(`UPDATE app_user SET clearance = 'NONE' WHERE username = 'ubnd.haian'`);
    const auditor = await app.login("auditor.haiphong");
    const cleared = await app.gql(`query($id: ID!) { document(id: $id) { reference classification title } }`, { id }, { token: auditor });
    expect(cleared.data.document).toEqual({ reference: "15/QĐ-UBND", classification: "CONFIDENTIAL", title: null });
  });

  describe("bad input", () => {
    const cases: Array<[string, () => Promise<Record<string, unknown>>, string]> = [
      ["an unknown type", async () => ({ type: "MEMO", reference: "1/KH-HĐND", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.HDND") }), "input.type"],
      ["an impossible date", async () => ({ type: "PLAN", reference: "2/KH-HĐND", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.HDND"), issuedOn: "2026-02-31" }), "input.issuedOn"],
      ["a reference over 100 characters", async () => ({ type: "PLAN", reference: `3/KH-${"H".repeat(120)}`, issuerId: await organisationId(app.dataSource, "HP.HAI-AN.HDND") }), "reference"],
      ["text that is not a reference", async () => ({ type: "PLAN", reference: "kế hoạch năm nay", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.HDND") }), "reference"],
      ["a notice kind on a plan", async () => ({ type: "PLAN", reference: "4/KH-HĐND", issuerId: await organisationId(app.dataSource, "HP.HAI-AN.HDND"), noticeKind: "ASSIGNMENT" }), "noticeKind"],
    ];
    it.each(cases)("refuses %s with BAD_USER_INPUT naming the field, writing nothing", async (_name, input, field) => {
      const before = await auditCount(app.dataSource);
      const result = await create(hdndHaiAn, await input());
      expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields!.map((f) => f.field)).toContain(field);
      expect(await auditCount(app.dataSource)).toBe(before);
    });

    it("refuses 10 MB of text to extractCitations", async () => {
      const result = await app.gql(`query($t: String!) { extractCitations(text: $t) { reference } }`, { t: "Ke hoach so 05/KH-HDND. ".repeat(440_000) }, { token: hdndHaiAn });
      expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions.fields![0].field).toBe("text");
    });

    it("answers a body over the size limit with a GraphQL error, not an HTML page", async () => {
      const result = await app.gql(`query($t: String!) { extractCitations(text: $t) { reference } }`, { t: "Kế hoạch số 05/KH-HĐND. ".repeat(800_000) }, { token: hdndHaiAn });
      expect(result.status).toBe(413);
      expect(result.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    });

    it("refuses a citation that names no document", async () => {
      const issuerId = await organisationId(app.dataSource, "HP.HAI-AN.HDND");
      const doc = await create(hdndHaiAn, { type: "REPORT", reference: "30/BC-HĐND", issuerId, issuedOn: "2026-06-01" });
      const result = await app.gql(ADD_BASIS, { input: { documentId: doc.data.createDocument.id, relation: "BASED_ON", target: { citation: "Đề án 06 ngày 01/01/2026" } } }, { token: hdndHaiAn });
      expect(result.errors![0].extensions.fields![0].field).toBe("target.citation");
    });
  });

  it("extracts citations through the API with their spans", async () => {
    const text = "Thực hiện Kế hoạch số 21-KH/ĐU ngày 22/9/2025 và Kế hoạch số 47-KH/ĐU ngày 23/01/2026 của Ban Thường vụ Đảng ủy xã;";
    const result = await app.gql(`query($t: String!) { extractCitations(text: $t) { documentType reference issuedOn issuerName spans { start end } } }`, { t: text }, { token: hdndHaiAn });
    expect(result.data.extractCitations.map((c: any) => [c.documentType, c.reference, c.issuedOn, c.issuerName])).toEqual([
      ["PLAN", "21-KH/ĐU", "2025-09-22", "Ban Thường vụ Đảng ủy xã"],
      ["PLAN", "47-KH/ĐU", "2026-01-23", "Ban Thường vụ Đảng ủy xã"],
    ]);
    const [{ start, end }] = result.data.extractCitations[0].spans;
    expect(text.slice(start, end)).toMatch(/^Kế hoạch số 21-KH\/ĐU/);
  });
});
