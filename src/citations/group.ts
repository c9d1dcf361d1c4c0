import { DocumentType } from "./document-type";
import { Mention } from "./mention";
import { foldVietnamese } from "./text";

/** The mentions of one document, in text order. */
export interface MentionGroup {
  documentType: DocumentType;
  reference: string | null;
  number: string | null;
  year: number | null;
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

const yearOf = (mention: Mention) =>
  mention.reference?.year ?? (mention.issuedOn ? Number(mention.issuedOn.slice(0, 4)) : null);
const squash = (s: string | null | undefined) => (s ? foldVietnamese(s).replace(/[^a-z0-9]/g, "") : "");
function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function newGroup(mention: Mention, groups: MentionGroup[]): MentionGroup {
  const reference = mention.reference?.normalised ?? null;
  const group = { documentType: mention.documentType, reference, number: mention.number, year: yearOf(mention), mentions: [mention] };
  groups.push(group);
  return group;
}

/** Identity by symbol: type + normalised reference + year, where a mention without a year fits any. */
function placeReference(mention: Mention, groups: MentionGroup[], index: Map<string, MentionGroup[]>): void {
  const key = `${mention.documentType}|${mention.reference!.normalised}`;
  const year = yearOf(mention);
  const same = index.get(key) ?? [];
  let group = same.find((g) => year !== null && g.year === year);
  for (let i = same.length - 1; !group && i >= 0; i--) if (year === null || same[i].year === null) group = same[i];
  if (group) {
    group.mentions.push(mention);
    group.year ??= year;
  } else {
    push(index, key, newGroup(mention, groups));
  }
}

/**
 * Identity without a symbol: type + number + date ("thông báo số 02 ngày 27/3/2026") or type + date.
 * A number and date that match a document cited with a symbol join it.
 */
function placeDated(mention: Mention, groups: MentionGroup[], index: Map<string, MentionGroup>): void {
  const key = `${mention.documentType}|${mention.number ?? ""}|${mention.issuedOn}`;
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
    const date = group.mentions.find((m) => m.issuedOn)?.issuedOn;
    if (date) byDate.set(`${group.documentType}|${group.number ?? ""}|${date}`, group);
  }
  for (const mention of mentions) if (!mention.reference && mention.issuedOn) placeDated(mention, groups, byDate);
  const byNumber = new Map<string, Candidate[]>();
  for (const group of groups) if (group.number !== null) push(byNumber, `${group.documentType}|${group.number}`, toCandidate(group));
  for (const mention of mentions) if (!mention.reference && !mention.issuedOn) placeShort(text, mention, groups, byNumber);
  for (const group of groups) group.mentions.sort((a, b) => a.start - b.start);
  return groups.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
