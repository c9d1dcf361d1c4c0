import { parseReferenceQuery } from "../../src/citations";

describe("parseReferenceQuery", () => {
  it.each(["nq 57", "57 nq", "57-NQ", "NQ57", "57NQ", "57/NQ-TW", "Nghị quyết 57", "nghi quyet so 57", "NGHỊ QUYẾT SỐ 057"])(
    "reads %j as number 57 of type NQ",
    (input) => {
      // when
      const query = parseReferenceQuery(input);

      // then
      expect(query).toMatchObject({ number: "57", typeCode: "NQ" });
    },
  );

  it.each([
    ["57-NQ/TW", { number: "57", typeCode: "NQ", issuerCode: "TW", year: null }],
    ["57/NQ-TW", { number: "57", typeCode: "NQ", issuerCode: "TW", year: null }],
    ["24/2025/TT-BVHTTDL", { number: "24", typeCode: "TT", issuerCode: "BVHTTDL", year: 2025 }],
    ["2795/VHXXH", { number: "2795", typeCode: null, issuerCode: "VHXXH", year: null }],
    ["05/kh-hđnd", { number: "5", typeCode: "KH", issuerCode: "HĐND", year: null }],
    ["KH 05/2025", { number: "5", typeCode: "KH", issuerCode: null, year: 2025 }],
    ["qd 06", { number: "6", typeCode: "QĐ", issuerCode: null, year: null }],
    ["ctr 01", { number: "1", typeCode: "CTr", issuerCode: null, year: null }],
    ["57", { number: "57", typeCode: null, issuerCode: null, year: null }],
    ["Kế hoạch", { number: null, typeCode: "KH", issuerCode: null, year: null }],
  ])("reads %j with the parts it carries", (input, expected) => {
    // when
    const query = parseReferenceQuery(input);

    // then
    expect(query).toEqual(expected);
  });

  it.each([
    ["no digits and no code", "Bộ Chính trị"],
    ["an empty string", "   "],
    ["a URL", "https://pakn.nq57.vn/57"],
    ["a web address", "www.dcs.vn/57"],
    ["more than 100 characters", `nq 57 ${"x".repeat(100)}`],
  ])("returns null for %s", (_name, input) => {
    // when
    const query = parseReferenceQuery(input);

    // then
    expect(query).toBeNull();
  });
});
