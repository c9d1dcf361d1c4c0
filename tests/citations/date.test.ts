import { InvalidDateError, isoDate, parseVietnameseDate, tryParseVietnameseDate } from "../../src/citations";

describe("parseVietnameseDate", () => {
  it.each([
    ["22/12/2024", "2024-12-22"],
    ["8/8/2025", "2025-08-08"],
    ["05/02/2026", "2026-02-05"],
    ["ngày 27 tháng 9 năm 2019", "2019-09-27"],
    ["Ngày 05 tháng 02 năm 2026", "2026-02-05"],
    ["NGÀY 27 THÁNG 9 NĂM 2019", "2019-09-27"],
    ["  22 / 12 / 2024 ", "2024-12-22"],
    ["ngày  27  tháng\n9 năm 2019", "2019-09-27"],
    ["ngày 27 tháng 9 năm 2019".normalize("NFD"), "2019-09-27"],
    ["22-12-2024", "2024-12-22"],
    ["22.12.2024", "2024-12-22"],
    ["29/02/2024", "2024-02-29"],
  ])("reads %j as %s", (input, iso) => {
    // when
    const result = parseVietnameseDate(input);

    // then
    expect(result).toBe(iso);
  });

  it.each(["31/02/2026", "00/01/2026", "15/13/2026", "29/02/2025", "31/04/2026", "ngày 32 tháng 1 năm 2026", "1/0/2026"])(
    "rejects the impossible day %j as OUT_OF_RANGE",
    (input) => {
      // when
      const attempt = () => parseVietnameseDate(input);

      // then
      expect(attempt).toThrow(InvalidDateError);
      expect(attempt).toThrow(expect.objectContaining({ reason: "OUT_OF_RANGE", input }));
    },
  );

  it.each(["", "hôm qua", "22/12", "22/12/24", "2024-12-22", "22/12-2024", "22/12/2024 và 23/12/2024", "ngày tháng 4 năm 2026"])(
    "rejects %j as FORMAT",
    (input) => {
      // when
      const attempt = () => parseVietnameseDate(input);

      // then
      expect(attempt).toThrow(expect.objectContaining({ name: "InvalidDateError", reason: "FORMAT" }));
    },
  );
});

describe("tryParseVietnameseDate", () => {
  it("returns the ISO date for a real day and null for an impossible one", () => {
    // when
    const [real, impossible, garbage] = ["27/3/2026", "31/02/2026", "abc"].map(tryParseVietnameseDate);

    // then
    expect(real).toBe("2026-03-27");
    expect(impossible).toBeNull();
    expect(garbage).toBeNull();
  });
});

describe("isoDate", () => {
  it("knows month lengths and leap years", () => {
    // when
    const results = [isoDate(2024, 2, 29), isoDate(2100, 2, 29), isoDate(2000, 2, 29), isoDate(2026, 4, 31), isoDate(2026, 12, 31)];

    // then
    expect(results).toEqual(["2024-02-29", null, "2000-02-29", null, "2026-12-31"]);
  });
});
