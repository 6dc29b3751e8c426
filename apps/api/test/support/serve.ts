/** A second API process for the fan-out test: serves DATABASE_URL on PORT and says when it listens. */
import { buildApp } from '../../src/app.ts';
import { TEST_JWT_SECRET } from '../helpers.ts';

const app = await buildApp({ databaseUrl: process.env.DATABASE_URL!, jwtSecret: TEST_JWT_SECRET, logger: false, cookieSecure: false });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`LISTENING ${address}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
