// Tests that load dist/ must see the current sources: build once before any test runs.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [path.join(__dirname, '../scripts/build.mjs'), '--quiet'], {
    stdio: 'inherit',
  });
};
