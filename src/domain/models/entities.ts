// Plain models the repositories return; GraphQL codegen mappers point here.
import type { PartialDate } from '../partial-date';

export type EntityType = 'PERSON' | 'CLUB' | 'NATIONAL_TEAM' | 'STADIUM';

export interface EntityModel {
  id: string;
  type: EntityType;
  name: string;
  fullName: string | null;
  shortName: string | null;
  nameNl: string | null;
  nameFr: string | null;
  nameEn: string | null;
  nicknames: string[];
  aliases: string[];
  city: string | null;
  country: string | null;
  birth: PartialDate | null;
  nationalities: string[];
  positions: string[];
  details: Record<string, unknown>;
}

export type PersonModel = EntityModel & { type: 'PERSON' };
export type ClubModel = EntityModel & { type: 'CLUB' };
export type NationalTeamModel = EntityModel & { type: 'NATIONAL_TEAM' };
export type StadiumModel = EntityModel & { type: 'STADIUM' };
export type TeamModel = ClubModel | NationalTeamModel;
