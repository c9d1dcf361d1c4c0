import { isDeepStrictEqual } from "node:util";

/** "equal", or the first path where two JSON answers differ, with both values. */
export function equalOrDiff(api: unknown, floor: unknown, path = "data"): string {
  if (isDeepStrictEqual(api, floor)) return "equal";
  if (api && floor && typeof api === "object" && typeof floor === "object") {
    for (const key of new Set([...Object.keys(api), ...Object.keys(floor)])) {
      const diff = equalOrDiff((api as Record<string, unknown>)[key], (floor as Record<string, unknown>)[key], `${path}.${key}`);
      if (diff !== "equal") return diff;
    }
  }
  return `${path}: API ${JSON.stringify(api)?.slice(0, 200)}, floor ${JSON.stringify(floor)?.slice(0, 200)}`;
}
