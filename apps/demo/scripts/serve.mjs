import { startServer } from './static-server.mjs';

const { url } = await startServer({ port: Number(process.env.PORT ?? 8080) });
console.log(`Demo partner page: ${url}/  (Arabic: ${url}/ar.html, Nepali: ${url}/ne.html)`);
