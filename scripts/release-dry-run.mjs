#!/usr/bin/env node
// Release dry run: would `changeset version` + `pnpm pack` publish what we mean to publish?
// Works on a copy in a temporary folder; the real repository is never written to.
//
// 1. Copies the repository's files (`git ls-files`: tracked plus untracked-but-not-ignored, so a new
//    changeset counts before it is committed) and each published package's built files (`files` entries
//    that are build output: dist, custom-elements.json) into a temp dir.
// 2. Runs `changeset version` there and checks: every package named in a changeset gets a higher version
//    (at least the declared bump), linked packages share one version, each CHANGELOG.md has a section
//    for the new version holding every changeset summary for that package, and the changesets are consumed.
// 3. Runs `pnpm pack` for every published package and checks each tarball: package.json has the new
//    version and no `workspace:` protocol left (internal dependencies point at the new versions); every
//    file named by `exports` (patterns included), `main`/`types`/`customElements` exists; the widgets
//    ship custom-elements.json; no test, spec, bench or story files; every source map's sources stay
//    inside the package (and have sourcesContent when not shipped), no absolute machine paths, and every
//    sourceMappingURL names a shipped file.
// Usage: node scripts/release-dry-run.mjs [--keep]   (run after the packages' build)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const started = Date.now();
const REPO = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const keep = process.argv.includes('--keep');
const problems = [];
const notes = [];
const report = [];
const fail = (msg) => problems.push(msg);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

// ---- the packages ----------------------------------------------------------------------------------

const packageDirs = readdirSync(join(REPO, 'packages')).filter((d) => existsSync(join(REPO, 'packages', d, 'package.json')));
const packages = packageDirs
  .map((d) => ({ dir: `packages/${d}`, manifest: readJson(join(REPO, 'packages', d, 'package.json')) }))
  .filter((p) => !p.manifest.private);
const byName = new Map(packages.map((p) => [p.manifest.name, p]));

const changesets = readdirSync(join(REPO, '.changeset'))
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((file) => {
    const text = readFileSync(join(REPO, '.changeset', file), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`.changeset/${file}: no front matter`);
    const releases = [...m[1].matchAll(/^\s*['"]?([^'":\s]+)['"]?\s*:\s*(major|minor|patch)\s*$/gm)].map((r) => ({ name: r[1], type: r[2] }));
    return { file, releases, summary: m[2].trim() };
  });
const config = readJson(join(REPO, '.changeset/config.json'));

// ---- 1. a copy of the repository ----------------------------------------------------------------------

const tmp = mkdtempSync(join(tmpdir(), 'mr-release-'));
const work = join(tmp, 'repo');
const packs = join(tmp, 'packs');
mkdirSync(packs, { recursive: true });
const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], REPO).split('\0').filter(Boolean);
let copied = 0;
for (const file of listed) {
  const from = join(REPO, file);
  if (!existsSync(from) || lstatSync(from).isDirectory()) continue; // deleted in the working tree, or a submodule
  mkdirSync(dirname(join(work, file)), { recursive: true });
  cpSync(from, join(work, file), { verbatimSymlinks: true });
  copied++;
}
for (const p of packages) {
  for (const entry of p.manifest.files ?? []) {
    if (entry.startsWith('!') || entry.includes('*')) continue;
    const from = join(REPO, p.dir, entry);
    const to = join(work, p.dir, entry);
    if (!existsSync(from)) fail(`${p.manifest.name}: "${entry}" (in "files") is missing: build the packages first (pnpm build)`);
    else if (!existsSync(to)) cpSync(from, to, { recursive: true }); // build output (ignored by git)
  }
}
// The changelog generator and the CLI resolve from node_modules: borrow the real ones, read-only.
symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'), 'dir');

if (problems.length) finish();

// ---- 2. changeset version ---------------------------------------------------------------------------

const before = new Map(packages.map((p) => [p.manifest.name, p.manifest.version]));
try {
  run(process.execPath, [join(REPO, 'node_modules/@changesets/cli/bin.js'), 'version'], work);
} catch (e) {
  fail(`changeset version failed:\n${e.stderr || e.stdout || e.message}`);
  finish();
}
const after = new Map(packages.map((p) => [p.manifest.name, readJson(join(work, p.dir, 'package.json')).version]));
/** Every workspace package's version after `changeset version` (what `workspace:` must become). */
const workspaceVersions = new Map(
  ['packages', 'apps'].flatMap((top) =>
    existsSync(join(work, top))
      ? readdirSync(join(work, top))
          .filter((d) => existsSync(join(work, top, d, 'package.json')))
          .map((d) => readJson(join(work, top, d, 'package.json')))
          .map((m) => [m.name, m.version])
      : [],
  ),
);

