// `npm run sync`: every weekly digest from the forum (Discourse API) and its papers' arXiv metadata
// into content/, then the ingest into public/data. The work is in scripts/sync/; docs/sync.md explains.
import { runSync } from './sync/run-sync';

process.exitCode = await runSync(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
