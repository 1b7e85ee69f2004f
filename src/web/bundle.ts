// In-memory browser bundles for the pages the service serves itself (the explorer, GraphiQL):
// esbuild builds an entry once per process, nothing is written to disk, and the assets are served
// content-hashed (cached for good) with gzip on demand.
import path from 'node:path';
import zlib from 'node:zlib';
import type express from 'express';

export interface Asset {
  type: string;
  body: Buffer;
  /** Compressed on first request: start-up only pays for esbuild. */
  gzip?: Buffer;
}

export interface PageBundle {
  /** Assets by file name (content-hashed, so they can be cached for good). */
  assets: Map<string, Asset>;
  script: string;
  stylesheet: string;
  /** esbuild's build time. */
  ms: number;
}

export interface BundleSpec {
  /** The entry module (`main.tsx`); its output names start with its base name. */
  entry: string;
  tsconfig: string;
  /** Split dynamic imports into chunks loaded on demand. */
  splitting?: boolean;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export async function buildBundle(spec: BundleSpec): Promise<PageBundle> {
  const started = Date.now();
  // Loaded lazily: only a process that serves a page pays for esbuild.
  const esbuild = await import('esbuild');
  const base = path.basename(spec.entry, path.extname(spec.entry));
  const result = await esbuild.build({
    entryPoints: [spec.entry],
    bundle: true,
    splitting: spec.splitting ?? false,
    format: 'esm',
    outdir: path.join(path.dirname(spec.entry), 'out'),
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    write: false,
    minify: true,
    sourcemap: 'linked',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    tsconfig: spec.tsconfig,
    // React picks its production build from this; nothing else in the bundles reads it.
    define: { 'process.env.NODE_ENV': '"production"' },
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
    assets.set(name, { type: TYPES[ext] ?? 'application/octet-stream', body: Buffer.from(file.contents) });
    if (name.startsWith(`${base}-`) && ext === '.js') script = name;
    if (name.startsWith(`${base}-`) && ext === '.css') stylesheet = name;
  }
  if (!script || !stylesheet) throw new Error(`bundle of ${spec.entry}: esbuild produced no main script or stylesheet`);
  return { assets, script, stylesheet, ms: Date.now() - started };
}

/** Builds once per process (a server made again in the same process reuses it); a failure is retried next time. */
export function once(spec: BundleSpec): () => Promise<PageBundle> {
  let building: Promise<PageBundle> | undefined;
  return () =>
    (building ??= buildBundle(spec).catch((err: unknown) => {
      building = undefined;
      throw err;
    }));
}

/** Answers `GET …/assets/:name` from a bundle, with the page's security headers. */
export function sendAsset(b: PageBundle, name: string, req: express.Request, res: express.Response, headers: (res: express.Response) => void): void {
  const asset = b.assets.get(name);
  if (!asset) {
    res.status(404).type('text').send('Not found');
    return;
  }
  headers(res);
  res.setHeader('content-type', asset.type);
  res.setHeader('cache-control', 'public, max-age=31536000, immutable');
  res.setHeader('vary', 'accept-encoding');
  if (req.acceptsEncodings('gzip') === 'gzip') {
    asset.gzip ??= zlib.gzipSync(asset.body, { level: 9 });
    res.setHeader('content-encoding', 'gzip');
    res.send(asset.gzip);
  } else res.send(asset.body);
}

export const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
