// The committed resolver types must match what graphql-codegen generates from schema/ now.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const GENERATED = 'src/graphql/__generated__/resolvers-types.ts';

it('src/graphql/__generated__ is up to date with schema/ (run `npm run codegen`)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-codegen-'));
  try {
    const config = fs.readFileSync(path.join(ROOT, 'codegen.yml'), 'utf8');
    expect(config).toContain(GENERATED);
    const target = path.join(dir, 'resolvers-types.ts');
    fs.writeFileSync(path.join(dir, 'codegen.yml'), config.replace(GENERATED, target));
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', path.join(dir, 'codegen.yml'), '--silent'], { cwd: ROOT, stdio: 'pipe' });
    const fresh = fs.readFileSync(target, 'utf8');
    const committed = fs.readFileSync(path.join(ROOT, GENERATED), 'utf8');
    expect(committed === fresh).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
