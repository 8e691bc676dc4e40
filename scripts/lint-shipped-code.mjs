#!/usr/bin/env node
// Safety lint for shipped code: the people using our widgets can be at risk, so shipped code
// must not phone home, store anything, inject raw HTML, evaluate strings or use inline styles
// (which a strict CSP blocks). Tests, stories and benchmarks are exempt.
// Usage: node scripts/lint-shipped-code.mjs <dir> [--allow <file-substring>=<rule>]...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const rules = [
  ['network', /\bfetch\(|XMLHttpRequest|navigator\.sendBeacon|new WebSocket|new EventSource/],
  ['storage', /\blocalStorage\b|\bsessionStorage\b|document\.cookie|\bindexedDB\b|caches\.open/],
  ['raw-html', /unsafeHTML|unsafeSVG|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|DOMParser|document\.write/],
  ['eval', /\beval\(|new Function\(|setTimeout\(\s*['"`]/],
  ['inline-style', /\sstyle=\$\{|\sstyle="/],
  ['third-party', /https?:\/\/(fonts\.googleapis|fonts\.gstatic|cdn\.|unpkg|jsdelivr)/],
];
// Opt-in features that an issue asks for must be listed here with the test that guards them.
const allowed = [
  // <mr-case-form persist>: encrypted drafts in IndexedDB, off by default (issue 5).
  // Guarded by components/case-form/case-form.test.ts (no indexedDB without `persist`; ciphertext only).
  ['components/case-form/draft-store.ts', 'storage'],
];

const root = process.argv[2] ?? 'src';
const exempt = /\.(test|stories|bench|spec)\.ts$|\/test\//;
const problems = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|js|mjs)$/.test(name) && !exempt.test(path)) check(path);
  }
}
function check(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (/^\s*(\/\/|\*)/.test(line)) return; // comments may name what they forbid
    for (const [rule, re] of rules) {
      if (re.test(line) && !allowed.some(([file, r]) => path.includes(file) && r === rule)) {
        problems.push(`${relative(process.cwd(), path)}:${i + 1} [${rule}] ${line.trim()}`);
      }
    }
  });
}
walk(root);
if (problems.length) {
  console.error(`Safety lint: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Safety lint: ${root} clean`);
