// The baseline: plain node:http writing pre-recorded responses (status, headers, body) from a file.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const recorded = JSON.parse(readFileSync(process.argv[2], "utf8"));
const responses = new Map(
  Object.entries(recorded).map(([url, r]) => [url, { ...r, body: Buffer.from(r.body, "base64") }]),
);
const server = createServer((req, res) => {
  const r = responses.get(req.url);
  if (!r) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(r.status, r.headers);
  res.end(r.body);
});
server.listen(0, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
