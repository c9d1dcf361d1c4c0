import { DocumentType, normaliseReference } from "../src/citations";
import { DEMO_DOCUMENTS, DEMO_LINKS, type DemoDocument } from "../src/seed/demo-documents";
import { DEMO_ORGANISATIONS } from "../src/seed/demo-organisations";
import { SEED_CITATIONS } from "./citations/seed-citations";
import { seedText as seedReportText } from "./fixtures/seeds";

/** Identity ignores a written leading zero ("05/KH-HĐND" is document 5/KH-HĐND); references keep it as written. */
function sameNumber(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.replace(/^0+(?=\d)/, "") === b.replace(/^0+(?=\d)/, "");
}

const SEED_FILES = Object.keys(SEED_CITATIONS).sort();
const seedText = new Map(SEED_FILES.map((seed) => [seed, seedReportText(seed)]));
const read = (seed: string): string => {
  const text = seedText.get(seed);
  if (text === undefined) throw new Error(`unknown seed ${seed}`);
  return text;
};
const byKey = new Map(DEMO_DOCUMENTS.map((document) => [document.key, document]));
const isReport = (document: DemoDocument) => document.key.startsWith("report:");
/** The number of a reference without leading zeros ("05/KH-HĐND" -> "5"), or null for a blank one. */
const numberOf = (reference: string | null) => reference?.match(/^0*(\d+)/)?.[1] ?? null;
const mentions = (text: string, number: string) => new RegExp(`(?<!\\d)0*${number}(?!\\d)`).test(text);

