import { foldVietnamese, normaliseDashes, normaliseSpaces, toNfc } from "../../src/citations";

describe("toNfc", () => {
  it("composes NFD Vietnamese into NFC", () => {
    // given
    const nfd = "Hải An".normalize("NFD");

    // when
    const result = toNfc(nfd);

    // then
    expect(nfd).not.toBe("Hải An");
    expect(result).toBe("Hải An");
  });
});

describe("foldVietnamese", () => {
  it.each([
    ["Hải An", "hai an"],
    ["HẢI AN", "hai an"],
    ["Hải An".normalize("NFD"), "hai an"],
    ["Đảng ủy phường Ô Chợ Dừa", "dang uy phuong o cho dua"],
    ["Nghị quyết số 57-NQ/TW", "nghi quyet so 57-nq/tw"],
    ["Phòng Văn hoá - Xã hội", "phong van hoa - xa hoi"],
  ])("folds %j to %j", (input, expected) => {
    // when
    const folded = foldVietnamese(input);

    // then
    expect(folded).toBe(expected);
  });

  it("lets 'hai an' be found in a name written with diacritics, in either normal form", () => {
    // given
    const names = ["UBND phường Hải An", "UBND phường Hải An".normalize("NFD"), "UBND phường Phù Liễn"];

    // when
    const matches = names.filter((name) => foldVietnamese(name).includes(foldVietnamese("hai an")));

    // then
    expect(matches).toEqual(names.slice(0, 2));
  });
});

describe("normaliseSpaces", () => {
  it("collapses line breaks, tabs and non-breaking spaces into single spaces and trims", () => {
    // given
    const text = "  Ban Thường vụ\n  Đảng ủy\txã\u00A0 ";

    // when
    const result = normaliseSpaces(text);

    // then
    expect(result).toBe("Ban Thường vụ Đảng ủy xã");
  });
});

describe("normaliseDashes", () => {
  it("turns every dash variant into a hyphen-minus", () => {
    // given
    const variants = ["57-NQ", "57‐NQ", "57‑NQ", "57–NQ", "57—NQ", "57−NQ"];

    // when
    const results = variants.map(normaliseDashes);

    // then
    expect(new Set(results)).toEqual(new Set(["57-NQ"]));
  });
});
