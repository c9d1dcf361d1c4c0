/** NFC text together with a way back to offsets in the string it was made from. */
export interface NfcText {
  text: string;
  /** Offset in the original string of the character at `index` of `text` (`text.length` maps to the end). */
  toOriginal(index: number): number;
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Normalises to NFC one base character (with its combining marks) at a time, so that every offset
 * found in the NFC text can be mapped back to the caller's string: spans must point into what the
 * caller passed, even when it was NFD. Text already in NFC is returned as is, with identity offsets.
 */
export function toNfcWithOffsets(input: string): NfcText {
  if (input.normalize("NFC") === input) {
    return { text: input, toOriginal: (index) => index };
  }
  const parts: string[] = [];
  const origin: number[] = [];
  for (const match of input.matchAll(CLUSTER)) {
    const composed = match[0].normalize("NFC");
    parts.push(composed);
    for (let k = 0; k < composed.length; k++) origin.push(match.index);
  }
  origin.push(input.length);
  return { text: parts.join(""), toOriginal: (index) => origin[index] };
}
