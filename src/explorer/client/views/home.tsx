// The landing view: what the explorer answers, and a few questions to start from.
import { h, replace } from '../dom';
import { formatRoute } from '../route';
import type { ViewContext } from './view';

export function renderHome(ctx: ViewContext): void {
  ctx.setTitle('Career-link explorer');
  const examples: [string, string][] = [
    ['Steven Defour: everything in date order', formatRoute({ view: 'person', id: 'person:steven-defour', kinds: [] })],
    ['How is Steven Defour connected to Vincent Kompany?', formatRoute({ view: 'connect', from: 'person:steven-defour', to: 'person:vincent-kompany', maxHops: 4, types: [] })],
    ['How is Steven Defour connected to Wouter Vrancken?', formatRoute({ view: 'connect', from: 'person:steven-defour', to: 'person:wouter-vrancken', maxHops: 4, types: [] })],
    ['KV Mechelen: head coaches, and the staff in May 2021', formatRoute({ view: 'club', id: 'club:kv-mechelen', from: '2021-05-01', to: '2021-05-31' })],
  ];
  replace(
    ctx.main,
    <article class="home">
      <h1 tabindex="-1">Career-link explorer</h1>
      <p class="lead">
        Who played with, coached, succeeded or mentored whom in Belgian football — every link dated and traced to the article or dataset that states it.
        Search a person or club above, or start from one of these:
      </p>
      <ul class="examples">
        {examples.map(([label, href]) => (
          <li>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
      <p class="hint">
        Every view has its own address: copy it from the address bar to share exactly what you see. Search understands nicknames and other languages’ names
        (Malinwa, Standard Luik, Rode Duivels), accents or none (Liège, Liege), and a typo.
      </p>
    </article>,
  );
}
