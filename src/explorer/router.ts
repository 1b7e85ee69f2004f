// Serves the career-link explorer (`/explore`): one HTML page and its client bundle, built in
// memory with esbuild the first time a router is made, so `npm start` needs no build step. The
// page talks only to the public GraphQL endpoint; its policy (src/web/page.ts) forbids the rest.
import crypto from 'node:crypto';
import path from 'node:path';
import express from 'express';
import { escapeAttr, once, sendAsset, type PageBundle } from '../web/bundle';
import { notFound, pageHtml, setPageHeaders } from '../web/page';

const CLIENT_DIR = path.join(__dirname, 'client');
const ENTRY = path.join(CLIENT_DIR, 'main.tsx');

/** Cytoscape injects this one rule into <head>; the policy allows exactly it by hash. */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';

export interface ExplorerOptions {
  /** Path of the GraphQL endpoint the page posts to (default `/`). */
  graphqlPath?: string;
}

/** Bundles the client once per process (a server made again in the same process reuses it). */
export const buildExplorerBundle = once({ entry: ENTRY, tsconfig: path.join(CLIENT_DIR, 'tsconfig.json'), splitting: true });

function page(base: string, graphqlPath: string, b: PageBundle): string {
  return pageHtml({
    title: 'Career-link explorer · Belgian Football Graph',
    base,
    bundle: b,
    head: '<meta name="color-scheme" content="light">\n',
    bodyAttributes: { 'data-graphql': graphqlPath },
    body: `<a class="skip-link" href="#main">Skip to content</a>
<div id="app"><noscript>The explorer needs JavaScript. The GraphQL API it uses answers at <code>${escapeAttr(graphqlPath)}</code>.</noscript></div>`,
  });
}

const STYLE_HASH = crypto.createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64');
const securityHeaders = (res: express.Response) => setPageHeaders(res, { style: `'sha256-${STYLE_HASH}'` });

/**
 * The explorer's routes, to mount before the GraphQL middleware:
 * `app.use('/explore', await createExplorerRouter())`. GET on the mount path serves the page
 * (views live in the URL fragment: `/explore#/person/person:steven-defour`); `assets/` serves
 * the bundle.
 */
export async function createExplorerRouter(options: ExplorerOptions = {}): Promise<express.Router> {
  const graphqlPath = options.graphqlPath ?? '/';
  const b = await buildExplorerBundle();
  const router = express.Router({ strict: false });

  router.get('/', (req, res) => {
    securityHeaders(res);
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(page(req.baseUrl, graphqlPath, b));
  });

  router.get('/assets/:name', (req, res) => sendAsset(b, req.params.name, req, res, securityHeaders));

  notFound(router);
  return router;
}
