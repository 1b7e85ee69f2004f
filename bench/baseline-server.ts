// The benchmark's yardstick: a bare Apollo Server (same express integration) answering a
// constant `hello` field. Prints its URL as JSON on stdout when ready.
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

async function main() {
  const app = express();
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } }, stopOnTerminationSignals: false });
  await server.start();
  app.use('/', express.json({ limit: '100kb' }), expressMiddleware(server));
  const httpServer = http.createServer(app);
  httpServer.listen(0, '127.0.0.1', () => {
    const addr = httpServer.address();
    process.stdout.write(`${JSON.stringify({ msg: 'ready', url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` })}\n`);
  });
  process.once('SIGTERM', () => server.stop().then(() => process.exit(0)));
}

void main();
