// Save to reload: how long an editor waits, in Debian's Chromium, from saving a sheet to seeing it in the open
// preview page. The same measure for `publisher serve` and `hugo server` (each reloads through its own script).
// Usage: node serve-reload.mjs --url URL --file SHEET.md [--runs 5]
// Prints one line: "median_ms max_ms runs".
import { chromium } from 'playwright-core';
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { url: { type: 'string' }, file: { type: 'string' }, runs: { type: 'string', default: '5' } },
});
if (!values.url || !values.file) {
  console.error('usage: node serve-reload.mjs --url URL --file SHEET.md [--runs N]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage();
await page.goto(values.url, { waitUntil: 'load' });
await page.waitForTimeout(1500); // let the reload channel connect (EventSource / WebSocket)

// Resolves at the first load event whose document shows `marker`.
function shown(marker) {
  return new Promise((resolve) => {
    const onLoad = async () => {
      try {
        if ((await page.content()).includes(marker)) {
          page.off('load', onLoad);
          resolve(performance.now());
        }
      } catch {
        // The page navigated again while being read; the next load event checks again.
      }
    };
    page.on('load', onLoad);
  });
}

const times = [];
for (let run = 0; run < Number(values.runs); run++) {
  const marker = `do-tre-${Date.now()}-${run}`;
  const seen = shown(marker);
  const saved = performance.now();
  appendFileSync(values.file, `\nGhi chú đo: ${marker}.\n`);
  const at = await Promise.race([seen, new Promise((_, reject) => setTimeout(() => reject(new Error(`no reload within 30 s (${values.url})`)), 30000))]);
  times.push(at - saved);
  await page.waitForTimeout(1000); // let watchers settle before the next save
}
await browser.close();
times.sort((a, b) => a - b);
console.log(`${Math.round(times[Math.floor(times.length / 2)])} ${Math.round(times[times.length - 1])} ${times.length}`);
