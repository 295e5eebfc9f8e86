#!/usr/bin/env node
/**
 * The table walls dependency-cruiser cannot see (run by `npm run lint`): a business module reads only its
 * own tables. The kernel's tables (clocks, audit events, procedure steps, …) are read through the finders
 * of `server/platform/<area>/index.ts`; another module's tables through that module's `index.ts`.
 *
 * Who owns a table: every `pgTable('name', …)` in `server/platform/**\/schema.ts` belongs to the kernel,
 * and in `server/modules/<m>/schema.ts`, `server/modules/<m>/schema/**` or, in a module split by aggregate,
 * `server/modules/<m>/<aggregate>/schema.ts` (enforcement: registry/, inspections/, cases/) to module <m>.
 *
 * What fails, in `server/modules/<m>/**\/*.ts`:
 * - a foreign table's name inside a sql`…` template (its literal text, not the `${…}` holes, so a comment
 *   or a property called `clocks` is no hit);
 * - an import of a kernel table object (`clocks`, `auditEvents`, …) from `server/platform`, or of another
 *   module's table object.
 *
 * What is not checked, and why:
 * - schema files (`schema.ts`, `schema/**`, `<aggregate>/schema.ts`): they name other tables for foreign keys, which are allowed
 *   (one database, integrity matters); a schema declares, it does not query;
 * - tests and their support files (`*.test.ts`, `test-*.ts`): a test may look at the rows it caused;
 * - `org_units` and `users` (SHARED below): the organisation is the dimension every ledger is scoped,
 *   grouped and signed by, and report SQL joins it for a unit's name, code and order or a user's name.
 *   Modules may read them (never write); the script counts those reads so the number stays visible.
 *
 * Exit code 1 with file:line of each violation; 0 otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLATFORM = 'server/platform';
const MODULES = 'server/modules';
const KERNEL = 'kernel';
const SHARED = new Set(['org_units', 'users']);

/** Every .ts file under a folder, as a path relative to the repository root. */
function tsFiles(dir) {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** `server/modules/<m>/schema.ts`, `…/<m>/schema/**`, `…/<m>/<aggregate>/schema.ts` (and the kernel's schema.ts). */
const isSchemaFile = (file) => /^server\/(platform|modules)\/[^/]+\/([^/]+\/)?schema(\.ts$|\/)/.test(file);
const isTestFile = (file) => /\.test\.ts$/.test(file) || /\/test-[^/]*\.ts$/.test(file);
const moduleOf = (file) => file.split('/')[2];

/** The tables a schema file declares: their SQL names and the identifiers they are exported as. */
function tablesIn(file) {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const found = [];
  for (const m of text.matchAll(/export const (\w+) = pgTable\(\s*'([a-z0-9_]+)'/g))
    found.push({ identifier: m[1], name: m[2] });
  return found;
}

/** table name → owner, and exported identifier → { owner, name }. */
function collectOwners() {
  const byName = new Map();
  const byIdentifier = new Map();
  const add = (owner, file) => {
    for (const t of tablesIn(file)) {
      byName.set(t.name, owner);
      byIdentifier.set(t.identifier, { owner, name: t.name });
    }
  };
  for (const file of tsFiles(PLATFORM)) if (file.endsWith('/schema.ts')) add(KERNEL, file);
  for (const file of tsFiles(MODULES)) if (isSchemaFile(file) && !isTestFile(file)) add(moduleOf(file), file);
  return { byName, byIdentifier };
}

/** The literal text of each sql`…` template (holes blanked out, offsets kept), with its start offset. */
function sqlLiterals(text) {
  const out = [];
  for (const m of text.matchAll(/\bsql(?:<[^`>]*>)?`/g)) {
    const start = m.index + m[0].length;
    let i = start;
    let literal = '';
    while (i < text.length && text[i] !== '`') {
      if (text[i] === '\\') {
        literal += '  ';
        i += 2;
      } else if (text[i] === '$' && text[i + 1] === '{') {
        // Skip the hole, nested braces and templates included; a nested sql`…` is matched on its own.
        let depth = 1;
        let inTemplate = false;
        literal += '  ';
        i += 2;
        while (i < text.length && depth > 0) {
          const ch = text[i];
          if (ch === '`') inTemplate = !inTemplate;
          else if (!inTemplate && ch === '{') depth++;
          else if (!inTemplate && ch === '}') depth--;
          literal += ch === '\n' ? '\n' : ' ';
          i++;
        }
      } else {
        literal += text[i];
        i++;
      }
    }
    out.push({ start, literal });
  }
  return out;
}

const lineAt = (text, offset) => text.slice(0, offset).split('\n').length;

function check() {
  const { byName, byIdentifier } = collectOwners();
  const violations = [];
  let sharedReads = 0;
  const foreign = (owner, module) => owner !== undefined && owner !== module;

  for (const file of tsFiles(MODULES)) {
    if (isSchemaFile(file) || isTestFile(file)) continue;
    const module = moduleOf(file);
    if (!module || file.split('/').length < 4) continue; // server/modules/index.ts lists modules, no SQL
    const text = readFileSync(path.join(ROOT, file), 'utf8');

    for (const { start, literal } of sqlLiterals(text)) {
      for (const m of literal.matchAll(/[a-z][a-z0-9_]*/g)) {
        const owner = byName.get(m[0]);
        if (!foreign(owner, module)) continue;
        if (owner === KERNEL && SHARED.has(m[0])) {
          sharedReads++;
          continue;
        }
        violations.push(`${file}:${lineAt(text, start + m.index)}: SQL names ${m[0]} (${owner}'s table)`);
      }
    }

    for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2]));
      const fromKernel = target.startsWith(`${PLATFORM}/`);
      const fromOther = target.startsWith(`${MODULES}/`) && moduleOf(target) !== module;
      if (!fromKernel && !fromOther) continue;
      for (const raw of m[1].split(',')) {
        const identifier = raw.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0].trim();
        const table = byIdentifier.get(identifier);
        if (!table || !foreign(table.owner, module)) continue;
        if (table.owner === KERNEL && SHARED.has(table.name)) {
          sharedReads++;
          continue;
        }
        violations.push(
          `${file}:${lineAt(text, m.index)}: imports ${identifier} (${table.owner}'s table ${table.name})`,
        );
      }
    }
  }

  if (violations.length > 0) {
    console.error(`✖ ${violations.length} table wall violation(s): read them through the owner's index.ts`);
    for (const v of violations) console.error(`  ${v}`);
    process.exit(1);
  }
  console.log(
    `✔ no module reads another's tables or the kernel's (${sharedReads} reads of the shared org_units / users)`,
  );
}

check();
