import { organisationId } from "./factories";
import { seedText } from "./fixtures/seeds";
import { startTestApp, type TestApp } from "./harness";
import { seedDocx } from "./report-import/seed-docx";

const IMPORT = `mutation($org: ID!, $text: String!) {
  importReport(organisationId: $org, text: $text) {
    id reportStatus reference number place issuedOn periodKind periodStart periodEnd signer signingCapacity title
    issuer { code }
    legalBases { relation target { reference type } }
    respondsTo { reference }
    recipients { name purpose organisation { code } }
    sections { numbering heading children { numbering heading } }
    figures { text label kind value numerator denominator spanStart spanEnd section { body } }
  }
}`;

interface Expected {
  seed: string;
  username: string;
  organisation: string;
  reference: string | null;
  issuedOn: string | null;
  place: string;
  period: [string, string, string];
  bases: string[];
  respondsTo: string | null;
  recipients: string[];
  signer: string;
  capacity: string;
  topSections: string[];
  figures: string[];
  /** Figures whose written number format must be read as these values. */
  values?: Record<string, { numerator?: number; denominator?: number; value?: number }>;
}

const EXPECTED: Expected[] = [
  {
    seed: "000_8b3b633907b88ef3.txt", username: "hdnd.haian", organisation: "HP.HAI-AN.HDND", reference: "/BC-HĐND", issuedOn: "2026-06-19", place: "Hải An",
    period: ["QUARTER", "2026-04-01", "2026-06-30"], bases: ["57-NQ/TW"], respondsTo: null,
    recipients: ["TT Đảng ủy, HĐND phường"], signer: "Vũ Văn Lăng", capacity: "TM. HỘI ĐỒNG NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    topSections: ["I.", "II.", "III."], figures: ["15/27", "03", "01", "02"],
  },
  {
    seed: "001_6f199bee88b1f82b.txt", username: "hdnd.nghiduong", organisation: "HP.NGHI-DUONG.HDND.TT", reference: "11/BC-HĐND", issuedOn: "2026-04-10", place: "Nghi Dương",
    period: ["QUARTER", "2026-01-01", "2026-03-31"], bases: ["57-NQ/TW", "21-KH/ĐU", "47-KH/ĐU", "420-CV/ĐU"], respondsTo: "420-CV/ĐU",
    recipients: ["Đảng ủy xã", "Ban Chỉ đạo về thực hiện Chuyển đổi số", "Văn phòng Đảng ủy"], signer: "Phạm Thị Thanh", capacity: "TM. THƯỜNG TRỰC HĐND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    topSections: ["I.", "II.", "III.", "IV.", "V."], figures: ["100%", "02"],
  },
  {
    seed: "002_adbbb63db80dde0e.txt", username: "ubnd.phulien", organisation: "HP.PHU-LIEN.UBND", reference: "/BC-UBND", issuedOn: null, place: "Phù Liễn",
    period: ["QUARTER", "2026-01-01", "2026-03-31"], bases: ["4720/VP-VX"], respondsTo: "4720/VP-VX",
    recipients: ["Sở Khoa học và Công nghệ thành phố", "CT, các PCT UBND phường", "Các phòng, đơn vị thuộc phường"], signer: "Phạm Văn Diện", capacity: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
    topSections: ["I.", "II.", "III.", "IV.", "V."], figures: ["09/17", "06/08", "11952", "22.581/57.566", "10.509/40.924", "11.735/40.924", "39%"],
    values: { "22.581/57.566": { numerator: 22581, denominator: 57566 }, "11952": { value: 11952 } },
  },
  {
    seed: "003_d9b6f91330304b42.txt", username: "danguy.ochodua", organisation: "HN.O-CHO-DUA.DU", reference: "-BC/ĐU", issuedOn: null, place: "Ô Chợ Dừa",
    period: ["MONTH", "2026-05-01", "2026-05-31"], bases: ["57-NQ/TW"], respondsTo: null,
    recipients: ["Ban Chỉ đạo 57 Thành ủy", "Văn phòng Thành ủy", "Thường trực Đảng ủy phường"], signer: "Nguyễn Minh Đức", capacity: "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG",
    topSections: ["I.", "II.", "III."], figures: ["11/11", "04/04", "31/31", "99,73%", "94,23%"],
    values: { "99,73%": { value: 99.73 } },
  },
  {
    seed: "004_e1c8a3459853513f.txt", username: "bcd.haian", organisation: "HP.HAI-AN.BCD", reference: "/BC-BCĐ", issuedOn: null, place: "Hải An",
    period: ["WEEK", "2026-01-08", "2026-01-14"], bases: ["57-NQ/TW", "7-TB/CQTTCĐ", "47-TB/TGV"], respondsTo: null,
    recipients: ["UBKT ĐU", "VP HĐND và UBND phường"], signer: "Cao Huy Hiếu", capacity: "TRƯỞNG BAN / CHỦ TỊCH UBND PHƯỜNG",
    topSections: ["A.", "B."], figures: ["16/16", "34/34", "409", "377", "216", "161"],
  },
];

