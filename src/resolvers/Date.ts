// The Date scalar: a calendar day, `YYYY-MM-DD`, checked on the way in (arguments of this type
// need no other check).
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parsePartialDate } from '../domain/partial-date';

function day(value: unknown): string {
  if (typeof value === 'string') {
    try {
      if (parsePartialDate(value).precision === 'DAY') return value;
    } catch {
      // fall through
    }
  }
  throw new GraphQLError(`Date must be a calendar day, YYYY-MM-DD (got ${JSON.stringify(value)?.slice(0, 40)})`, { extensions: { code: 'BAD_USER_INPUT' } });
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, `YYYY-MM-DD` (UTC).',
  serialize: (v) => String(v),
  parseValue: day,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string, YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return day(ast.value);
  },
});
