// Every resolver map, typed by graphql-codegen.
import type { Resolvers } from '../graphql/__generated__/resolvers-types';
import { Club } from './Club';
import { ClubLists, HeadCoachRecord, LeagueRecord, SharedPlayer, StatedRecordCheck, TenureLists } from './ClubLists';
import { factResolvers } from './Facts';
import { LocalizedNames, NationalTeam, Stadium } from './NationalTeam';
import { Fact, Node, Source, Sourced, Team } from './Node';
import { PartialDate } from './PartialDate';
import { Person } from './Person';
import { Query } from './Query';
import { Path, PathEnd, PathHop, pathQuery, Period, Teammate } from './Path';
import { DateScalar } from './scalars';
import { SearchEdge, searchQuery, SearchResult } from './Search';
import { CoachingTreeEntry, RoleHandover, StaffMember, TimelineEntry } from './Timeline';
import { auditQuery } from './Audit';
import { Mutation } from './Mutation';
import { Article, Citation, Dataset, Editor } from './Sources';
import {
  ClubImport,
  DatasetImport,
  Disagreement,
  importQuery,
  NationalTeamImport,
  PersonImport,
  SpellImport,
  TeamSeason,
  TeamSeasonMember,
  TournamentSquad,
  TransferImport,
} from './ImportExtensions';

export const resolvers: Resolvers = {
  Query: { ...Query, ...auditQuery, ...pathQuery, ...searchQuery, ...importQuery },
  Mutation,
  Node,
  Sourced,
  Fact,
  Source,
  Team,
  PartialDate,
  Person: { ...Person, ...PersonImport },
  Club: { ...Club, ...ClubImport, ...ClubLists },
  HeadCoachRecord,
  LeagueRecord,
  SharedPlayer,
  StatedRecordCheck,
  NationalTeam: { ...NationalTeam, ...NationalTeamImport },
  Stadium,
  LocalizedNames,
  Article,
  Dataset: { ...Dataset, ...DatasetImport },
  Editor,
  Citation,
  ...factResolvers,
  Transfer: { ...factResolvers.Transfer, ...TransferImport },
  Tenure: { ...factResolvers.Tenure, ...TenureLists },
  Spell: { ...factResolvers.Spell, ...SpellImport },
  Disagreement,
  TeamSeason,
  TeamSeasonMember,
  TournamentSquad,
  Date: DateScalar,
  Path,
  PathHop,
  Period,
  PathEnd,
  Teammate,
  SearchEdge,
  SearchResult,
  TimelineEntry,
  RoleHandover,
  CoachingTreeEntry,
  StaffMember,
};
