// The type a resolver file gives its map: the generated resolver type, with every field the
// default resolver cannot answer from the parent model made required (absent from the model, or
// of another type there). A schema field that needs code and has none fails `npm run typecheck`.
import type { Resolver, Resolvers, ResolversParentTypes } from '../graphql/__generated__/resolvers-types';

type Special = '__isTypeOf' | '__resolveType' | '__resolveReference';
type Awaited1<T> = T extends Promise<infer U> ? U : T;
type ResultOf<R> = R extends Resolver<infer T, never, never, never> ? Awaited1<T> : never;
type FieldsOf<R> = Exclude<keyof R, Special>;
/** Fields of `R` that the parent model `P` cannot answer by itself. */
type Unanswerable<R, P> = { [F in FieldsOf<R>]-?: F extends keyof P ? ([P[F]] extends [ResultOf<NonNullable<R[F]>>] ? never : F) : F }[FieldsOf<R>];

type ObjectTypes = Exclude<keyof Resolvers & keyof ResolversParentTypes, 'Node' | 'Sourced' | 'Fact' | 'Source' | 'Team' | 'PathEnd' | 'SearchResult' | 'Date'>;

/** The resolver map of an object type. */
export type ResolversOf<T extends ObjectTypes> = NonNullable<Resolvers[T]> & {
  [F in Unanswerable<NonNullable<Resolvers[T]>, ResolversParentTypes[T]>]-?: NonNullable<NonNullable<Resolvers[T]>[F]>;
};

/** The resolver map of an interface or a union: it must say which type each value is. */
export type TypeResolverOf<T extends 'Node' | 'Sourced' | 'Fact' | 'Source' | 'Team' | 'PathEnd' | 'SearchResult'> = NonNullable<Resolvers[T]> & {
  __resolveType: NonNullable<NonNullable<Resolvers[T]>['__resolveType']>;
};
