import { normaliseReference, parseReference } from "../../src/citations";

describe("parseReference: state references (Decree 30/2020/NĐ-CP)", () => {
  it.each([
    ["05/KH-HĐND", { number: "5", year: null, typeCode: "KH", issuerCode: "HĐND", normalised: "5/KH-HĐND" }],
    ["4720/VP-VX", { number: "4720", year: null, typeCode: null, issuerCode: "VP-VX", normalised: "4720/VP-VX" }],
    ["24/2025/TT-BVHTTDL", { number: "24", year: 2025, typeCode: "TT", issuerCode: "BVHTTDL", normalised: "24/2025/TT-BVHTTDL" }],
    ["4131/QĐ-CAHP-ANM", { number: "4131", year: null, typeCode: "QĐ", issuerCode: "CAHP-ANM", normalised: "4131/QĐ-CAHP-ANM" }],
    ["06/QĐ-TTg", { number: "6", year: null, typeCode: "QĐ", issuerCode: "TTg", normalised: "6/QĐ-TTg" }],
    ["71/NQ-CP", { number: "71", year: null, typeCode: "NQ", issuerCode: "CP", normalised: "71/NQ-CP" }],
    ["58/SKH-CN-HTS&CN", { number: "58", year: null, typeCode: null, issuerCode: "SKH-CN-HTS&CN", normalised: "58/SKH-CN-HTS&CN" }],
    ["2795/VHXXH", { number: "2795", year: null, typeCode: null, issuerCode: "VHXXH", normalised: "2795/VHXXH" }],
    ["126/SGDDĐT-GDTrH", { number: "126", year: null, typeCode: null, issuerCode: "SGDDĐT-GDTrH", normalised: "126/SGDDĐT-GDTrH" }],
    ["12/TTr-UBND", { number: "12", year: null, typeCode: "TTr", issuerCode: "UBND", normalised: "12/TTr-UBND" }],
    ["60/2024/QH15", { number: "60", year: 2024, typeCode: null, issuerCode: "QH15", normalised: "60/2024/QH15" }],
  ])("reads %s", (input, expected) => {
    // when
    const reference = parseReference(input);

    // then
    expect(reference).toEqual({ system: "STATE", written: input, ...expected });
  });
});

describe("parseReference: Party references (Guidance 36-HD/VPTW)", () => {
  it.each([
    ["57-NQ/TW", { number: "57", typeCode: "NQ", issuerCode: "TW", normalised: "57-NQ/TW" }],
    ["21-KH/ĐU", { number: "21", typeCode: "KH", issuerCode: "ĐU", normalised: "21-KH/ĐU" }],
    ["01-CTr/BCĐ", { number: "1", typeCode: "CTr", issuerCode: "BCĐ", normalised: "1-CTr/BCĐ" }],
    ["07-TB/CQTTCĐ", { number: "7", typeCode: "TB", issuerCode: "CQTTCĐ", normalised: "7-TB/CQTTCĐ" }],
    ["420-CV/ĐU", { number: "420", typeCode: "CV", issuerCode: "ĐU", normalised: "420-CV/ĐU" }],
    ["02-KH/BCĐTW", { number: "2", typeCode: "KH", issuerCode: "BCĐTW", normalised: "2-KH/BCĐTW" }],
    ["230-QĐ/TW", { number: "230", typeCode: "QĐ", issuerCode: "TW", normalised: "230-QĐ/TW" }],
  ])("reads %s", (input, expected) => {
    // when
    const reference = parseReference(input);

    // then
    expect(reference).toEqual({ system: "PARTY", year: null, written: input, ...expected });
  });
});

