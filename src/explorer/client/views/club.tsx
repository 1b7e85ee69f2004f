// The club view: who the club is, then its sections (views/club/): head coaches in order with
// their records, the staff on a chosen date, the squad by season, and that season's moves and results.
import { ExplorerClubDocument } from '../__generated__/operations';
import { request } from '../api';
import { h, replace } from '../dom';
import { showNotFound, Status, ViewHeader } from '../parts';
import type { Route } from '../route';
import { coachesSection } from './club/coaches';
import { seasonSection } from './club/season';
import { squadSection } from './club/squad';
import { staffSection } from './club/staff';
import type { ViewContext } from './view';

type ClubRoute = Extract<Route, { view: 'club' }>;

export async function renderClub(ctx: ViewContext, route: ClubRoute): Promise<void> {
  const { main, signal } = ctx;
  replace(main, <Status text="Loading club…" />);
  const data = await request(ExplorerClubDocument, { id: route.id }, signal);
  const club = data.club;
  if (!club) return showNotFound(ctx, 'club', route.id);
  ctx.setTitle(club.name);
  // The staff period and the season share one URL; each section updates its part.
  const state: ClubRoute = { ...route };
  const names = [club.names.nl && `${club.names.nl} (nl)`, club.names.fr && `${club.names.fr} (fr)`, club.names.en && `${club.names.en} (en)`].filter(Boolean).join(' · ');
  const identity: [string, string | null][] = [
    ['Official names', names || null],
    ['Nicknames', club.nicknames.length ? club.nicknames.join(', ') : null],
    ['Also written', club.aliases.length ? club.aliases.join(', ') : null],
    ['City', club.city],
    ['Stadium', club.stadium?.name ?? null],
  ];
  const seasonal = seasonSection(ctx, club);
  replace(
    main,
    <article class="club" data-id={club.id}>
      <ViewHeader kind="Club" of={club} identity={identity} />
      {coachesSection(ctx, club)}
      {staffSection(ctx, club, state)}
      {squadSection(ctx, club, state, seasonal.show)}
      {seasonal.element}
    </article>,
  );
}
