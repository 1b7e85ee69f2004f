// Every resolver map, typed by graphql-codegen.
import type { Resolvers } from '../graphql/__generated__/resolvers-types';
import { Club } from './Club';
import { factResolvers } from './Facts';
import { LocalizedNames, NationalTeam, Stadium } from './NationalTeam';
import { Fact, Node, Source, Sourced, Team } from './Node';
import { PartialDate } from './PartialDate';
import { Person } from './Person';
import { Query } from './Query';
import { Article, Citation, Dataset, Editor } from './Sources';

export const resolvers: Resolvers = {
  Query,
  Node,
  Sourced,
  Fact,
  Source,
  Team,
  PartialDate,
  Person,
  Club,
  NationalTeam,
  Stadium,
  LocalizedNames,
  Article,
  Dataset,
  Editor,
  Citation,
  ...factResolvers,
};
