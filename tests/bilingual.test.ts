import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { forbiddenVi } from "../src/messages-vi";
import { buildDocument, organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

/** Every message a client reads is "Vietnamese / English", with Vietnamese names of things. */
describe("messages in Vietnamese and English", () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login("ubnd.haian");
  });
  afterAll(() => app.close());

  const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;
  const bilingual = (message: string) => {
    const [vi, en] = [message.slice(0, message.indexOf(" / ")), message.slice(message.indexOf(" / ") + 3)];
    expect(message).toContain(" / ");
    expect(vi).toMatch(VIETNAMESE);
    expect(en).toMatch(/[a-z]{3}/);
  };

  it.each([
    ["a syntax error", `{ me { username `, /^Lỗi cú pháp GraphQL \/ Syntax Error/],
    ["an unknown field", `{ me { usernam } }`, /^Kiểu "User" không có trường "usernam" \/ Cannot query field "usernam"/],
    ["a missing argument", `{ document { id } }`, /^Thiếu tham số bắt buộc "id" \(ID!\) của trường "document" \/ Field "document" argument "id"/],
    ["a field without its subfields", `{ me }`, /^Trường "me" cần chọn các trường con \/ /],
  ])("answers %s in both languages", async (_name, query, expected) => {
    const result = await app.gql(query, undefined, { token });
    expect(result.errors![0].message).toMatch(expected);
    bilingual(result.errors![0].message);
  });

  it("names the expected format of a scalar, in both languages", async () => {
    // given a date that is not YYYY-MM-DD, inline and as a variable
    const inline = await app.gql(`{ tasks(first: 1, asOf: "30/06/2026") { totalCount } }`, undefined, { token });
    const variable = await app.gql(`query($d: LocalDate) { tasks(first: 1, asOf: $d) { totalCount } }`, { d: "2026-02-31" }, { token });
    // then both are BAD_USER_INPUT whose field message gives the format in both languages
    for (const result of [inline, variable]) {
      const [error] = result.errors!;
      expect(error.extensions.code).toBe("BAD_USER_INPUT");
      expect(error.extensions.fields![0].message).toMatch(/^cần ngày dạng YYYY-MM-DD .* \/ expected a date as YYYY-MM-DD/);
    }
    // an unknown enum value names the enum
    const kind = await app.gql(`{ documents(first: 1, filter: { types: [MEMO] }) { totalCount } }`, undefined, { token });
    expect(kind.errors![0].extensions.fields![0].message).toMatch(/^giá trị "MEMO" không thuộc DocumentType \/ /);
  });

  it("says what was not found in Vietnamese ('Không tìm thấy văn bản', not '... Document')", async () => {
    const id = Buffer.from("Document:00000000-0000-4000-8000-000000000000").toString("base64url");
    const result = await app.gql(`query($id: ID!) { document(id: $id) { id } }`, { id }, { token });
    expect(result.errors![0].message).toBe("Không tìm thấy văn bản / Document not found");
    const organisation = await app.gql(`query($id: ID!) { organisation(id: $id) { id } }`, { id: await organisationId(app.dataSource, "HN.O-CHO-DUA.UBND") }, { token });
    expect(organisation.errors![0].message).toBe("Không tìm thấy cơ quan, tổ chức / Organisation not found");
  });

  it("gives the reason of a FORBIDDEN in both languages", async () => {
    // given a UBND document; when the ward's steering committee tries to edit it
    const document = await buildDocument(app, { as: "ubnd.haian" });
    const result = await app.gql(`mutation($i: UpdateDocumentInput!) { updateDocument(input: $i) { id } }`, { i: { id: document.id, expectedVersion: 1, title: "Sửa" } }, { token: await app.login("bcd.haian") });
    // then the refusal explains itself in Vietnamese and English
    expect(result.errors![0].extensions.code).toBe("FORBIDDEN");
    expect(result.errors![0].message).toBe("Chỉ biên tập viên của cơ quan ban hành mới được sửa văn bản này / Only editors of the issuing organisation may change this document");
  });

  it("has a Vietnamese reason for every FORBIDDEN the code gives", () => {
    // given every `new ForbiddenError("...")` with a fixed English reason in src/
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith(".ts") ? [join(dir, name)] : []));
    const reasons = files(join(__dirname, "../src")).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/new ForbiddenError\("([^"]+)"\)/g)].map((m) => m[1]));
    expect(reasons.length).toBeGreaterThan(15);
    // then each has its Vietnamese text
    expect(reasons.filter((reason) => forbiddenVi(reason) === null)).toEqual([]);
  });
});

describe("Relay PageInfo", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("gives startCursor, endCursor, hasNextPage and hasPreviousPage on every page", async () => {
    const token = await app.login("auditor.haiphong");
    const PAGE = `query($after: String) { documents(first: 2, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    // the first page: nothing before it
    const first = (await app.gql(PAGE, {}, { token })).data.documents;
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0].cursor, endCursor: first.edges[1].cursor });
    // the next page, after the first one's end: records before it
    const second = (await app.gql(PAGE, { after: first.pageInfo.endCursor }, { token })).data.documents;
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: second.edges[0].cursor, endCursor: second.edges[1].cursor });
    expect(second.edges[0].cursor).not.toBe(first.edges[1].cursor);
  });
});
