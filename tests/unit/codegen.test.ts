// Every committed codegen output (resolver types, the explorer's typed operations) must match what
// graphql-codegen generates from schema/ and the operations now.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const CONFIG = fs.readFileSync(path.join(ROOT, 'codegen.yml'), 'utf8');

/** The output files under `generates:` (keys indented by two spaces). */
function targets(config: string): string[] {
  const body = config.slice(config.indexOf('\ngenerates:\n'));
  return [...body.matchAll(/^ {2}([^\s#][^:\s]*\.ts):\s*$/gm)].map((m) => m[1]!);
}

const GENERATED = targets(CONFIG);

it('codegen.yml generates the resolver types and the explorer operations', () => {
  expect(GENERATED).toEqual(expect.arrayContaining(['src/graphql/__generated__/resolvers-types.ts', 'src/explorer/client/__generated__/operations.ts']));
});

it('every generated file is up to date with schema/ and its operations (run `npm run codegen`)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-codegen-'));
  try {
    let config = CONFIG;
    const fresh = GENERATED.map((target, i) => {
      const out = path.join(dir, `${i}-${path.basename(target)}`);
      config = config.replace(`  ${target}:`, `  ${out}:`);
      return out;
    });
    fs.writeFileSync(path.join(dir, 'codegen.yml'), config);
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', path.join(dir, 'codegen.yml'), '--silent'], { cwd: ROOT, stdio: 'pipe' });
    const stale = GENERATED.filter((target, i) => fs.readFileSync(fresh[i]!, 'utf8') !== fs.readFileSync(path.join(ROOT, target), 'utf8'));
    expect(stale).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
