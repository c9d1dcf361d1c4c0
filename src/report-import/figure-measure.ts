import type { Piece } from "./document";

/** Time units: a number of them after "trong", "sau", ... is how long, not how much. */
const TIME_UNITS = new Set("năm tháng quý tuần ngày giờ".split(" "));
const DURATION_BEFORE = /(?:^|[^\p{L}\p{N}])(?:trong vòng|trong|sau|qua|suốt|sau hơn|gần|hơn|mỗi|từ)\s*$/iu;
const PERIOD_AFTER = /^\s+(?:(?:đầu|cuối|giữa)\s+(?:năm|quý|tháng|nhiệm kỳ)|qua|vừa qua|gần đây|tới|sắp tới|tiếp theo|liên tiếp|liền)(?![\p{L}\p{M}])/iu;

/**
 * Whether a number with a time unit is a duration or a period ("Trong 6 tháng", "sau 3 tháng
 * triển khai", "6 tháng đầu năm", "02 năm qua") rather than a measurement ("thời gian giải quyết
 * trung bình 2,5 ngày", "tổ chức 3 ngày hội" whose unit is longer).
 */
export function isDuration(before: string, unit: Piece | null, after: string): boolean {
  if (!unit || !TIME_UNITS.has(unit.content.toLowerCase())) return false;
  return DURATION_BEFORE.test(before) || PERIOD_AFTER.test(after);
}

const COMPLEMENT_END = /[,;:.()[\]\n–]|\s-\s|\s\d|\s(?:và|trong đó|đồng thời|so với|tăng|giảm|đạt)\s/iu;
const TRAILING_VERB = /\s+(?:chiếm|là|bằng|đạt được|ước|có|gồm|với)$/iu;
const MAX_SYLLABLES = 12;

function piece(text: string, start: number, end: number): Piece | null {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const words = [...raw.trim().matchAll(/\S+/g)];
  if (words.length === 0) return null;
  const kept = words.slice(0, MAX_SYLLABLES);
  const last = kept[kept.length - 1];
  const s = start + lead;
  return { start: s, end: s + last.index + last[0].length, content: text.slice(s, s + last.index + last[0].length) };
}

/**
 * The phrase a figure measures, never the figure itself: what is counted when a unit follows
 * ("15/27 cán bộ có chữ ký số" → "cán bộ có chữ ký số", "95,06% hồ sơ được số hóa"), the words
 * before it when it ends its clause ("tỷ lệ hồ sơ trực tuyến đạt 95,06%" → "tỷ lệ hồ sơ trực
 * tuyến"), or the label of a "label: value" pair ("Thủ tục hành chính toàn trình: 218 thủ tục").
 */
export function readMeasured(text: string, label: Piece | null, unit: Piece | null, numberStart: number, clauseEnd: number, percentage: boolean): Piece | null {
  const colonLabel = label !== null && text.slice(label.end, numberStart).includes(":");
  let complementEnd = unit?.end ?? numberStart;
  if (unit) {
    const rest = text.slice(unit.end, clauseEnd);
    const stop = rest.search(COMPLEMENT_END);
    complementEnd = unit.end + (stop < 0 ? rest.length : stop);
  }
  const hasComplement = unit !== null && text.slice(unit.end, complementEnd).trim() !== "";
  // A time unit says how long, not what of: "thời gian giải quyết trung bình 2,5 ngày".
  const timeUnit = unit !== null && TIME_UNITS.has(unit.content.toLowerCase());
  if (unit && (!label || (!timeUnit && (hasComplement || (!colonLabel && !percentage))))) return piece(text, unit.start, complementEnd);
  if (!label) return null;
  const trimmed = label.content.replace(TRAILING_VERB, "");
  return trimmed === "" ? null : { start: label.start, end: label.start + trimmed.length, content: trimmed };
}