describe("demo documents and their legal-basis links", () => {
  it("quote every first mention exactly as the seed writes it", () => {
    // given
    const documents = DEMO_DOCUMENTS;

    // when
    const missing = documents.filter(({ source }) => !read(source.seed).includes(source.quote));

    // then
    expect(missing.map(({ key, source }) => ({ key, ...source }))).toEqual([]);
  });

  it("read every link from a citation found verbatim in its seed", () => {
    // given
    const links = DEMO_LINKS;

    // when
    const missing = links.filter(({ seed, citation }) => !read(seed).includes(citation));

    // then
    expect(missing).toEqual([]);
  });

  it("name the documents of each link in its citation by number (a report is its own text)", () => {
    // given
    const endpoints = DEMO_LINKS.flatMap((link) => [link.from, link.to].map((key) => ({ link, document: byKey.get(key)! })));

    // when
    const unnamed = endpoints.filter(({ link, document }) => {
      const number = numberOf(document.reference);
      return !isReport(document) && number !== null && !mentions(link.citation, number);
    });

    // then
    expect(unnamed.map(({ link, document }) => ({ key: document.key, citation: link.citation }))).toEqual([]);
  });

  it("take titles, signers and places from the seed text", () => {
    // given
    const allText = [...seedText.values()].join("\n");

    // when
    const invented = DEMO_DOCUMENTS.flatMap(({ key, title, signer, place }) =>
      [title, signer, place].filter((value): value is string => value !== undefined && !allText.includes(value)).map((value) => ({ key, value })),
    );

    // then
    expect(invented).toEqual([]);
  });

  it("give issuers only as codes of demo organisations, or else as cited names", () => {
    // given
    const codes = new Set(DEMO_ORGANISATIONS.map(({ code }) => code));

    // when
    const unknown = DEMO_DOCUMENTS.filter(({ issuer }) => issuer !== undefined && !codes.has(issuer));
    const both = DEMO_DOCUMENTS.filter(({ issuer, issuerName }) => issuer !== undefined && issuerName !== undefined);

    // then
    expect(unknown.map(({ key, issuer }) => ({ key, issuer }))).toEqual([]);
    expect(both.map(({ key }) => key)).toEqual([]);
  });

  it("have unique keys, and every link joins two of them", () => {
    // given
    const keys = DEMO_DOCUMENTS.map(({ key }) => key);

    // when
    const dangling = DEMO_LINKS.filter(({ from, to }) => !byKey.has(from) || !byKey.has(to));

    // then
    expect(new Set(keys).size).toBe(keys.length);
    expect(dangling).toEqual([]);
  });

  it("hold one link per pair of documents and relation, and none from a document to itself", () => {
    // given
    const triples = DEMO_LINKS.map(({ from, relation, to }) => `${from} ${relation} ${to}`);

    // when
    const loops = DEMO_LINKS.filter(({ from, to }) => from === to);

    // then
    expect(new Set(triples).size).toBe(triples.length);
    expect(loops).toEqual([]);
  });

  it("key a numbered document by its issuer and normalised reference", () => {
    // given
    const numbered = DEMO_DOCUMENTS.filter((document) => !isReport(document) && document.reference !== null && document.key !== "57-NQ/TW");

    // when
    const mismatched = numbered.filter(({ key, reference }) => key.split(":")[1] !== normaliseReference(reference!));

    // then
    expect(mismatched.map(({ key }) => key)).toEqual([]);
  });

  it("cover every document the seeds cite, once each", () => {
    // given
    const citations = Object.entries(SEED_CITATIONS).flatMap(([seed, list]) => list.map((citation) => ({ seed, ...citation })));

    // when
    const matches = citations.map((citation) => ({
      citedAs: citation.citedAs,
      seed: citation.seed,
      keys: DEMO_DOCUMENTS.filter(
        (document) =>
          !isReport(document) &&
          document.type === citation.documentType &&
          (citation.reference !== null
            ? document.reference !== null && sameNumber(normaliseReference(document.reference), citation.reference)
            : document.reference === null && document.issuedOn === (citation.issuedOn ?? undefined)),
      ).map(({ key }) => key),
    }));

    // then
    expect(matches.filter(({ keys }) => keys.length !== 1)).toEqual([]);
  });

  it("hold nothing the seeds do not cite, besides the five reports", () => {
    // given
    const cited = Object.values(SEED_CITATIONS).flat();

    // when
    const extra = DEMO_DOCUMENTS.filter(
      (document) =>
        !isReport(document) &&
        !cited.some(
          (citation) =>
            citation.documentType === document.type &&
            (document.reference !== null
              ? sameNumber(citation.reference, normaliseReference(document.reference))
              : citation.reference === null && (citation.issuedOn ?? undefined) === document.issuedOn),
        ),
    );

    // then
    expect(extra.map(({ key }) => key)).toEqual([]);
    expect(DEMO_DOCUMENTS.filter(isReport).map(({ key, type }) => ({ key, type }))).toEqual(
      ["000", "001", "002", "003", "004"].map((n) => ({ key: `report:${n}`, type: DocumentType.REPORT })),
    );
  });

  it("give the reports their headers, issuers, dates and signers", () => {
    // given
    const reports = DEMO_DOCUMENTS.filter(isReport);

    // when
    const summary = reports.map(({ key, reference, issuer, issuedOn, signer, source }) => ({ key, reference, issuer, issuedOn, signer, seed: source.seed }));

    // then
    expect(summary).toEqual([
      { key: "report:000", reference: "/BC-HĐND", issuer: "HP.HAI-AN.HDND", issuedOn: "2026-06-19", signer: "Vũ Văn Lăng", seed: SEED_FILES[0] },
      { key: "report:001", reference: "11/BC-HĐND", issuer: "HP.NGHI-DUONG.HDND.TT", issuedOn: "2026-04-10", signer: "Phạm Thị Thanh", seed: SEED_FILES[1] },
      { key: "report:002", reference: "/BC-UBND", issuer: "HP.PHU-LIEN.UBND", issuedOn: undefined, signer: "Phạm Văn Diện", seed: SEED_FILES[2] },
      { key: "report:003", reference: "-BC/ĐU", issuer: "HN.O-CHO-DUA.DU", issuedOn: undefined, signer: "Nguyễn Minh Đức", seed: SEED_FILES[3] },
      { key: "report:004", reference: "/BC-BCĐ", issuer: "HP.HAI-AN.BCD", issuedOn: undefined, signer: "Cao Huy Hiếu", seed: SEED_FILES[4] },
    ]);
  });

  it("verify the reports and the documents of demo bodies whose number, date and subject the seeds give; nothing else", () => {
    // given
    const documents = DEMO_DOCUMENTS;

    // when
    const wrong = documents.filter(
      (document) =>
        document.verified !==
        (isReport(document) ||
          (document.issuer !== undefined && document.reference !== null && document.issuedOn !== undefined && document.title !== undefined)),
    );

    // then
    expect(wrong.map(({ key, verified }) => ({ key, verified }))).toEqual([]);
  });

  it("set the year and period of the plans for 2026 and the kind of each notice", () => {
    // given
    const plans = DEMO_DOCUMENTS.filter(({ type }) => type === DocumentType.PLAN);
    const notices = DEMO_DOCUMENTS.filter(({ type }) => type === DocumentType.NOTICE);

    // when
    const yearly = plans.filter(({ title }) => title?.includes("năm 2026"));

    // then
    for (const plan of yearly) {
      expect({ key: plan.key, planYear: plan.planYear, periodStart: plan.periodStart, periodEnd: plan.periodEnd })
        .toEqual({ key: plan.key, planYear: 2026, periodStart: "2026-01-01", periodEnd: "2026-12-31" });
    }
    expect(yearly.length).toBeGreaterThanOrEqual(8);
    expect(Object.fromEntries(notices.map(({ reference, issuedOn, noticeKind }) => [reference ?? issuedOn, noticeKind]))).toEqual({
      "2026-03-27": "ASSIGNMENT",
      "2026-04-15": "CONCLUSION",
      "11/TB-HĐND": "ASSIGNMENT",
      "01-TB/BCĐ": "ADJUSTMENT",
      "07-TB/CQTTCĐ": "CONCLUSION",
      "47-TB/TGV": "CONCLUSION",
    });
  });

  it("keep the two letters numbered 2795 apart", () => {
    // given
    const letters = DEMO_DOCUMENTS.filter(({ reference }) => numberOf(reference) === "2795");

    // when
    const summary = letters.map(({ key, reference, issuer, issuedOn }) => ({ key, reference, issuer, issuedOn }));

    // then
    expect(summary).toHaveLength(2);
    expect(new Set(summary.map(({ key }) => key)).size).toBe(2);
    expect(summary.map(({ reference, issuer, issuedOn }) => ({ reference, issuer, issuedOn })).sort((a, b) => a.issuedOn!.localeCompare(b.issuedOn!))).toEqual([
      { reference: "2795/UBND-VHXXH", issuer: "HP.HAI-AN.UBND", issuedOn: "2025-12-27" },
      { reference: "2795/VHXXH", issuer: "HP.HAI-AN.UBND.VHXH", issuedOn: "2026-01-14" },
    ]);
  });

  it("cite 57-NQ/TW of the Politburo once, and the letter 58/SKH-CN-HTS&CN once for both seeds citing it", () => {
    // given
    const byReference = (reference: string) => DEMO_DOCUMENTS.filter((document) => document.reference !== null && normaliseReference(document.reference) === reference);

    // when
    const nq57 = byReference("57-NQ/TW");
    const letter58 = byReference("58/SKH-CN-HTS&CN");

    // then
    expect(nq57.map(({ key, issuer, issuedOn, verified }) => ({ key, issuer, issuedOn, verified }))).toEqual([
      { key: "57-NQ/TW", issuer: "TW.BCT", issuedOn: "2024-12-22", verified: true },
    ]);
    expect(letter58.map(({ issuer, source }) => ({ issuer, seed: source.seed }))).toEqual([{ issuer: "HP.SKHCN", seed: SEED_FILES[2] }]);
  });

  it.each(["report:000", "report:001", "report:002", "report:003", "report:004"])("trace %s through its legal bases to 57-NQ/TW", (report) => {
    // given
    const outgoing = (key: string) => DEMO_LINKS.filter(({ from }) => from === key).map(({ to }) => to);

    // when
    const reached = new Set<string>([report]);
    const queue = [report];
    while (queue.length > 0) {
      for (const next of outgoing(queue.shift()!)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }

    // then
    expect(reached.has("57-NQ/TW")).toBe(true);
  });

  it("record the request each report answers and the bases it opens with", () => {
    // given
    const linksOf = (report: string) =>
      DEMO_LINKS.filter(({ from }) => from === report).map(({ relation, to }) => `${relation} ${to}`).sort();

    // when
    const bases = Object.fromEntries(["report:000", "report:001", "report:002", "report:003", "report:004"].map((key) => [key, linksOf(key)]));

    // then
    expect(bases).toEqual({
      "report:000": ["BASED_ON 57-NQ/TW"],
      "report:001": [
        "BASED_ON 57-NQ/TW",
        "BASED_ON HP.NGHI-DUONG.DU:21-KH/ĐU:2025",
        "BASED_ON HP.NGHI-DUONG.DU:47-KH/ĐU:2026",
        "RESPONDS_TO HP.NGHI-DUONG.DU:420-CV/ĐU:2026",
      ],
      "report:002": ["BASED_ON 57-NQ/TW", "RESPONDS_TO HP.UBND.VP:4720/VP-VX:2026"],
      "report:003": ["BASED_ON 57-NQ/TW"],
      "report:004": ["BASED_ON 57-NQ/TW", "BASED_ON TW.BCD.TGV:47-TB/TGV:2025", "BASED_ON TW.BCD:7-TB/CQTTCĐ:2025"],
    });
  });
});
