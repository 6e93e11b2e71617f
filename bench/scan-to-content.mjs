// Scan-to-content: how long a citizen waits from opening a QR code's URL to reading the page,
// in Debian's Chromium with the network throttled through CDP, next to the same page's bytes
// served by nginx as one static file (the floor no server can beat).
// Usage: node scan-to-content.mjs --target URL --floor URL [--runs 5] [--profiles 2g,slow3g,3g]
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';

const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Round-trip time and throughput as the issue defines them (kbit/s).
const PROFILES = {
  '2g': { label: '2G', rttMs: 800, downKbit: 250, upKbit: 50 },
  'slow3g': { label: 'slow 3G', rttMs: 400, downKbit: 400, upKbit: 400 },
  '3g': { label: '3G', rttMs: 300, downKbit: 1600, upKbit: 750 },
};

const { values } = parseArgs({
  options: {
    target: { type: 'string' },
    floor: { type: 'string' },
    runs: { type: 'string', default: '5' },
    profiles: { type: 'string', default: '2g,slow3g,3g' },
  },
});
if (!values.target || !values.floor) {
  console.error('usage: node scan-to-content.mjs --target URL --floor URL [--runs N] [--profiles 2g,slow3g,3g]');
  process.exit(2);
}
const runs = Number.parseInt(values.runs, 10);

/** One page load in a fresh browser (fresh profile: no cache, no connection, no service worker). */
async function measureOnce(url, profile) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.rttMs,
      downloadThroughput: (profile.downKbit * 1000) / 8,
      uploadThroughput: (profile.upKbit * 1000) / 8,
    });

    // Requests sent before the load event, and the bytes each received (its events may come after).
    const pending = new Set();
    let requests = 0;
    let bytes = 0;
    let loaded = false;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.redirectResponse) bytes += e.redirectResponse.encodedDataLength ?? 0;
      if (loaded) return;
      requests += 1;
      pending.add(e.requestId);
    });
    const settle = (e) => {
      if (!pending.delete(e.requestId)) return;
      bytes += e.encodedDataLength ?? 0;
    };
    cdp.on('Network.loadingFinished', settle);
    cdp.on('Network.loadingFailed', (e) => pending.delete(e.requestId));

    const started = performance.now();
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const wallMs = performance.now() - started;
    loaded = true;
    for (let waited = 0; pending.size > 0 && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!response || response.status() !== 200) {
      throw new Error(`${url} answered ${response?.status()}`);
    }

    // Both are measured from the navigation's start, which includes a same-origin redirect.
    // The first paint may come after the load event on a small page: wait for its entry.
    const timing = await page.evaluate(() => new Promise((resolve) => {
      const load = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? Number.NaN;
      const done = (fcp) => resolve({ fcp, load });
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) done(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => done(Number.NaN), 10_000);
    }));
    return { fcpMs: timing.fcp, loadMs: timing.load || wallMs, requests, bytes };
  } finally {
    await browser.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const summarise = (samples) => ({
  fcpMs: median(samples.map((s) => s.fcpMs)),
  loadMs: median(samples.map((s) => s.loadMs)),
  requests: median(samples.map((s) => s.requests)),
  bytes: median(samples.map((s) => s.bytes)),
});

/** Floor and target alternate, so a busy machine slows both alike. */
async function measurePair(profile) {
  const floor = [];
  const target = [];
  for (let i = 0; i < runs; i += 1) {
    floor.push(await measureOnce(values.floor, profile));
    target.push(await measureOnce(values.target, profile));
  }
  return { floor: summarise(floor), target: summarise(target) };
}

const ms = (x) => `${Math.round(x)} ms`;
const rows = [
  '| profile | page | requests | bytes | first contentful paint | load | FCP ÷ floor | load ÷ floor |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const key of values.profiles.split(',')) {
  const profile = PROFILES[key];
  if (!profile) {
    console.error(`unknown profile ${key}; known: ${Object.keys(PROFILES).join(', ')}`);
    process.exit(2);
  }

  const { floor, target } = await measurePair(profile);
  const name = `${profile.label} (${profile.rttMs} ms, ${profile.downKbit}/${profile.upKbit} kbit/s)`;
  rows.push(`| ${name} | nginx, one static file (floor) | ${floor.requests} | ${floor.bytes} | ${ms(floor.fcpMs)} | ${ms(floor.loadMs)} | 1.00 | 1.00 |`);
  rows.push(`| ${name} | QR URL \`${new URL(values.target).pathname}\` | ${target.requests} | ${target.bytes} | ${ms(target.fcpMs)} | ${ms(target.loadMs)} | ${(target.fcpMs / floor.fcpMs).toFixed(2)} | ${(target.loadMs / floor.loadMs).toFixed(2)} |`);
}

console.log(`Median of ${runs} runs per row, fresh Chromium profile each run.\n`);
console.log(rows.join('\n'));
