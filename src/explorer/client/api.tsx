// The page's only way to the data: typed operations (generated from schema/ and operations/)
// posted to the public GraphQL endpoint.
import type { TypedDocumentString } from './__generated__/operations';

/** A GraphQL error the page can explain: the API's `extensions.code` and message. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const endpoint = (): string => document.body.dataset.graphql ?? '/';

export async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TResult> {
  let res: Response;
  try {
    res = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('The server cannot be reached. Check that it is running and try again.', 'NETWORK');
  }
  let body: { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${res.status} without a GraphQL response.`, 'BAD_RESPONSE');
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  if (!body.data) throw new ApiError('The server answered without data.', 'BAD_RESPONSE');
  return body.data;
}

export const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === 'AbortError';
