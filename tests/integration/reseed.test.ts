// Seeding again after the curated knowledge changed (simulated by forgetting the seed's hash)
// keeps what was added to curated facts since: the fee an import merged into a curated transfer,
// and an editor's retraction of a curated fact.
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { EditDesk } from '../../src/services/editing/desk';
import { EditingService } from '../../src/services/editing/editing-service';
import { runImport } from '../../src/services/import/runner';
import { toFact } from '../../src/repositories/rows';
import { seedCurated } from '../../src/services/write/seed';
import { openSeededGraph, tempDir, type TestGraph } from '../support/graph';
import { writeTransferSlice } from '../support/import-slices';

const TRANSFER = 'fact:transfer:steven-defour:2006:krc-genk:standard-liege';
const RETRACTED = 'fact:spell:steven-defour:burnley';

let graph: TestGraph;
let dir: string;

beforeAll(async () => {
  dir = tempDir('bfg-reseed-');
  graph = await openSeededGraph();
  const data = writeTransferSlice(path.join(dir, 'data'), [{ players: ['Steven Defour'] }]);
  await runImport(graph.engine, { source: 'transfers', path: path.dirname(data), reportDir: path.join(dir, 'report') });
}, 60_000);

afterAll(async () => {
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const factState = async (id: string) => (await graph.engine.read('facts/state', { ids: [id] }))[0]!;

it('keeps imported details and editors\' retractions of curated facts when the curated knowledge is seeded again', async () => {
  const before = JSON.parse(String((await factState(TRANSFER)).details)) as Record<string, unknown>;
  expect(Object.keys(before).length).toBeGreaterThan(0);
  const editing = new EditingService(graph.engine, new EditDesk(graph.engine, pino({ level: 'silent' })), { name: 'alice' });
  await editing.retractFact({ id: RETRACTED, reason: 'test' });
  expect((await factState(RETRACTED)).status).toBe('RETRACTED');

  await graph.engine.write('backup/delete-meta', { keys: ['seed:curated'] });
  expect((await seedCurated(graph.engine)).seeded).toBe(true);

  expect(JSON.parse(String((await factState(TRANSFER)).details))).toEqual(before);
  expect((await factState(RETRACTED)).status).toBe('RETRACTED');
  const [served] = await graph.engine.read('facts/by-ids', { ids: [TRANSFER] });
  expect(toFact(served).details).toMatchObject(before);
  expect(await graph.engine.read('facts/by-ids', { ids: [RETRACTED] })).toEqual([]);
}, 60_000);
