// `npm run ingest`: digests in content/digests (or given files) → validated JSON in public/data.
// The work is in scripts/ingest/; docs/data-format.md describes the output.
import { runIngest } from './ingest/run-ingest';

process.exitCode = await runIngest(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
