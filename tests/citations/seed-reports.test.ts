import { documentTypeFromWord, extractCitations, type Citation } from "../../src/citations";
import { SEED_FILES, seedText } from "../fixtures/seeds";
import { SEED_CITATIONS } from "./seed-citations";

const seedFiles = SEED_FILES;
const read = seedText;

const asExpected = (citation: Citation) => ({
  documentType: citation.documentType,
  reference: citation.reference,
  number: citation.number,
  issuedOn: citation.issuedOn,
  issuerName: citation.issuerName,
  spans: citation.spans.length,
  citedAs: citation.citedAs,
});

describe("the five seed reports", () => {
  it("are all listed in the expected citations", () => {
    // then
    expect(seedFiles).toHaveLength(5);
    expect(Object.keys(SEED_CITATIONS).sort()).toEqual(seedFiles);
  });

  describe.each(seedFiles)("%s", (file) => {
    it("yields exactly the citations read by hand, in order", () => {
      // given
      const text = read(file);

      // when
      const citations = extractCitations(text);

      // then
      expect(citations.map(asExpected)).toEqual(SEED_CITATIONS[file]);
    });

    it("places every span on a mention of that document: its type word first, its number inside", () => {
      // given
      const text = read(file);

      // when
      const citations = extractCitations(text);

      // then
      for (const citation of citations) {
        for (const { start, end } of citation.spans) {
          const mention = text.slice(start, end);
          expect({ mention, type: documentTypeFromWord(mention) }).toEqual({ mention, type: citation.documentType });
          if (citation.number !== null) expect(mention).toMatch(new RegExp(`(?<!\\d)0*${citation.number}(?!\\d)`));
        }
      }
    });

    it("does not cite the report's own header", () => {
      // given
      const text = read(file);
      const header = text.search(/Số\s*[:-]/);

      // when
      const spans = extractCitations(text).flatMap((c) => c.spans);

      // then
      expect(header).toBeGreaterThanOrEqual(0);
      expect(spans.filter((s) => s.start <= header + 20)).toEqual([]);
    });
  });
});