const parse = (v) => v.split(/[.+-]/).slice(0, 3).map(Number);
const compare = (a, b) => {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};
const rank = { patch: 0, minor: 1, major: 2 };
const declared = new Map();
for (const cs of changesets) {
  for (const r of cs.releases) {
    if (!byName.has(r.name)) {
      if (!(config.ignore ?? []).includes(r.name)) fail(`.changeset/${cs.file}: "${r.name}" is not a published package`);
      continue;
    }
    const entry = declared.get(r.name) ?? { type: r.type, summaries: [] };
    if (rank[r.type] > rank[entry.type]) entry.type = r.type;
    entry.summaries.push(cs.summary);
    declared.set(r.name, entry);
  }
}
for (const [name, { type, summaries }] of declared) {
  const from = before.get(name);
  const to = after.get(name);
  const [a, b] = [parse(from), parse(to)];
  const enough = { major: b[0] > a[0], minor: b[0] > a[0] || b[1] > a[1], patch: compare(to, from) > 0 }[type];
  if (compare(to, from) <= 0 || !enough) fail(`${name}: version ${from} -> ${to}, but a changeset asks for a ${type} bump`);
  const changelogFile = join(work, byName.get(name).dir, 'CHANGELOG.md');
  if (!existsSync(changelogFile)) {
    fail(`${name}: no CHANGELOG.md after changeset version`);
    continue;
  }
  const changelog = readFileSync(changelogFile, 'utf8');
  const start = changelog.indexOf(`\n## ${to}\n`);
  if (start < 0) {
    fail(`${name}: CHANGELOG.md has no "## ${to}" section`);
    continue;
  }
  const next = changelog.indexOf('\n## ', start + 1);
  const section = changelog.slice(start, next < 0 ? undefined : next).replace(/\s+/g, ' ');
  for (const s of summaries) {
    const firstLine = s.split('\n')[0].replace(/\s+/g, ' ').trim();
    if (!section.includes(firstLine)) fail(`${name}: CHANGELOG.md "## ${to}" lacks the summary "${firstLine.slice(0, 80)}…"`);
  }
}
for (const group of config.linked ?? []) {
  const released = group.filter((n) => declared.has(n));
  const versions = new Set(released.map((n) => after.get(n)));
  if (versions.size > 1) fail(`linked packages ${released.join(', ')} got different versions: ${[...versions].join(', ')}`);
}
for (const [name, to] of after) if (!declared.has(name) && to !== before.get(name)) notes.push(`${name}: ${before.get(name)} -> ${to} (a dependency was bumped)`);
const left = readdirSync(join(work, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
if (left.length) fail(`changesets not consumed by changeset version: ${left.join(', ')}`);

// ---- 3. pnpm pack and the tarballs ---------------------------------------------------------------------

const TEST_FILE = /(^|\/)(__tests__|__mocks__|test|tests)\/|\.(test|spec|bench|stories)(\.[a-z]+)+$|(^|\/)test-results\.json$|(^|\/)vitest\.config\./;
const DEP_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
// `pnpm pack` reads a `workspace:` dependency's version from the installed copy: link each one to the
// (bumped) workspace package, as `pnpm install` would, without a whole install.
const workspaceDirs = new Map(
  ['packages', 'apps'].flatMap((top) =>
    existsSync(join(work, top)) ? readdirSync(join(work, top)).filter((d) => existsSync(join(work, top, d, 'package.json'))).map((d) => [readJson(join(work, top, d, 'package.json')).name, join(work, top, d)]) : [],
  ),
);

for (const p of packages) {
  const name = p.manifest.name;
  const pkgDir = join(work, p.dir);
  const source = readJson(join(pkgDir, 'package.json')); // after changeset version
  for (const field of DEP_FIELDS) {
    for (const [dep, spec] of Object.entries(source[field] ?? {})) {
      if (!String(spec).startsWith('workspace:') || !workspaceDirs.has(dep)) continue;
      const link = join(pkgDir, 'node_modules', dep);
      mkdirSync(dirname(link), { recursive: true });
      if (!existsSync(link)) symlinkSync(workspaceDirs.get(dep), link, 'dir');
    }
  }
  let tarball;
  try {
    const out = run('pnpm', ['pack', '--pack-destination', packs], pkgDir);
    tarball = out.trim().split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.tgz')).pop();
  } catch (e) {
    fail(`${name}: pnpm pack failed:\n${e.stderr || e.stdout || e.message}`);
    continue;
  }
  if (!tarball || !existsSync(tarball)) tarball = join(packs, readdirSync(packs).find((f) => f.startsWith(name.replace('@', '').replace('/', '-'))) ?? '');
  if (!existsSync(tarball)) {
    fail(`${name}: no tarball found in ${packs}`);
    continue;
  }
  const entries = run('tar', ['-tzf', tarball], tmp).split('\n').filter((l) => l && !l.endsWith('/'));
  const files = new Set(entries.map((e) => e.replace(/^package\//, '')));
  const unpacked = join(tmp, 'unpacked', name.replace('/', '__'));
  mkdirSync(unpacked, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', unpacked], tmp);
  const root = join(unpacked, 'package');
  const manifestText = readFileSync(join(root, 'package.json'), 'utf8');
  const packed = JSON.parse(manifestText);

  // The manifest: new version, no workspace protocol, internal dependencies at their new versions.
  if (packed.version !== after.get(name)) fail(`${name}: packed version ${packed.version}, expected ${after.get(name)}`);
  if (manifestText.includes('workspace:')) fail(`${name}: packed package.json still contains "workspace:"`);
  for (const field of DEP_FIELDS) {
    for (const [dep, spec] of Object.entries(source[field] ?? {})) {
      if (!String(spec).startsWith('workspace:')) continue;
      const v = workspaceVersions.get(dep);
      const range = spec.slice('workspace:'.length);
      const want = range === '*' || range === '' ? v : range === '^' || range === '~' ? `${range}${v}` : range;
      if (packed[field]?.[dep] !== want) fail(`${name}: ${field}.${dep} is "${packed[field]?.[dep]}" in the tarball, expected "${want}" (from "${spec}")`);
    }
  }

  // Every file the manifest points at is shipped.
  const targets = [];
  const collect = (v) => (typeof v === 'string' ? targets.push(v) : v && typeof v === 'object' ? Object.values(v).forEach(collect) : undefined);
  collect(packed.exports);
  for (const field of ['main', 'module', 'types', 'typings', 'customElements']) if (packed[field]) targets.push(packed[field]);
  for (const t of targets) {
    const path = t.replace(/^\.\//, '');
    if (path.includes('*')) {
      const re = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
      if (![...files].some((f) => re.test(f))) fail(`${name}: no file in the tarball matches export "${t}"`);
    } else if (!files.has(path)) fail(`${name}: "${t}" (named in package.json) is not in the tarball`);
  }
  if (name === '@migrant-rights/widgets' && !files.has('custom-elements.json')) fail(`${name}: custom-elements.json is not in the tarball`);

  // Nothing that is only for us.
  const unwanted = [...files].filter((f) => TEST_FILE.test(f));
  if (unwanted.length) fail(`${name}: test/bench/story files in the tarball: ${unwanted.slice(0, 8).join(', ')}${unwanted.length > 8 ? ` (+${unwanted.length - 8})` : ''}`);

  // Source maps stay inside the package and say nothing about this machine.
  let maps = 0;
  for (const f of files) {
    if (f.endsWith('.map')) {
      maps++;
      const text = readFileSync(join(root, f), 'utf8');
      if (text.includes(REPO) || text.includes(tmp)) fail(`${name}: ${f} contains an absolute path of this machine`);
      let map;
      try {
        map = JSON.parse(text);
      } catch {
        fail(`${name}: ${f} is not JSON`);
        continue;
      }
      (map.sources ?? []).forEach((s, i) => {
        const resolved = posix.normalize(posix.join(posix.dirname(f), map.sourceRoot ?? '', s));
        if (/^[a-z]+:/i.test(s) || s.startsWith('/') || resolved.startsWith('..')) fail(`${name}: ${f} points outside the package: ${s}`);
        else if (!files.has(resolved) && typeof map.sourcesContent?.[i] !== 'string') fail(`${name}: ${f} names ${resolved}, which is neither shipped nor embedded`);
      });
    } else if (/\.(m?js|cjs|d\.ts)$/.test(f)) {
      const tail = readFileSync(join(root, f), 'utf8').slice(-500);
      const url = /[#@] sourceMappingURL=(\S+)\s*(?:\*\/)?\s*$/.exec(tail)?.[1];
      if (url && !url.startsWith('data:')) {
        const target = posix.normalize(posix.join(posix.dirname(f), url));
        if (target.startsWith('..') || !files.has(target)) fail(`${name}: ${f} names a source map that is not shipped: ${url}`);
      }
    }
  }
  if (!files.has('LICENSE') && !files.has('LICENSE.md')) fail(`${name}: no LICENSE file in the tarball (package.json says ${packed.license})`);
  if (!files.has('CHANGELOG.md')) fail(`${name}: CHANGELOG.md is not in the tarball (add it to "files")`);
  const size = lstatSync(tarball).size;
  report.push(`${name.padEnd(26)} ${before.get(name)} -> ${packed.version}  ${String(files.size).padStart(4)} files, ${(size / 1024).toFixed(0)} KB packed, ${maps} maps, CHANGELOG.md shipped`);
}

// The real repository is untouched: its changesets and versions are as they were.
for (const p of packages) if (readJson(join(REPO, p.dir, 'package.json')).version !== before.get(p.manifest.name)) fail(`the real ${p.dir}/package.json version changed!`);
for (const cs of changesets) if (!existsSync(join(REPO, '.changeset', cs.file))) fail(`the real .changeset/${cs.file} is gone!`);

finish();

function finish() {
  console.log(`release dry run (${copied} files copied to ${tmp}; ${changesets.length} changesets)`);
  for (const line of report) console.log(`  ${line}`);
  for (const n of notes) console.log(`  note: ${n}`);
  if (!keep) rmSync(tmp, { recursive: true, force: true });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length) {
    console.error(`release dry run: ${problems.length} problem(s) in ${secs} s\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`release dry run: OK in ${secs} s`);
  process.exit(0);
}