describe("importReport on the five seed reports", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({}, { reportContent: false });
  });
  afterAll(() => app.close());

  // Each case imports its own seed report and nothing else here writes, so the cases run in any order.
  it.each(EXPECTED.map((e) => [e.seed, e] as const))("imports %s into the stored draft, matching its text, once", async (_seed, expected) => {
    // given the stored record of the seed report (demo data); when its text is imported
    const text = seedText(expected.seed);
    const org = await organisationId(app.dataSource, expected.organisation);
    const token = await app.login(expected.username);
    const result = await app.gql(IMPORT, { org, text }, { token });
    // then the draft matches the text
    expect(result.errors).toBeUndefined();
    const report = result.data.importReport;
    expect(report).toMatchObject({ reportStatus: "DRAFT", reference: expected.reference, issuedOn: expected.issuedOn, place: expected.place, signer: expected.signer, signingCapacity: expected.capacity, issuer: { code: expected.organisation } });
    expect([report.periodKind, report.periodStart, report.periodEnd]).toEqual(expected.period);
    const bases = report.legalBases.filter((l: any) => l.relation === "BASED_ON").map((l: any) => l.target.reference);
    expect(bases).toEqual(expect.arrayContaining(expected.bases));
    expect(report.respondsTo?.reference ?? null).toBe(expected.respondsTo);
    expect(report.recipients.map((r: any) => r.name)).toEqual(expect.arrayContaining(expected.recipients));
    expect(report.sections.map((s: any) => s.numbering)).toEqual(expect.arrayContaining(expected.topSections));
    for (const figure of expected.figures) {
      const found = report.figures.find((f: any) => f.text === figure);
      expect(found).toBeDefined();
      // Every figure traces to the exact place of its section's text.
      expect(found.section.body.slice(found.spanStart, found.spanEnd)).toBe(figure);
    }
    // Vietnamese number formats: 22.581/57.566, 11952 and 99,73%
    for (const [written, value] of Object.entries(expected.values ?? {})) {
      const found = report.figures.find((f: any) => f.text === written);
      for (const [key, number] of Object.entries(value)) expect(found[key]).toBeCloseTo(number, 2);
    }
    // the stored record was filled in place, not copied, and a second import is refused
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM document WHERE external_id = $1`, [`report:${expected.seed.slice(0, 3)}`]);
    expect(n).toBe(1);
    // and the audit event records the record as it was before the import filled it
    const [event] = await app.dataSource.query(
      `SELECT a.before, a.after FROM audit_event a JOIN document d ON d.id::text = a.entity_id::text WHERE d.external_id = $1 AND a.action = 'report.import'`,
      [`report:${expected.seed.slice(0, 3)}`],
    );
    expect(event.before).toMatchObject({ externalId: `report:${expected.seed.slice(0, 3)}` });
    expect(event.before.sections).toBeUndefined();
    expect(event.after.sections).toBeGreaterThan(0);
    const again = await app.gql(IMPORT, { org, text }, { token });
    expect(again.errors![0].extensions.code).toBe("CONFLICT");
  });

  it("refuses to import for another body", async () => {
    const text = seedText("002");
    const result = await app.gql(IMPORT, { org: await organisationId(app.dataSource, "HP.PHU-LIEN.UBND"), text }, { token: await app.login("ubnd.haian") });
    expect(result.errors![0].extensions.code).toBe("NOT_FOUND");
  });
});

describe("importReport of a Word file", () => {
  let app: TestApp;
  const DOCX_IMPORT = `mutation($org: ID!, $docx: String, $text: String) {
    importReport(organisationId: $org, docx: $docx, text: $text) { reportStatus reference periodStart periodEnd figures { text spanStart spanEnd section { body } } }
  }`;

  beforeAll(async () => {
    app = await startTestApp({}, { reportContent: false });
  });
  afterAll(() => app.close());

  it("reads a .docx (base64) into the draft its text gives, storing the extracted text that the spans refer to", async () => {
    // given seed report 000 kept as a Word file
    const expected = EXPECTED.find((e) => e.seed.startsWith("000"))!;
    const docx = (await seedDocx(seedText("000"))).toString("base64");
    const org = await organisationId(app.dataSource, expected.organisation);
    // when it is imported
    const result = await app.gql(DOCX_IMPORT, { org, docx }, { token: await app.login(expected.username) });
    // then the draft is the one the text gives
    expect(result.errors).toBeUndefined();
    const report = result.data.importReport;
    expect([report.reference, report.periodStart, report.periodEnd]).toEqual([expected.reference, expected.period[1], expected.period[2]]);
    expect(report.figures.map((f: any) => f.text)).toEqual(expect.arrayContaining(expected.figures));
    for (const figure of report.figures) expect(figure.section.body.slice(figure.spanStart, figure.spanEnd)).toBe(figure.text);
    const [{ body_text }] = await app.dataSource.query(`SELECT body_text FROM document WHERE external_id = 'report:000'`);
    expect(body_text).toContain(expected.figures[0]);
  });

  it("refuses a file that is not a Word file, bad base64, and text with docx together, as BAD_USER_INPUT naming the argument", async () => {
    const org = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const token = await app.login("ubnd.haian");
    const notDocx = await app.gql(DOCX_IMPORT, { org, docx: Buffer.from("Báo cáo số 12/BC-UBND").toString("base64") }, { token });
    expect(notDocx.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "docx" }] });
    expect((notDocx.errors![0].extensions as any).fields[0].message).toMatch(/NOT_A_DOCX/);
    const badBase64 = await app.gql(DOCX_IMPORT, { org, docx: "không phải base64!" }, { token });
    expect(badBase64.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "docx" }] });
    const both = await app.gql(DOCX_IMPORT, { org, docx: "UEsDBA==", text: seedText("002") }, { token });
    expect(both.errors![0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
