// The offline GraphQL IDE (/graphiql): GraphiQL 3 with the example operations of schema/examples/
// open as tabs and listed in an "Examples" panel, posting to the service's own endpoint. Every
// asset comes from this server (fonts are inlined in the stylesheet), so it works without internet.
import 'graphiql/graphiql.css';
import './graphiql.css';
import { useEditorContext, type GraphiQLPlugin } from '@graphiql/react';
import { setNonce } from 'get-nonce';
import { GraphiQL } from 'graphiql';
import { Kind, parse } from 'graphql';
import { createRoot } from 'react-dom/client';

interface Example {
  /** File name without `.graphql`. */
  name: string;
  /** The file's first comment line: the question it answers. */
  title: string;
  query: string;
  variables: string | null;
}

const endpoint = document.body.dataset.graphql ?? '/';
// GraphiQL's dialogs lock page scrolling with a <style> element they add (react-remove-scroll);
// the page's policy allows it by this per-response nonce, and nothing else inline.
const nonce = document.body.dataset.styleNonce;
if (nonce) setNonce(nonce);
const examples = JSON.parse(document.getElementById('examples')?.textContent ?? '[]') as Example[];

type Params = { query: string; variables?: unknown; operationName?: string | null };

/**
 * The operation to run. GraphiQL reads the query from the editor at once but learns its
 * operation name 100 ms after a change (a debounce): run right after switching tabs, it pairs the
 * new query with the previous tab's name, which the server refuses. A name the query does not
 * define is replaced by the query's own, when it has exactly one operation.
 */
function operationNameOf(params: Params): string | null | undefined {
  if (!params.operationName) return params.operationName;
  let names: (string | undefined)[];
  try {
    names = parse(params.query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
  } catch {
    return params.operationName; // the server says what is wrong with it
  }
  if (names.includes(params.operationName)) return params.operationName;
  return names.length === 1 ? (names[0] ?? null) : params.operationName;
}

/** POSTs JSON (the service's CSRF prevention accepts it) with the headers typed into the headers tab. */
async function fetcher(params: Params, opts?: { headers?: Record<string, unknown> }) {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [k, v] of Object.entries(opts?.headers ?? {})) if (typeof v === 'string') headers[k.toLowerCase()] = v;
  const res = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ ...params, operationName: operationNameOf(params) }) });
  const text = await res.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { errors: [{ message: `The server answered ${res.status} without a GraphQL response.` }] };
  }
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <path d="M8 8h8M8 12h8M8 16h5" />
    </svg>
  );
}

/** Opens an example in its tab, or in a new one when that tab was closed or edited. */
function ExamplesPanel() {
  const editor = useEditorContext({ nonNull: true });
  const open = (example: Example) => {
    const i = editor.tabs.findIndex((t) => t.query === example.query);
    if (i >= 0) {
      editor.changeTab(i);
      return;
    }
    editor.addTab();
    // The new tab's empty editors are set once React has rendered it.
    window.setTimeout(() => {
      editor.queryEditor?.setValue(example.query);
      editor.variableEditor?.setValue(example.variables ?? '');
    }, 0);
  };
  return (
    <div className="bfg-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>Questions the graph answers, from schema/examples/. Open one, then run it (Ctrl-Enter).</p>
      <ul>
        {examples.map((e) => (
          <li key={e.name}>
            <button type="button" data-example={e.name} onClick={() => open(e)}>
              <strong>{e.name}</strong>
              <span>{e.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <p>
        Also: <a href="/explore">the career-link explorer</a> · <a href="/">Apollo Sandbox</a> (needs internet)
      </p>
    </div>
  );
}

const EXAMPLES_PLUGIN: GraphiQLPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };

function App() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[EXAMPLES_PLUGIN]}
      defaultTabs={examples.map((e) => ({ query: e.query, variables: e.variables ?? undefined }))}
      defaultEditorToolsVisibility={false}
      shouldPersistHeaders={false}
      defaultTheme="light"
    >
      <GraphiQL.Logo>
        <a className="bfg-logo" href="/explore" title="Belgian Football Graph: the career-link explorer">
          Belgian Football Graph
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('graphiql')!).render(<App />);
