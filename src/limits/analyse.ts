// Static analysis of one operation against the query limits: depth, aliases, estimated cost,
// page sizes (`first`) and path lengths (`maxHops`). Runs after parsing and validation and
// before execution, with the request's variables, so nothing here touches the database.
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { GraphQLError } from 'graphql';
import { DEFAULT_LIMITS, type QueryLimits } from '../config';
import { limitExceeded } from './errors';
import { listBound } from './list-bounds';

/** What `first` means when neither the query nor the schema gives it (src/domain/paging.ts). */
const FALLBACK_PAGE_SIZE = 20;

export interface OperationFigures {
  depth: number;
  aliases: number;
  cost: number;
  /** The largest `first` asked for, and the largest `maxHops`. */
  maxFirst: number | null;
  minFirst: number | null;
  maxHops: number | null;
}

interface Tally {
  depth: number;
  aliases: number;
  cost: number;
}

function isListField(t: GraphQLOutputType): boolean {
  return isNonNullType(t) ? isListField(t.ofType) : isListType(t);
}

const ZERO: Tally = { depth: 0, aliases: 0, cost: 0 };

/**
 * Measures an operation. Fragments are measured once each (memoised), so a document whose
 * fragments spread each other many times cannot make the analysis itself slow.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  limits: Pick<QueryLimits, 'maxHops'> = DEFAULT_LIMITS,
): OperationFigures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const variableDefaults = new Map<string, unknown>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) variableDefaults.set(v.variable.name.value, valueFromASTUntyped(v.defaultValue));

  const figures: OperationFigures = { depth: 0, aliases: 0, cost: 0, maxFirst: null, minFirst: null, maxHops: null };
  const memo = new Map<string, Tally>();
  const visiting = new Set<string>();

  const argValue = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (variables[name] !== undefined) return variables[name];
      return variableDefaults.get(name);
    }
    return valueFromASTUntyped(node, variables);
  };

  /** The value of an argument as execution will see it (query literal, variable or schema default). */
  const argumentOf = (field: FieldNode, def: GraphQLField<unknown, unknown> | undefined, name: string): unknown => {
    const node = field.arguments?.find((a) => a.name.value === name);
    const given = node ? argValue(node.value) : undefined;
    if (given !== undefined && given !== null) return given;
    return def?.args.find((a) => a.name === name)?.defaultValue;
  };

  const note = (field: FieldNode, def: GraphQLField<unknown, unknown> | undefined) => {
    const first = argumentOf(field, def, 'first');
    if (typeof first === 'number') {
      figures.maxFirst = figures.maxFirst === null ? first : Math.max(figures.maxFirst, first);
      figures.minFirst = figures.minFirst === null ? first : Math.min(figures.minFirst, first);
    }
    const hops = argumentOf(field, def, 'maxHops');
    if (typeof hops === 'number') figures.maxHops = figures.maxHops === null ? hops : Math.max(figures.maxHops, hops);
  };

  /** A connection's page size: how often the items under its `edges` repeat. */
  const pageFanOut = (field: FieldNode, def: GraphQLField<unknown, unknown> | undefined, type: GraphQLNamedType | undefined): number => {
    if (!type || !type.name.endsWith('Connection') || !def?.args.some((a) => a.name === 'first')) return 1;
    const first = argumentOf(field, def, 'first');
    return typeof first === 'number' && Number.isFinite(first) ? Math.max(0, first) : FALLBACK_PAGE_SIZE;
  };

  /**
   * A plain list field (not a connection's `edges`, not `nodes(ids:)`) repeats its selection once
   * per item it can return: its bound in src/limits/list-bounds.ts.
   */
  const listFanOut = (parent: GraphQLNamedType | undefined, field: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number => {
    if (!parent || !def || !isListField(def.type)) return 1;
    const name = field.name.value;
    if ((name === 'edges' || name === 'nodes') && parent.name.endsWith('Connection')) return 1;
    if (def.args.some((a) => a.name === 'ids')) return 1;
    return listBound(parent.name, name, limits);
  };

  /** A field taking a list of ids (nodes(ids:)) repeats its selection once per id. */
  const idsFanOut = (field: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number => {
    if (!def?.args.some((a) => a.name === 'ids')) return 1;
    const ids = argumentOf(field, def, 'ids');
    return Array.isArray(ids) ? ids.length : 1;
  };

  const fieldsOf = (type: GraphQLNamedType | undefined) => (type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined);

  /**
   * `edgeFanOut` is how often the `edges` (or `nodes`) of the connection being visited repeat;
   * it is 1 outside connections.
   */
  const visit = (selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined, edgeFanOut: number): Tally => {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    const fields = fieldsOf(type);
    for (const sel of selectionSet.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (sel.alias) aliases++;
        // Introspection is governed by INTROSPECTION, not by the query limits.
        if (name === '__schema' || name === '__type') continue;
        const def = fields?.[name];
        note(sel, def);
        const childType = def ? getNamedType(def.type) : undefined;
        let child = ZERO;
        if (sel.selectionSet) child = visit(sel.selectionSet, childType && isCompositeType(childType) ? childType : undefined, pageFanOut(sel, def, childType));
        depth = Math.max(depth, 1 + child.depth);
        aliases += child.aliases;
        const repeat = name === 'edges' || name === 'nodes' ? edgeFanOut : 1;
        cost += repeat * (1 + idsFanOut(sel, def) * listFanOut(type, sel, def) * child.cost);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        const t = visit(sel.selectionSet, cond ?? undefined, edgeFanOut);
        depth = Math.max(depth, t.depth);
        aliases += t.aliases;
        cost += t.cost;
      } else {
        const name = sel.name.value;
        const key = `${name}|${edgeFanOut}`;
        let t = memo.get(key);
        if (!t) {
          const frag = fragments.get(name);
          if (!frag || visiting.has(name)) t = ZERO;
          else {
            visiting.add(name);
            t = visit(frag.selectionSet, schema.getType(frag.typeCondition.name.value) ?? undefined, edgeFanOut);
            visiting.delete(name);
            memo.set(key, t);
          }
        }
        depth = Math.max(depth, t.depth);
        aliases += t.aliases;
        cost += t.cost;
      }
    }
    return { depth, aliases, cost };
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const total = visit(operation.selectionSet, root ?? undefined, 1);
  figures.depth = total.depth;
  figures.aliases = total.aliases;
  figures.cost = total.cost;
  return figures;
}

/** The first limit an operation breaks, as a coded error, or null. */
export function checkLimits(figures: OperationFigures, limits: QueryLimits): GraphQLError | null {
  if (figures.depth > limits.depth) {
    return limitExceeded('QUERY_TOO_DEEP', `Query depth ${figures.depth} exceeds the limit of ${limits.depth} (MAX_QUERY_DEPTH)`, { limit: 'MAX_QUERY_DEPTH', max: limits.depth, actual: figures.depth });
  }
  if (figures.aliases > limits.aliases) {
    return limitExceeded('TOO_MANY_ALIASES', `Query uses ${figures.aliases} aliases; the limit is ${limits.aliases} (MAX_ALIASES)`, { limit: 'MAX_ALIASES', max: limits.aliases, actual: figures.aliases });
  }
  if (figures.maxFirst !== null && (figures.maxFirst > limits.pageSize || !Number.isInteger(figures.maxFirst))) {
    // The page size keeps the BAD_USER_INPUT code `first` has always answered with.
    return limitExceeded('BAD_USER_INPUT', `\`first\` is capped at ${limits.pageSize} (MAX_PAGE_SIZE); got ${figures.maxFirst}`, { limit: 'MAX_PAGE_SIZE', max: limits.pageSize, actual: figures.maxFirst, field: 'first' });
  }
  if (figures.minFirst !== null && figures.minFirst < 0) {
    return limitExceeded('BAD_USER_INPUT', `\`first\` must be a whole number from 0 to ${limits.pageSize} (MAX_PAGE_SIZE); got ${figures.minFirst}`, { limit: 'MAX_PAGE_SIZE', max: limits.pageSize, actual: figures.minFirst, field: 'first' });
  }
  if (figures.maxHops !== null && figures.maxHops > limits.maxHops) {
    // Like `first`, an argument the client chose: BAD_USER_INPUT (issue 5), told apart by `limit`.
    return limitExceeded('BAD_USER_INPUT', `\`maxHops\` is capped at ${limits.maxHops} (MAX_HOPS); got ${figures.maxHops}`, { limit: 'MAX_HOPS', max: limits.maxHops, actual: figures.maxHops, field: 'maxHops' });
  }
  if (figures.cost > limits.cost) {
    return limitExceeded('QUERY_TOO_COSTLY', `Estimated query cost ${figures.cost} exceeds the limit of ${limits.cost} (MAX_QUERY_COST); ask for smaller pages (\`first\`) or fewer nested lists`, { limit: 'MAX_QUERY_COST', max: limits.cost, actual: figures.cost });
  }
  return null;
}
