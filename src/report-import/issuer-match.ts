import { foldVietnamese } from "../citations";
import type { IssuingBody } from "./types";

/** The organisation a report is imported into, as far as its header can be compared with it. */
export interface ImportTarget {
  name: string;
  shortName?: string | null;
  /** OrganisationKind: PEOPLES_COMMITTEE, PARTY_COMMITTEE, ... */
  kind: string;
  locality: { name: string; level: "CENTRAL" | "PROVINCE" | "COMMUNE" };
}

export type IssuerMismatch = "PLACE" | "BODY";

/** Abbreviations of the header lines and the directory, spelt out ("UBND" → "uy ban nhan dan"). */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  mttq: "mat tran to quoc",
  bcd: "ban chi dao",
  tp: "thanh pho",
};

/** What names each main kind of body in a header; any of them present makes the kind checkable. */
const KIND_WORDS: Record<string, string[]> = {
  PARTY_COMMITTEE: ["dang uy", "dang bo", "ban thuong vu", "ban chap hanh", "chi bo"],
  PEOPLES_COUNCIL: ["hoi dong nhan dan"],
  PEOPLES_COMMITTEE: ["uy ban nhan dan"],
  FATHERLAND_FRONT: ["mat tran to quoc"],
  STEERING_COMMITTEE: ["ban chi dao"],
};
const ALL_KIND_WORDS = Object.values(KIND_WORDS).flat();

const COMMUNE_LEVEL = ["xa", "phuong", "dac khu", "thi tran"];
const PROVINCE_LEVEL = ["thanh pho", "tinh"];
const LEVEL_WORD = /^(?:dac khu|thi tran|thanh pho|xa|phuong|tinh)\s+/;
/** A place word and up to four words of its name, up to the next place or body word. */
const PLACE = new RegExp(`(?<= )(${[...COMMUNE_LEVEL, ...PROVINCE_LEVEL].join("|")}) ((?:(?!(?:${[...COMMUNE_LEVEL, ...PROVINCE_LEVEL, ...ALL_KIND_WORDS].join("|")}) )[a-z0-9]+ ){1,4})`, "g");

/** Folded, abbreviations spelt out, punctuation and dashes as spaces, padded with one space each side. */
export function foldName(s: string): string {
  const words = foldVietnamese(s).replace(/[^a-z0-9]+/g, " ").trim().split(" ");
  return ` ${words.map((w) => ABBREVIATIONS[w] ?? w).join(" ")} `;
}

const contains = (haystack: string, phrase: string) => haystack.includes(` ${phrase.trim()} `);

/** The places a header names, of the most local level it names: the issuing body's, not its superior's. */
function namedPlaces(header: string): { level: "COMMUNE" | "PROVINCE"; name: string }[] {
  const places = [...header.matchAll(PLACE)].map((m) => ({ level: COMMUNE_LEVEL.includes(m[1]) ? ("COMMUNE" as const) : ("PROVINCE" as const), name: m[2].trim() }));
  const local = places.some((p) => p.level === "COMMUNE") ? "COMMUNE" : "PROVINCE";
  return places.filter((p) => p.level === local);
}

/** The words of the organisation's own name, without its place ("Phòng Văn hóa - Xã hội phường Hải An" → "phong van hoa xa hoi"). */
function ownWords(target: ImportTarget): string {
  const place = foldName(target.locality.name).trim();
  return foldName(target.name).replace(` ${place} `, " ").replace(` ${place.replace(LEVEL_WORD, "")} `, " ").trim();
}

/**
 * Whether the issuing body written at the top of a report can be the organisation it is imported
 * into. PLACE: the header's most local place ("XÃ THẠCH KIM") is not the organisation's locality;
 * BODY: it names a body of another kind ("HỘI ĐỒNG NHÂN DÂN" for a People's Committee), or, for a
 * department or other unit, not that unit. A header that names no place or no body says nothing
 * against the target on that point; null means no contradiction.
 */
export function issuerMismatch(body: IssuingBody | null, target: ImportTarget): IssuerMismatch | null {
  if (!body) return null;
  const header = foldName(body.lines.map((l) => l.text).join(" "));
  const places = namedPlaces(header);
  // Names may hold place words themselves ("Thanh Phương"), so the locality is looked for whole.
  if (places.length > 0 && (places[0].level !== target.locality.level || !contains(header, foldName(target.locality.name)))) return "PLACE";
  const kindWords = KIND_WORDS[target.kind];
  if (kindWords) {
    const namesSomeKind = ALL_KIND_WORDS.some((w) => contains(header, w));
    return namesSomeKind && !kindWords.some((w) => contains(header, w)) ? "BODY" : null;
  }
  const own = ownWords(target);
  const short = target.shortName ? foldName(target.shortName).trim() : null;
  return own === "" || contains(header, own) || (short !== null && contains(header, short)) ? null : "BODY";
}
