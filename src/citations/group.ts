import { DocumentType } from "./document-type";
import { Mention } from "./mention";
import { foldVietnamese } from "./text";

/** The mentions of one document, in text order. */
export interface MentionGroup {
  documentType: DocumentType;
  /** The comparison key of its reference (leading zeros dropped), for identity only. */
  reference: string | null;
  number: string | null;
  year: number | null;
  /** The year came only from "năm <year>" written after the reference, which may be the year it is carried out in. */
  weakYear: boolean;
  mentions: Mention[];
}

interface Candidate {
  group: MentionGroup;
  /** Starts of the mentions that identify the group, ascending. */
  starts: number[];
  /** Its issuer name and code, folded and squashed, for `fitsIssuer`. */
  issuers: string[];
}

const ISSUER_ABBREVIATION = /[ \t\u00A0]{1,3}(\p{Lu}{2,}[\p{Lu}\p{N}&]*)(?![\p{L}\p{M}])/uy;
const MAX_CANDIDATES = 50;

const strongYearOf = (mention: Mention) =>
  mention.reference?.year ?? (mention.issuedOn ? Number(mention.issuedOn.slice(0, 4)) : null);
const yearOf = (mention: Mention) => strongYearOf(mention) ?? mention.issuedYear;
const squash = (s: string | null | undefined) => (s ? foldVietnamese(s).replace(/[^a-z0-9]/g, "") : "");
function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function newGroup(mention: Mention, groups: MentionGroup[]): MentionGroup {
  const reference = mention.reference?.normalised ?? null;
  const year = yearOf(mention);
  const weakYear = year !== null && strongYearOf(mention) === null;
  const group = { documentType: mention.documentType, reference, number: mention.number, year, weakYear, mentions: [mention] };
  groups.push(group);
  return group;
}

/**
 * Whether a year written as "năm <year>" fits a document issued in `issued`: a document is carried
 * out in the years after its issue ("Nghị quyết 57-NQ/TW năm 2025"), never before it.
 */
const weakFits = (weak: number, issued: number) => weak >= issued;

/**
 * Identity by symbol: type + normalised reference + year, where a mention without a year fits any
 * and a year written only as "năm <year>" fits a document issued that year or before.
 */
function placeReference(mention: Mention, groups: MentionGroup[], index: Map<string, MentionGroup[]>): void {
  const key = `${mention.documentType}|${mention.reference!.normalised}`;
  const year = yearOf(mention);
  const weak = year !== null && strongYearOf(mention) === null;
  const same = index.get(key) ?? [];
  let group = same.find((g) => year !== null && g.year === year);
  for (let i = same.length - 1; !group && i >= 0; i--) if (year === null || same[i].year === null) group = same[i];
  for (let i = same.length - 1; !group && i >= 0; i--) {
    const g = same[i];
    if ((weak && weakFits(year!, g.year!)) || (g.weakYear && !weak && weakFits(g.year!, year!))) group = g;
  }
  if (!group) {
    push(index, key, newGroup(mention, groups));
    return;
  }
  group.mentions.push(mention);
  if (group.year === null || (group.weakYear && !weak)) [group.year, group.weakYear] = [year, weak];
}

/** Key of a document cited without a symbol: a law by its name and year, others by number and date. */
function datedKey(mention: Pick<Mention, "documentType" | "number" | "issuedOn" | "issuedYear" | "title">): string {
  const year = mention.issuedOn?.slice(0, 4) ?? String(mention.issuedYear);
  if (mention.title) return `${mention.documentType}|${squash(mention.title)}|${year}`;
  return `${mention.documentType}|${mention.number ?? ""}|${mention.issuedOn ?? `year ${year}`}`;
}

/**
 * Identity without a symbol: type + number + date ("thông báo số 02 ngày 27/3/2026") or type + date;
 * a law by its name and year ("Luật Hộ tịch năm 2014"). A number and date that match a document
 * cited with a symbol join it.
 */
