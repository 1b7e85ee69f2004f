// A search box with suggestions as you type, following the WAI-ARIA combobox pattern: the
// input keeps focus, ArrowDown/ArrowUp move the active suggestion (aria-activedescendant),
// Enter picks it, Escape closes the list. Suggestions come from the API's `search`, so they
// find names, aliases, nicknames and other languages' names, with or without accents.
import { bornWords } from '../../domain/wording';
import { ExplorerSearchDocument, type ExplorerSearchQuery, type SearchType } from './__generated__/operations';
import { isAbort, request } from './api';
import { h, uid } from './dom';
import { SEARCH_FIELDS } from './words';

type Edge = ExplorerSearchQuery['search']['edges'][number];

/** What a suggestion stands for. */
export interface Pick {
  id: string;
  name: string;
  kind: 'Person' | 'Club' | 'NationalTeam';
}

export interface ComboboxOptions {
  label: string;
  /** Shown under the label when the label alone is not enough. */
  placeholder?: string;
  types: SearchType[];
  /** The current choice (a connection end read from the URL). */
  initial?: Pick;
  onPick(pick: Pick): void;
  /** Keep the label for screen readers only. */
  hiddenLabel?: boolean;
  name?: string;
}

const KIND_NAMES: Record<Pick['kind'], string> = { Person: 'Person', Club: 'Club', NationalTeam: 'National team' };

function pickOf(edge: Edge): Pick | null {
  const n = edge.node;
  if (n.__typename === 'Person' || n.__typename === 'Club' || n.__typename === 'NationalTeam') return { id: n.id, name: n.name, kind: n.__typename };
  return null;
}

function detailOf(edge: Edge): string {
  const n = edge.node;
  const parts: string[] = [];
  if (n.__typename === 'Person' || n.__typename === 'Club' || n.__typename === 'NationalTeam') parts.push(KIND_NAMES[n.__typename]);
  if (n.__typename === 'Person' && n.birthDate) parts.push(`born ${bornWords(n.birthDate.text)}`);
  if (n.__typename === 'Club' && n.city) parts.push(n.city);
  if ('name' in n && edge.matched !== n.name) parts.push(`${SEARCH_FIELDS[edge.field]} “${edge.matched}”`);
  else if (edge.match === 'FUZZY') parts.push('close spelling');
  return parts.join(' · ');
}

export interface Combobox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The picked value, if the box still shows it. */
  value(): Pick | undefined;
}

export function createCombobox(options: ComboboxOptions): Combobox {
  const inputId = uid('search');
  const listId = uid('suggestions');
  const hintId = uid('hint');
  let picked: Pick | undefined = options.initial;
  let edges: Pick[] = [];
  let active = -1;
  let controller: AbortController | undefined;
  let timer: number | undefined;
  let lastQuery = '';

  const input = (
    <input
      id={inputId}
      name={options.name}
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-expanded="false"
      aria-controls={listId}
      aria-describedby={hintId}
      placeholder={options.placeholder}
      value={options.initial?.name ?? ''}
    />
  ) as HTMLInputElement;
  const list = <ul id={listId} role="listbox" class="suggestions" aria-label={`${options.label}: suggestions`} hidden />;
  const live = <div class="visually-hidden" role="status" aria-live="polite" />;
  const element = (
    <div class="combobox">
      <label for={inputId} class={options.hiddenLabel ? 'visually-hidden' : undefined}>
        {options.label}
      </label>
      <div class="combobox-field">
        {input}
        {list}
      </div>
      <span id={hintId} class="visually-hidden">
        Type a name, nickname or alias; use the arrow keys to choose a suggestion and Enter to open it.
      </span>
      {live}
    </div>
  );

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number) => {
    const options = Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'));
    if (options.length === 0) return;
    active = (index + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', i === active ? 'true' : 'false'));
    const current = options[active]!;
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  };

  const choose = (index: number) => {
    const p = edges[index];
    if (!p) return;
    picked = p;
    input.value = p.name;
    lastQuery = p.name;
    close();
    options.onPick(p);
  };

  const show = (query: string, result: ExplorerSearchQuery) => {
    const usable = result.search.edges.map((e) => ({ edge: e, pick: pickOf(e) })).filter((x): x is { edge: Edge; pick: Pick } => x.pick !== null);
    edges = usable.map((x) => x.pick);
    list.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (usable.length === 0) {
      list.append(<li class="suggestion-empty">{`No person or club matches “${query}”`}</li>);
      live.textContent = 'No suggestions';
    } else {
      usable.forEach(({ edge, pick }, i) => {
        const option = (
          <li id={`${listId}-${i}`} role="option" aria-selected="false" class="suggestion" data-id={pick.id}>
            <span class="suggestion-name">{pick.name}</span>
            <span class="suggestion-detail">{detailOf(edge)}</span>
          </li>
        );
        // mousedown, not click: the input must not lose focus (and close the list) first.
        option.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          choose(i);
        });
        list.append(option);
      });
      live.textContent = `${usable.length} suggestion${usable.length === 1 ? '' : 's'}`;
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const search = async (query: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const result = await request(ExplorerSearchDocument, { query, types: options.types, first: 8 }, controller.signal);
      if (input.value.trim() === query) show(query, result);
    } catch (err) {
      if (isAbort(err)) return;
      list.replaceChildren(<li class="suggestion-empty">{`Search failed: ${(err as Error).message}`}</li>);
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  };

  input.addEventListener('input', () => {
    const query = input.value.trim();
    if (picked && input.value !== picked.name) picked = undefined;
    window.clearTimeout(timer);
    if (query.length < 2) {
      controller?.abort();
      close();
      return;
    }
    if (query === lastQuery && !list.hidden) return;
    lastQuery = query;
    // A short pause between keystrokes: one request per word typed, not per letter.
    timer = window.setTimeout(() => void search(query), 120);
  });

  input.addEventListener('keydown', (ev) => {
    const open = !list.hidden && edges.length > 0;
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      if (!open && input.value.trim().length >= 2) void search(input.value.trim());
      else highlight(active + 1);
    } else if (ev.key === 'ArrowUp') {
      if (!open) return;
      ev.preventDefault();
      highlight(active - 1);
    } else if (ev.key === 'Enter') {
      if (open) {
        ev.preventDefault();
        choose(active >= 0 ? active : 0);
      }
    } else if (ev.key === 'Escape') {
      if (!list.hidden) {
        ev.preventDefault();
        close();
      } else {
        input.value = '';
        picked = undefined;
      }
    }
  });

  input.addEventListener('blur', () => close());

  return { element, input, value: () => picked };
}
