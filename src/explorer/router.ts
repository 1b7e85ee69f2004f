// Serves the career-link explorer (`/explore`): one HTML page and its client bundle, built in
// memory with esbuild the first time a router is made, so `npm start` needs no build step. The
// page talks only to the public GraphQL endpoint; its Content-Security-Policy forbids every
// other origin, so the browser itself refuses any request that would leave the server.
import crypto from 'node:crypto';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';

const CLIENT_DIR = path.join(__dirname, 'client');
const ENTRY = path.join(CLIENT_DIR, 'main.tsx');

/** Cytoscape injects this one rule into <head>; the policy allows exactly it by hash. */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';

export interface ExplorerOptions {
  /** Path of the GraphQL endpoint the page posts to (default `/`). */
  graphqlPath?: string;
}

interface Asset {
  type: string;
  body: Buffer;
  /** Compressed on first request: start-up only pays for esbuild. */
  gzip?: Buffer;
}

export interface ExplorerBundle {
  /** Assets by file name (content-hashed, so they can be cached for good). */
  assets: Map<string, Asset>;
  script: string;
  stylesheet: string;
  /** esbuild's build time. */
  ms: number;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

let building: Promise<ExplorerBundle> | undefined;

/** Bundles the client once per process (a server made again in the same process reuses it). */
export function buildExplorerBundle(): Promise<ExplorerBundle> {
  building ??= bundle().catch((err: unknown) => {
    building = undefined;
    throw err;
  });
  return building;
}

async function bundle(): Promise<ExplorerBundle> {
  const started = Date.now();
  // Loaded lazily: only a process that serves the page pays for esbuild.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    // Code splitting keeps the graph library out of the first load: the connection view
    // imports it when it draws.
    splitting: true,
    format: 'esm',
    outdir: path.join(CLIENT_DIR, 'out'),
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    write: false,
    minify: true,
    sourcemap: 'linked',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    tsconfig: path.join(CLIENT_DIR, 'tsconfig.json'),
    legalComments: 'linked',
    logLevel: 'silent',
    metafile: true,
  });
  const assets = new Map<string, Asset>();
  let script = '';
  let stylesheet = '';
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    const ext = path.extname(name);
    const body = Buffer.from(file.contents);
    assets.set(name, { type: TYPES[ext] ?? 'application/octet-stream', body });
    if (name.startsWith('main-') && ext === '.js') script = name;
    if (name.startsWith('main-') && ext === '.css') stylesheet = name;
  }
  if (!script || !stylesheet) throw new Error('explorer bundle: esbuild produced no main script or stylesheet');
  return { assets, script, stylesheet, ms: Date.now() - started };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function page(base: string, graphqlPath: string, b: ExplorerBundle): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Career-link explorer · Belgian Football Graph</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeAttr(`${base}/assets/${b.stylesheet}`)}">
<script type="module" src="${escapeAttr(`${base}/assets/${b.script}`)}"></script>
</head>
<body data-graphql="${escapeAttr(graphqlPath)}">
<a class="skip-link" href="#main">Skip to content</a>
<div id="app"><noscript>The explorer needs JavaScript. The GraphQL API it uses answers at <code>${escapeAttr(graphqlPath)}</code>.</noscript></div>
</body>
</html>
`;
}

function securityHeaders(res: express.Response): void {
  const styleHash = crypto.createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64');
  res.setHeader(
    'content-security-policy',
    [
      "default-src 'none'",
      "script-src 'self'",
      `style-src 'self' 'sha256-${styleHash}'`,
      "img-src 'self' data:",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  );
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

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

  router.get('/assets/:name', (req, res) => {
    const asset = b.assets.get(req.params.name);
    if (!asset) {
      res.status(404).type('text').send('Not found');
      return;
    }
    securityHeaders(res);
    res.setHeader('content-type', asset.type);
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.setHeader('vary', 'accept-encoding');
    if (req.acceptsEncodings('gzip') === 'gzip') {
      asset.gzip ??= zlib.gzipSync(asset.body, { level: 9 });
      res.setHeader('content-encoding', 'gzip');
      res.send(asset.gzip);
    } else res.send(asset.body);
  });

  // Anything else under the mount path is a mistyped address, not a GraphQL request.
  router.use((_req, res) => {
    res.status(404).type('text').send('Not found');
  });
  return router;
}
