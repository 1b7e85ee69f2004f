// SIGTERM under load, on the real service process: a request that is in flight when the signal
// arrives (its body still being sent) finishes with a full answer, new connections are refused,
// the process exits 0, and the database holds every edit whole (fact + audit entry, derived data
// rebuilt) or not at all.
import net from 'node:net';
import { newToken } from '../../src/auth/tokens';
import { acquireDatabase } from '../support/graph';
import { httpRequest, openGraphWith } from '../support/http-server';
import { startServiceProcess } from '../support/process';

jest.setTimeout(90_000);

const token = newToken('loader');
const AUTH = `Bearer ${token.token}`;
const ARTICLE = 'article:002_71773532a5f1564e';

const READS = [
  '{ person(id: "person:steven-defour") { name spells(first: 20) { edges { node { team { name } start { text } sources { source { id } } } } } } }',
  '{ club(id: "club:kv-mechelen") { name headCoaches { person { name } start { text } } } }',
  '{ sources { id name } }',
];

const addSpell = (note: string) =>
  JSON.stringify({
    query: 'mutation($input: AddSpellInput!) { addSpell(input: $input) { spell { id } audit { id } } }',
    variables: { input: { person: 'person:steven-defour', team: 'club:kv-mechelen', level: 'YOUTH', note, sources: [{ source: ARTICLE, detail: note }] } },
  });

interface Outcome {
  kind: 'read' | 'write';
  status: number | 'refused';
  code?: string;
  id?: string;
  sentAt: number;
  doneAt: number;
  error?: string;
}

/** Sends a request's headers and the first half of its body now, and the rest when told. */
function slowRequest(port: number, body: string): { finish: () => void; response: Promise<{ status: number; body: string }> } {
  const socket = net.connect(port, '127.0.0.1');
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nAuthorization: ${AUTH}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
  );
  let raw = '';
  socket.on('data', (c: Buffer) => (raw += c.toString('utf8')));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      let text = rest.join('\r\n\r\n');
      if (/transfer-encoding: chunked/i.test(head)) {
        let out = '';
        for (let i = 0; ; ) {
          const nl = text.indexOf('\r\n', i);
          const size = parseInt(text.slice(i, nl), 16);
          if (!size) break;
          out += text.slice(nl + 2, nl + 2 + size);
          i = nl + 2 + size + 2;
        }
        text = out;
      }
      resolve({ status: Number(head.split(' ')[1]), body: text });
    });
  });
  return { finish: () => socket.write(body.slice(half)), response };
}

describe('SIGTERM under load', () => {
  it('finishes in-flight requests, refuses new ones, exits 0 and leaves no half-written edit', async () => {
    const db = await acquireDatabase();
    const service = await startServiceProcess({ ...db.env, EDITOR_TOKENS_SHA256: token.entry });
    const port = Number(new URL(service.url).port);
    const outcomes: Outcome[] = [];
    let signalled = 0;

    // Six clients, each sending one request after another (reads and edits), until refused.
    const worker = async (w: number) => {
      for (let i = 0; ; i++) {
        const write = i % 3 === 2;
        const body = write ? addSpell(`load w${w} n${i}`) : JSON.stringify({ query: READS[(w + i) % READS.length] });
        const sentAt = Date.now();
        try {
          const r = await httpRequest(service.url, 'POST', body, { 'content-type': 'application/json', authorization: AUTH });
          const parsed = JSON.parse(r.text) as { data?: { addSpell?: { spell: { id: string } } }; errors?: { extensions?: { code?: string } }[] };
          outcomes.push({ kind: write ? 'write' : 'read', status: r.status, code: parsed.errors?.[0]?.extensions?.code, id: parsed.data?.addSpell?.spell.id, sentAt, doneAt: Date.now() });
          if (r.status === 503) return;
        } catch (err) {
          outcomes.push({ kind: write ? 'write' : 'read', status: 'refused', error: (err as { code?: string }).code ?? String(err), sentAt, doneAt: Date.now() });
          return;
        }
      }
    };
    const workers = Array.from({ length: 6 }, (_, w) => worker(w));

    while (outcomes.length < 30) await new Promise((r) => setTimeout(r, 20));
    const inFlight = slowRequest(port, addSpell('in flight at SIGTERM'));
    await new Promise((r) => setTimeout(r, 300)); // let the server read the headers
    const exited = new Promise<number | null>((resolve) => service.child.once('exit', (code) => resolve(code)));
    signalled = Date.now();
    service.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));

    // A new connection now is refused: the listener is closed while the in-flight request drains.
    const late = await httpRequest(service.url, 'POST', JSON.stringify({ query: READS[0] }), { 'content-type': 'application/json' }).then(
      (r) => ({ status: r.status as number | string }),
      (err: { code?: string }) => ({ status: err.code ?? 'error' }),
    );
    expect(['ECONNREFUSED', 503]).toContain(late.status);
    expect(service.child.exitCode).toBeNull();

    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    const finished = JSON.parse(answer.body) as { data: { addSpell: { spell: { id: string }; audit: { id: string } } }; errors?: unknown };
    expect(finished.errors).toBeUndefined();
    const inFlightId = finished.data.addSpell.spell.id;

    await Promise.all(workers);
    expect(await exited).toBe(0);
    expect(service.output()).toMatch(/"msg":"stopped"/);

    // Every request got a whole answer or a clean refusal; no server error, no broken response.
    for (const o of outcomes) {
      if (o.status === 'refused') expect(['ECONNREFUSED', 'ECONNRESET']).toContain(o.error);
      else if (o.status === 503) expect(o.code).toBe('SERVICE_UNAVAILABLE');
      else expect({ status: o.status, code: o.code }).toEqual({ status: 200, code: undefined });
    }
    const refusedBeforeSignal = outcomes.filter((o) => o.status !== 200 && o.doneAt < signalled);
    expect(refusedBeforeSignal).toEqual([]);

    // The database: every edit that answered is there; every fact written has its audit entry
    // and every audit entry its fact; derived data was rebuilt before exit.
    const g = await openGraphWith({}, false, db);
    try {
      const facts = (await g.engine.read('backup/facts', { after: '', limit: 10_000 })).map((r) => r.node as { id: string; status: string });
      const loadFacts = facts.filter((f) => f.id.startsWith('fact:spell:steven-defour:kv-mechelen:youth'));
      const audits = await g.engine.read('audit/page', { subject: '', editor: 'loader', skip: 0, limit: 10_000 });
      expect(audits.map((a) => String(a.subjectId)).sort()).toEqual(loadFacts.map((f) => f.id).sort());
      const answered = [...outcomes.filter((o) => o.id).map((o) => o.id!), inFlightId];
      for (const id of answered) expect(loadFacts.map((f) => f.id)).toContain(id);
      const [citations] = await Promise.all([g.engine.read('facts/citations', { ids: loadFacts.map((f) => f.id) })]);
      expect(new Set(citations.map((c) => String(c.key))).size).toBe(loadFacts.length);
      const [stale] = await g.engine.read('meta/read', { keys: ['derived:stale'] });
      expect(stale?.value ?? null).toBeNull();
      // Report what the run covered (visible with --verbose).
      const after = outcomes.filter((o) => o.doneAt >= signalled && o.sentAt < signalled && o.status === 200).length;
      console.log(`shutdown: ${outcomes.length} requests, ${answered.length} edits answered, ${after + 1} answered after SIGTERM, ${outcomes.filter((o) => o.status !== 200).length} refused`);
    } finally {
      await g.engine.close();
      await db.release();
    }
  });
});
