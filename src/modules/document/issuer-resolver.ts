import type { EntityManager } from "typeorm";
import { foldedKey } from "../../text";
import { LocalityLevel } from "../locality/locality.entity";
import { OrganisationKind } from "../organisation/organisation.entity";

/** What a citation says about its issuer. */
export interface CitedIssuer {
  issuerName: string | null;
  issuerCode: string | null;
}

interface Candidate {
  id: string;
  name: string;
  shortName: string;
  kind: OrganisationKind;
  level: LocalityLevel;
}

const LEVEL_ORDER = [LocalityLevel.COMMUNE, LocalityLevel.PROVINCE, LocalityLevel.CENTRAL];
/** Words that end a cited issuer and say at which level it sits: "Đảng ủy xã", "Sở ... thành phố". */
const LEVEL_SUFFIXES: Array<[RegExp, LocalityLevel]> = [
  [/ (xa|phuong|dac khu)$/, LocalityLevel.COMMUNE],
  [/ (thanh pho|tinh)$/, LocalityLevel.PROVINCE],
];
/** A committee's standing body issues on behalf of the committee itself. */
const STANDING_BODY = /^ban thuong vu /;
/** Issuer codes of a commune's own bodies in state and Party symbols. */
const COMMUNE_CODES: Record<string, OrganisationKind> = {
  "du": OrganisationKind.PARTY_COMMITTEE,
  "hdnd": OrganisationKind.PEOPLES_COUNCIL,
  "ubnd": OrganisationKind.PEOPLES_COMMITTEE,
  "bcd": OrganisationKind.STEERING_COMMITTEE,
  "mttq": OrganisationKind.FATHERLAND_FRONT,
};

async function candidates(manager: EntityManager, localityPath: string[]): Promise<Candidate[]> {
  const rows: Array<{ id: string; name: string; short_name: string | null; kind: OrganisationKind; level: LocalityLevel }> = await manager.query(
    `SELECT o.id, o.name, o.short_name, o.kind, l.level
       FROM organisation o JOIN locality l ON l.id = o.locality_id
      WHERE o.locality_id = ANY($1::uuid[])`,
    [localityPath],
  );
  return rows.map((r) => ({ id: r.id, name: foldedKey(r.name), shortName: foldedKey(r.short_name ?? ""), kind: r.kind, level: r.level }));
}

function byName(all: Candidate[], cited: string): string | null {
  let name = foldedKey(cited).replace(STANDING_BODY, "");
  let levels = LEVEL_ORDER;
  for (const [suffix, level] of LEVEL_SUFFIXES) {
    if (suffix.test(name)) {
      name = name.replace(suffix, "");
      levels = [level];
    }
  }
  for (const level of levels) {
    const atLevel = all.filter((c) => c.level === level);
    const exact = atLevel.filter((c) => c.name === name || c.shortName === name);
    if (exact.length === 1) return exact[0].id;
    const prefixed = atLevel.filter((c) => c.name.startsWith(`${name} `));
    if (prefixed.length === 1) return prefixed[0].id;
    if (exact.length + prefixed.length > 1) return null;
  }
  return null;
}

function byCode(all: Candidate[], issuerCode: string): string | null {
  const code = foldedKey(issuerCode.split("-")[0]);
  const named = all.filter((c) => c.shortName === code);
  if (named.length === 1) return named[0].id;
  const kind = COMMUNE_CODES[code];
  const local = kind ? all.filter((c) => c.level === LocalityLevel.COMMUNE && c.kind === kind) : [];
  return local.length === 1 ? local[0].id : null;
}

/**
 * Finds the organisation a citation names as issuer, looking in the citing body's locality and
 * the localities above it: by name ("Ban Thường vụ Đảng ủy xã" -> the commune's Đảng ủy, "Sở Khoa
 * học và Công nghệ thành phố" -> the city's), else by the symbol's issuer code (ĐU, HĐND, UBND,
 * BCĐ of the commune; TTg, CP by short name). Null when nothing or more than one body fits: a
 * citation is never attached to a body it may not mean.
 */
export async function resolveIssuer(manager: EntityManager, cited: CitedIssuer, localityPath: string[]): Promise<string | null> {
  if (!cited.issuerName && !cited.issuerCode) return null;
  const all = await candidates(manager, localityPath);
  if (cited.issuerName) return byName(all, cited.issuerName);
  return byCode(all, cited.issuerCode!);
}
