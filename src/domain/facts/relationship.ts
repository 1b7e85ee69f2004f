// A relationship between people: mentorship, contact, worked-with, family, marriage.
import { z } from 'zod';
import type { RelationType } from '../__generated__/schema-types';
import { capital } from '../wording';
import { defineFactKind, enumOf } from './define';

const ids = z.union([z.string(), z.array(z.string())]);

export const relationship = defineFactKind({
  ...{ kind: 'relation', typename: 'Relationship', enumValue: 'RELATIONSHIP', timelineKind: 'RELATIONSHIP' },
  types: enumOf<RelationType>()(['MENTORSHIP', 'CONTACT', 'WORKED_WITH', 'FAMILY', 'MARRIAGE']),
  // MENTORSHIP: mentor, mentee; CONTACT / WORKED_WITH: parties; FAMILY: relative, person (+ kinship);
  // MARRIAGE: spouses.
  refs: z.object({
    mentor: z.string().optional(),
    mentee: z.string().optional(),
    parties: ids.optional(),
    relative: z.string().optional(),
    person: z.string().optional(),
    spouses: ids.optional(),
    team: z.string().optional(),
  }),
  details: z.object({
    kinship: z.string().optional(),
    topic: z.string().optional(),
    medium: z.string().optional(),
    note: z.string().optional(),
  }),
  summary: (f, v) => {
    const others = Object.entries(f.refs)
      .filter(([role]) => role !== 'team')
      .flatMap(([, list]) => list)
      .filter((id) => id !== v.personId)
      .map((id) => v.nameOf(id) ?? id)
      .join(', ');
    const team = v.name('team');
    const at = team ? ` at ${team}` : '';
    switch (f.type) {
      case 'MENTORSHIP':
        return (f.refs.mentee ?? []).includes(v.personId) ? `Mentored by ${others}${at}` : `Mentor of ${others}${at}`;
      case 'CONTACT':
        return `In contact with ${others}${f.details.topic ? ` about ${f.details.topic}` : ''}`;
      case 'WORKED_WITH':
        return `Worked with ${others}${at}`;
      case 'FAMILY': {
        const kinship = f.details.kinship;
        return f.refs.relative?.[0] === v.personId ? `${capital(kinship ?? 'relative')} of ${others}` : `Family: ${others}${kinship ? ` (${kinship})` : ''}`;
      }
      case 'MARRIAGE':
        return `Married to ${others}`;
      default:
        return `Relationship with ${others}`;
    }
  },
  derived: 'connector',
  relation: (type, from, to) => {
    switch (type) {
      case 'MENTORSHIP':
        return from === 'mentor' && to === 'mentee' ? 'MENTORED' : from === 'mentee' && to === 'mentor' ? 'MENTORED_BY' : null;
      case 'CONTACT':
        return 'IN_CONTACT';
      case 'WORKED_WITH':
        return 'WORKED_WITH';
      case 'FAMILY':
        return 'FAMILY';
      case 'MARRIAGE':
        return 'MARRIED';
      default:
        return null;
    }
  },
});
