// Serves GraphiQL (`/graphiql`), the GraphQL IDE that works offline: React, GraphiQL and its
// stylesheet (fonts inlined) are bundled in memory by esbuild on the first request, and the page
// opens with the example operations of schema/examples/. Its policy (src/web/page.ts) allows no
// other origin.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Logger } from 'pino';
import { escapeAttr, once, sendAsset, type PageBundle } from '../web/bundle';
import { notFound, pageHtml, setPageHeaders } from '../web/page';

const CLIENT_DIR = path.join(__dirname, 'client');

/** The example operations the IDE opens with (the same ones Sandbox starts from). */
export const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', 'schema', 'examples');

/** Built on first use: the IDE is about 2 MB of script that most processes never serve. */
export const buildGraphiqlBundle = once({ entry: path.join(CLIENT_DIR, 'main.tsx'), tsconfig: path.join(CLIENT_DIR, 'tsconfig.json') });

export interface GraphiqlOptions {
  /** Path of the GraphQL endpoint the page posts to (default `/`). */
  graphqlPath?: string;
  /** Directory of the example operations (`*.graphql`, variables optionally in `<name>.json`); default schema/examples. */
  examplesDir?: string;
  log?: Logger;
}

export interface ExampleOperation {
  name: string;
  title: string;
  query: string;
  variables: string | null;
}

/** The example operations in file-name order; the title is the file's first comment line. */
export function readExamples(dir: string): ExampleOperation[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.graphql'.length);
      const query = fs.readFileSync(path.join(dir, file), 'utf8');
      const title = /^#\s*(.+)$/m.exec(query)?.[1]?.trim() ?? name;
      const varsFile = path.join(dir, `${name}.json`);
      return { name, title, query, variables: fs.existsSync(varsFile) ? fs.readFileSync(varsFile, 'utf8') : null };
    });
}

/** JSON inside a `<script type="application/json">`: nothing in it can close the element. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

function page(base: string, graphqlPath: string, b: PageBundle, examples: ExampleOperation[], nonce: string): string {
  return pageHtml({
    title: 'GraphiQL · Belgian Football Graph',
    base,
    bundle: b,
    bodyAttributes: { 'data-graphql': graphqlPath, 'data-style-nonce': nonce },
    body: `<script type="application/json" id="examples">${inlineJson(examples)}</script>
<div id="graphiql"><noscript>GraphiQL needs JavaScript. The GraphQL API answers POST requests at <code>${escapeAttr(graphqlPath)}</code>.</noscript></div>`,
  });
}

/** `styleNonce`: the page's, for the one <style> element GraphiQL's dialogs add. */
export function securityHeaders(res: express.Response, styleNonce?: string): void {
  // GraphiQL's stylesheet carries its fonts as data: URLs.
  setPageHeaders(res, { style: styleNonce ? `'nonce-${styleNonce}'` : undefined, font: 'data:' });
}

/**
 * GraphiQL's routes, to mount before the GraphQL middleware: `app.use('/graphiql', createGraphiqlRouter(…))`.
 * GET on the mount path serves the page, `assets/` the bundle.
 */
export function createGraphiqlRouter(options: GraphiqlOptions): express.Router {
  const graphqlPath = options.graphqlPath ?? '/';
  const router = express.Router({ strict: false });
  const bundle = async () => {
    const b = await buildGraphiqlBundle();
    options.log?.debug({ ms: b.ms }, 'GraphiQL bundle built');
    return b;
  };
  const failed = (res: express.Response, err: unknown) => {
    options.log?.error({ err }, 'GraphiQL bundle failed to build');
    res.status(500).type('text').send('GraphiQL could not be built; the server log says why.');
  };

  router.get('/', async (req, res) => {
    let b: PageBundle;
    try {
      b = await bundle();
    } catch (err) {
      failed(res, err);
      return;
    }
    const nonce = crypto.randomBytes(16).toString('base64url');
    securityHeaders(res, nonce);
    res.setHeader('cache-control', 'no-cache');
    // Read per request: an example edited while the service runs shows on the next load.
    res.type('html').send(page(req.baseUrl, graphqlPath, b, readExamples(options.examplesDir ?? EXAMPLES_DIR), nonce));
  });

  router.get('/assets/:name', async (req, res) => {
    try {
      sendAsset(await bundle(), req.params.name, req, res, (r) => securityHeaders(r));
    } catch (err) {
      failed(res, err);
    }
  });

  notFound(router);
  return router;
}

/** What `/graphiql` answers when GRAPHIQL is off: a plain 404 that says how to turn it on. */
export function graphiqlOff(): express.RequestHandler {
  return (_req, res) => {
    res.status(404).type('text').send('GraphiQL is turned off on this server (GRAPHIQL=false, or NODE_ENV=production without GRAPHIQL=true).');
  };
}
