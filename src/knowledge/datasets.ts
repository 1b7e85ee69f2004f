// The four open datasets as sources, with the attribution their licences ask for. Every fact
// and entity an importer writes cites one of these, with the file and row in the citation.
import type { SourceSeed } from '../domain/types';

export const DATASET = {
  transfers: 'dataset:transfermarkt-transfers',
  clubs: 'dataset:openfootball-clubs',
  worldcup: 'dataset:fjelstul-worldcup',
  results: 'dataset:belgian-league-results',
} as const;

export type DatasetKey = keyof typeof DATASET;

export const DATASET_SOURCES: Record<DatasetKey, SourceSeed> = {
  transfers: {
    id: DATASET.transfers,
    kind: 'DATASET',
    name: 'Transfermarkt transfers 1992/93–2021/22 (ten European top flights)',
    licence: 'MIT',
    author: 'Eric M. Ordonez (© 2021), data scraped from Transfermarkt',
    url: 'https://github.com/emordonez/transfermarkt-transfers',
    details: { files: 'data/<season>/<league>.csv', note: 'every transfer between two covered clubs appears twice (in and out); people have no ids' },
  },
  clubs: {
    id: DATASET.clubs,
    kind: 'DATASET',
    name: 'openfootball clubs: Belgium',
    licence: 'CC0-1.0 (public domain)',
    author: 'openfootball contributors',
    url: 'https://github.com/openfootball/clubs',
    details: { files: 'europe/belgium/be.clubs.txt' },
  },
  worldcup: {
    id: DATASET.worldcup,
    kind: 'DATASET',
    name: 'The Fjelstul World Cup Database',
    licence: 'CC-BY-SA-4.0',
    author: 'Joshua C. Fjelstul, Ph.D. (© 2023)',
    url: 'https://github.com/jfjelstul/worldcup',
    details: { files: 'data-csv/{players,squads,managers,manager_appointments,teams,tournaments}.csv' },
  },
  results: {
    id: DATASET.results,
    kind: 'DATASET',
    name: 'Belgian top-flight results 1995/96–2023/24',
    licence: 'CC0-1.0 (public domain)',
    author: 'Football-Data (football-data.co.uk) via footballcsv',
    url: 'https://github.com/footballcsv/cache.footballdata',
    details: { files: '<season>/be.1.csv', credit: 'Football-Data (football-data.co.uk) via footballcsv', note: 'date, home side, full- and half-time score, away side; play-offs unmarked' },
  },
};

/** One line to credit a dataset where its data is shown. */
export function attribution(s: { name: string; author?: string | null; licence?: string | null; url?: string | null }): string {
  return [s.name, s.author ? `by ${s.author}` : null, s.licence ? `licence ${s.licence}` : null, s.url].filter(Boolean).join(' — ');
}
