// What a view gets from the shell: where to draw, when to stop, and how to name itself and
// change the address without being drawn again.
import type { Route } from '../route';

export interface ViewContext {
  main: HTMLElement;
  /** Aborted when the reader navigates to another view. */
  signal: AbortSignal;
  setTitle(title: string): void;
  /** Records the view's new state in the URL (shareable) without drawing the view again. */
  updateUrl(route: Route, push: boolean): void;
}
