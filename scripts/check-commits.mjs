// Fails when a commit subject is over 72 characters (issue 12: a subject of 72 or fewer, a body
// for the why). Commits up to BASELINE, the last one landed before this check, are history.
import { execFileSync } from 'node:child_process';

const BASELINE = '2ca815f';
const LIMIT = 72;

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

let log;
try {
  git(['cat-file', '-e', `${BASELINE}^{commit}`]);
  log = git(['log', '--format=%h %s', `${BASELINE}..HEAD`]);
} catch {
  // A tarball or a shallow clone has no history to check.
  console.log('check-commits: no git history here; skipped');
  process.exit(0);
}

const long = log
  .split('\n')
  .filter(Boolean)
  .map((line) => ({
    hash: line.slice(0, line.indexOf(' ')),
    subject: line.slice(line.indexOf(' ') + 1),
  }))
  .filter((c) => [...c.subject].length > LIMIT);

for (const c of long) {
  console.error(
    `${c.hash}: subject is ${[...c.subject].length} characters (at most ${LIMIT}): ${c.subject}`,
  );
}
process.exit(long.length > 0 ? 1 : 0);
