// The HTML shell and headers of a page the service serves itself from an in-memory bundle (the
// explorer, GraphiQL): its Content-Security-Policy allows no other origin, so the browser itself
// refuses any request that would leave the server.
import type express from 'express';
import { escapeAttr, type PageBundle } from './bundle';

export interface PageShell {
  title: string;
  /** The router's mount path (`req.baseUrl`): the bundle's assets are under `<base>/assets/`. */
  base: string;
  bundle: PageBundle;
  /** Further `<head>` markup (already escaped). */
  head?: string;
  /** Attributes of `<body>` (escaped here). */
  bodyAttributes: Record<string, string>;
  /** The body's markup (already escaped). */
  body: string;
}

export function pageHtml(p: PageShell): string {
  const attributes = Object.entries(p.bodyAttributes)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${p.head ?? ''}<title>${p.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeAttr(`${p.base}/assets/${p.bundle.stylesheet}`)}">
<script type="module" src="${escapeAttr(`${p.base}/assets/${p.bundle.script}`)}"></script>
</head>
<body${attributes}>
${p.body}
</body>
</html>
`;
}

/**
 * The page's policy: scripts, styles, images and requests from this origin only, plus `style`
 * (e.g. a hash or nonce for one inline style) and `font` sources where the page needs them.
 */
export function setPageHeaders(res: express.Response, extra: { style?: string; font?: string } = {}): void {
  res.setHeader(
    'content-security-policy',
    [
      "default-src 'none'",
      "script-src 'self'",
      extra.style ? `style-src 'self' ${extra.style}` : "style-src 'self'",
      ...(extra.font ? [`font-src ${extra.font}`] : []),
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

/** Anything else under a page's mount path is a mistyped address, not a GraphQL request. */
export function notFound(router: express.Router): void {
  router.use((_req, res) => {
    res.status(404).type('text').send('Not found');
  });
}