function placeDated(mention: Mention, groups: MentionGroup[], index: Map<string, MentionGroup>): void {
  const key = datedKey(mention);
  const group = index.get(key);
  if (group) group.mentions.push(mention);
  else index.set(key, newGroup(mention, groups));
}

/** The issuer a short mention names: "của <issuer>", or an abbreviation right after the number ("số 02 UBND"). */
function issuerHint(text: string, mention: Mention): string | null {
  if (mention.issuerName) return mention.issuerName;
  ISSUER_ABBREVIATION.lastIndex = mention.end;
  return ISSUER_ABBREVIATION.exec(text)?.[1] ?? null;
}

function fitsIssuer(hint: string | null, candidate: Candidate): boolean {
  if (hint === null || candidate.issuers.length === 0) return true;
  const wanted = squash(hint);
  return candidate.issuers.some((name) => name.includes(wanted) || wanted.includes(name));
}

function lastBefore(starts: number[], at: number): number {
  let [low, high] = [0, starts.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] < at) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? starts[low - 1] : -1;
}

function toCandidate(group: MentionGroup): Candidate {
  const issuerName = group.mentions.find((m) => m.issuerName)?.issuerName;
  const issuerCode = group.mentions.find((m) => m.reference?.issuerCode)?.reference?.issuerCode;
  const issuers = [squash(issuerName), squash(issuerCode)].filter(Boolean);
  return { group, starts: group.mentions.map((m) => m.start).sort((a, b) => a - b), issuers };
}

/**
 * A number without symbol or date. Without "số" ("Kế hoạch 37", "Nghị quyết 57") it is a
 * back-reference: it joins the document of that type and number mentioned nearest before it (else
 * after it), and is dropped when there is none. With "số" ("Kế hoạch số 02") it joins such a
 * document only if the issuer it names, if any, fits; otherwise it is a document of its own.
 */
function placeShort(text: string, mention: Mention, groups: MentionGroup[], index: Map<string, Candidate[]>): void {
  const key = `${mention.documentType}|${mention.number}`;
  const hint = mention.explicitNumber ? issuerHint(text, mention) : null;
  let preceding: Candidate | undefined;
  let following: Candidate | undefined;
  let [precedingAt, followingAt] = [-1, Infinity];
  for (const candidate of (index.get(key) ?? []).slice(0, MAX_CANDIDATES)) {
    if (!fitsIssuer(hint, candidate)) continue;
    const before = lastBefore(candidate.starts, mention.start);
    if (before > precedingAt) [preceding, precedingAt] = [candidate, before];
    if (before < 0 && candidate.starts[0] < followingAt) [following, followingAt] = [candidate, candidate.starts[0]];
  }
  const chosen = preceding ?? following;
  if (chosen) chosen.group.mentions.push(mention);
  else if (mention.explicitNumber) push(index, key, toCandidate(newGroup(mention, groups)));
}

/**
 * Groups mentions into one entry per document: first those with a symbol, then those identified by
 * number and date or by date alone, then short mentions, which attach to what is already known.
 */
export function groupMentions(text: string, mentions: Mention[]): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const byReference = new Map<string, MentionGroup[]>();
  const byDate = new Map<string, MentionGroup>();
  for (const mention of mentions) if (mention.reference) placeReference(mention, groups, byReference);
  for (const group of groups) {
    const dated = group.mentions.find((m) => m.issuedOn);
    if (dated) byDate.set(datedKey({ ...dated, title: null }), group);
  }
  const isDated = (m: Mention) => m.issuedOn !== null || m.issuedYear !== null;
  for (const mention of mentions) if (!mention.reference && isDated(mention)) placeDated(mention, groups, byDate);
  const byNumber = new Map<string, Candidate[]>();
  for (const group of groups) if (group.number !== null) push(byNumber, `${group.documentType}|${group.number}`, toCandidate(group));
  for (const mention of mentions) if (!mention.reference && !isDated(mention)) placeShort(text, mention, groups, byNumber);
  for (const group of groups) group.mentions.sort((a, b) => a.start - b.start);
  return groups.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
