// Makes sure a Chromium is available for the browser tests, installing Debian's package when possible.
// Order: CHROME_PATH, /usr/bin/chromium, other known paths; else apt-get as root on Debian; else say what to install.
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
let found = candidates.find((p) => p && existsSync(p));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (!found && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium with apt-get (one-time, needs the package mirror)...');
  execSync('apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium', { stdio: 'inherit' });
  found = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
if (!found) {
  console.error('The browser tests need Chromium. Install it (Debian/Ubuntu: "sudo apt-get install chromium"),\n' +
    'or point CHROME_PATH at an installed Chrome or Chromium, then run the tests again.');
  process.exit(1);
}
mkdirSync('node_modules/.cache', { recursive: true });
writeFileSync('node_modules/.cache/chromium-path', found);
console.log(`Browser tests use ${found}`);
