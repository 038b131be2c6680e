// The production server: Next.js behind a thin Node HTTP server that records the client's socket
// address in x-rapporteur-client-ip (overwriting whatever a client sent), for per-address rate limits.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();

await app.prepare();
const server = createServer((req, res) => {
  req.headers["x-rapporteur-client-ip"] = req.socket.remoteAddress ?? "unknown";
  handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`Rapporteur is ready on http://localhost:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