describe("parseReference: normalisation", () => {
  it.each([["57-NQ/TW"], ["57 - NQ/TW"], ["57–NQ/TW"], ["57—NQ/TW"], ["57‐NQ/TW"], ["57‑NQ/TW"], ["57−NQ/TW"], ["57-nq/tw"], ["057-NQ/TW"], ["57- NQ/TW"], [" 57 -NQ / TW "]])(
    "normalises %j to 57-NQ/TW",
    (input) => {
      // when
      const normalised = normaliseReference(input);

      // then
      expect(normalised).toBe("57-NQ/TW");
    },
  );

  it("drops leading zeros so that 05/KH-HĐND and 5/KH-HĐND are the same reference", () => {
    // when
    const [padded, plain] = [normaliseReference("05/KH-HĐND"), normaliseReference("5/KH-HĐND")];

    // then
    expect(padded).toBe("5/KH-HĐND");
    expect(padded).toBe(plain);
  });

  it("keeps the canonical mixed case of CTr, TTr and the issuer code TTg whatever the input case", () => {
    // when
    const results = ["01-ctr/bcđ", "12/TTR-UBND", "06/qđ-ttg", "06/QĐ-TTG"].map(normaliseReference);

    // then
    expect(results).toEqual(["1-CTr/BCĐ", "12/TTr-UBND", "6/QĐ-TTg", "6/QĐ-TTg"]);
  });

  it("reads QĐ and NĐ typed with a plain D as the same codes", () => {
    // when
    const results = ["06/QD-TTg", "30/2020/ND-CP", "230-QD/TW"].map(normaliseReference);

    // then
    expect(results).toEqual(["6/QĐ-TTg", "30/2020/NĐ-CP", "230-QĐ/TW"]);
  });

  it("reads NFD input as its NFC spelling", () => {
    // given
    const nfd = "05/KH-HĐND".normalize("NFD") + " ";

    // when
    const reference = parseReference("21-KH/ĐU".normalize("NFD"));

    // then
    expect(normaliseReference(nfd)).toBe("5/KH-HĐND");
    expect(reference?.issuerCode).toBe("ĐU");
  });

  it("keeps the year in a state symbol apart from the number", () => {
    // when
    const reference = parseReference("24 / 2025 / TT-BVHTTDL");

    // then
    expect(reference).toMatchObject({ number: "24", year: 2025, normalised: "24/2025/TT-BVHTTDL" });
  });
});

describe("parseReference: blank draft numbers", () => {
  it.each([
    ["/BC-HĐND", "STATE", "/BC-HĐND"],
    ["Số: /BC-HĐND", "STATE", "/BC-HĐND"],
    ["Số: /BC-BCĐ", "STATE", "/BC-BCĐ"],
    ["- BC/ĐU", "PARTY", "-BC/ĐU"],
    ["Số - BC/ĐU", "PARTY", "-BC/ĐU"],
  ])("reads %j with number null", (input, system, normalised) => {
    // when
    const reference = parseReference(input);

    // then
    expect(reference).toMatchObject({ system, number: null, typeCode: "BC", normalised });
  });

  it("reads the numbered header 'Số: 11 /BC-HĐND' with its number", () => {
    // when
    const reference = parseReference("Số: 11 /BC-HĐND");

    // then
    expect(reference).toMatchObject({ number: "11", typeCode: "BC", issuerCode: "HĐND", normalised: "11/BC-HĐND" });
  });
});

describe("parseReference: not references", () => {
  it.each([
    ["a ratio", "15/27"],
    ["a ratio with thousands separators", "22.581/57.566"],
    ["a percentage", "99,73%"],
    ["a date", "22/12/2024"],
    ["a phone number", "0225.3842.123"],
    ["a Party number without its issuer", "57-NQ"],
    ["a bare number", "57"],
    ["a word", "Nghị quyết"],
    ["a reference followed by text", "57-NQ/TW của Bộ Chính trị"],
    ["a URL", "https://nq57.vn/57-NQ/TW"],
    ["an empty string", ""],
    ["an input over 100 characters", `57-NQ/TW${" ".repeat(100)}`],
  ])("returns null for %s", (_name, input) => {
    // when
    const reference = parseReference(input);

    // then
    expect(reference).toBeNull();
  });
});
