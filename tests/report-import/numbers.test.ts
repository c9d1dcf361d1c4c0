import { parseVietnameseNumber, parseVietnamesePercentage, parseVietnameseRatio } from "../../src/report-import";

describe("parseVietnameseNumber", () => {
  it.each([
    ["11952", 11952],
    ["11.952", 11952],
    ["22.581", 22581],
    ["1.234.567", 1234567],
    ["99,73", 99.73],
    ["1.234,5", 1234.5],
    ["0,5", 0.5],
    ["03", 3],
    ["0", 0],
    [" 2.433 ", 2433],
    ["11,952", 11.952],
  ])("reads %j as %d", (written, value) => {
    // when
    const result = parseVietnameseNumber(written);

    // then
    expect(result).toBe(value);
  });

  it.each(["4.0", "12.5", "1.23", "1234.567", "1.2345", "11,952.5", "1,234,567", "", "12a", "-5", "1 000", ".5", "5.", "5,"])(
    "rejects %j, which is not written the Vietnamese way",
    (written) => {
      // when
      const result = parseVietnameseNumber(written);

      // then
      expect(result).toBeNull();
    },
  );
});

describe("parseVietnameseRatio", () => {
  it.each([
    ["15/27", 15, 27],
    ["09/17", 9, 17],
    ["22.581/57.566", 22581, 57566],
    ["10.509 / 40.924", 10509, 40924],
    ["0/4", 0, 4],
  ])("reads %j as %d of %d", (written, numerator, denominator) => {
    // when
    const result = parseVietnameseRatio(written);

    // then
    expect(result).toEqual({ numerator, denominator });
  });

  it.each(["15", "15/", "/27", "4.0/5", "a/b", "15//27"])("rejects %j", (written) => {
    // then
    expect(parseVietnameseRatio(written)).toBeNull();
  });
});

describe("parseVietnamesePercentage", () => {
  it.each([
    ["99,73%", 99.73],
    ["100%", 100],
    ["94,23 %", 94.23],
    ["3%", 3],
  ])("reads %j as %d", (written, value) => {
    // then
    expect(parseVietnamesePercentage(written)).toBe(value);
  });

  it.each(["99,73", "%", "99.73%", "tỷ lệ %"])("rejects %j", (written) => {
    // then
    expect(parseVietnamesePercentage(written)).toBeNull();
  });
});
