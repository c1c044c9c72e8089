import { readFileSync } from 'node:fs';
import { parseScoreInput, score, ScoringInputError } from '#evaluation/scoring';

/**
 * `npm run -s score -- <input.json>` (DESIGN §3.1): the scoring engine on a JSON file, no
 * database. Prints the result as JSON on stdout; bad input prints a message naming the field on
 * stderr and exits with 2. It imports the engine alone (`#evaluation/scoring`: plain TypeScript),
 * not the context's index, which would load Nest and TypeORM for a pure function.
 */
const path = process.argv[2];
if (!path) {
  console.error('usage: npm run -s score -- <input.json>');
  process.exit(2);
}
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  console.error(`input: cannot read ${path} as JSON (${(error as Error).message})`);
  process.exit(2);
}
try {
  process.stdout.write(`${JSON.stringify(score(parseScoreInput(raw)))}\n`);
} catch (error) {
  if (error instanceof ScoringInputError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
