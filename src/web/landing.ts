// The page at `/`: Apollo's landing page (Sandbox outside production) under a bar that links to
// the pages this server serves itself. Sandbox loads from Apollo's CDN and needs internet; the bar
// says so and points to GraphiQL and the explorer, which work offline. The bar is added to Apollo's
// own HTML, so Sandbox keeps its page, its nonce-based policy and its behaviour online.
import type { ApolloServerPlugin } from '@apollo/server';

export interface LandingLinks {
  /** Apollo Sandbox is embedded (it needs internet). */
  sandbox: boolean;
  /** GraphiQL is served at /graphiql. */
  graphiql: boolean;
}

const BAR_HEIGHT = '2.5rem';

function bar(nonce: string, links: LandingLinks): string {
  const items = [
    links.graphiql ? '<a href="/graphiql">GraphiQL</a> <span>(offline IDE, with examples)</span>' : '',
    '<a href="/explore">Career-link explorer</a> <span>(for journalists)</span>',
  ].filter(Boolean);
  const note = links.sandbox ? 'Apollo Sandbox below loads from Apollo’s servers and needs internet.' : '';
  return `
<style nonce="${nonce}">
  #bfg-bar { position: fixed; top: 0; left: 0; right: 0; height: ${BAR_HEIGHT}; box-sizing: border-box; z-index: 10;
    display: flex; align-items: center; gap: 0.9rem; padding: 0 1rem; overflow: hidden; white-space: nowrap;
    font: 14px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #0b2545; color: #fff; }
  #bfg-bar a { color: #fff; font-weight: 600; }
  #bfg-bar span { color: #c9d6e3; font-size: 13px; }
  #bfg-bar .bfg-name { font-weight: 700; font-size: 14px; color: #fff; }
  /* On a narrow window the note gives way first, and says so with an ellipsis. */
  #bfg-bar .bfg-note { overflow: hidden; text-overflow: ellipsis; min-width: 0; }
  body #embeddableSandbox, body #embeddableExplorer { top: ${BAR_HEIGHT}; height: calc(100vh - ${BAR_HEIGHT}); }
  body .fallback { margin-top: ${BAR_HEIGHT}; }
</style>
<nav id="bfg-bar" aria-label="Pages of this server">
  <span class="bfg-name">Belgian Football Graph</span>
  ${items.join('\n  ')}
  ${note ? `<span class="bfg-note">${note}</span>` : ''}
</nav>`;
}

/** Apollo's page with the bar after `<body>`; the bar's style uses the page's own nonce. */
export function addLinks(html: string, links: LandingLinks): string {
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(html)?.[1];
  const at = html.indexOf('<body>');
  // Apollo's markup is checked by a test; a future change that drops either leaves the page as Apollo made it.
  if (!nonce || at < 0) return html;
  let out = html.slice(0, at + '<body>'.length) + bar(nonce, links) + html.slice(at + '<body>'.length);
  if (links.graphiql) {
    out = out.replace(
      /(<p>Apollo (?:Sandbox|Explorer) cannot be loaded; it appears that you might be offline\.<\/p>)/,
      '$1\n  <p>Without internet, use <a href="/graphiql">GraphiQL</a> (served by this server, with the example operations) or the <a href="/explore">career-link explorer</a>.</p>',
    );
  }
  return out;
}

/** Wraps an Apollo landing-page plugin so that its page carries the bar. */
export function withLinks(plugin: ApolloServerPlugin, links: LandingLinks): ApolloServerPlugin {
  return {
    ...plugin,
    async serverWillStart(service) {
      const listener = await plugin.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const render = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const html = page.html;
          return { html: typeof html === 'string' ? addLinks(html, links) : async () => addLinks(await html(), links) };
        },
      };
    },
  };
}
