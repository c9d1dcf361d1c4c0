#!/usr/bin/env node
// `npm run build` (--force), and before `npm start`, `npm run migrate` and `npm run seed`: compiles
// src/ and migrations/ to dist/ when dist/ is missing or older than a source file, so the one-command
// start works on a fresh clone and after an edit. Where TypeScript is not installed (a production
// install with --omit=dev), dist/ must have been built beforehand (`npm run build`) and is used as is.
"use strict";
const { existsSync, readdirSync, statSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");

const root = join(__dirname, "../..");
const stamp = join(root, "dist", ".build-stamp");

function newest(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stats.mtimeMs);
}

const sources = ["src", "migrations", "tsconfig.json"].map((name) => join(root, name)).filter(existsSync);
const built = existsSync(stamp) && existsSync(join(root, "dist", "src", "index.js")) ? statSync(stamp).mtimeMs : 0;
const force = process.argv.includes("--force");
if (!force && built && sources.every((source) => newest(source) <= built)) process.exit(0);

let tsc;
try {
  tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
} catch {
  if (built && !force) process.exit(0);
  console.error("dist/ is missing and TypeScript is not installed: run `npm install` (with dev dependencies) and `npm run build`.");
  process.exit(1);
}
console.error("Compiling to dist/ (npm run build) ...");
const result = spawnSync(process.execPath, [tsc, "-p", join(root, "src", "tsconfig.build.json")], { cwd: root, stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, `${new Date().toISOString()}\n`);
