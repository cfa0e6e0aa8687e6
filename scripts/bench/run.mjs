// `npm run bench`: builds the app, serves the build and prints one table of
// bundle sizes, Lighthouse figures, keystroke-to-paint latency and engine
// time. Written also to bench-results/latest.{md,json}. Timings are never
// asserted anywhere; this only reports them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { build, preview } from 'vite';

import {
  allScriptFiles,
  compressedSizes,
  firstLoadFiles,
  readManifest,
} from './bundle.mjs';
import { benchEngine } from './engine.mjs';
import { measureKeystrokes } from './keystrokes.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { benchTable } from './table.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4187' },
    'lighthouse-runs': { type: 'string', default: '5' },
    keystrokes: { type: 'string', default: '200' },
  },
});

function log(step) {
  console.error(`bench: ${step}`);
}

async function measureBundle() {
  log('building');
  await build({ logLevel: 'warn' });
  const manifest = readManifest();
  return {
    firstLoad: compressedSizes(firstLoadFiles(manifest)),
    all: compressedSizes(allScriptFiles()),
  };
}

async function measurePage(url) {
  const runs = Number(options['lighthouse-runs']);
  const keystrokes = Number(options.keystrokes);

  log(`Lighthouse, ${runs} runs`);
  const lighthouse = await runLighthouse(url, runs);
  log(`${keystrokes} keystrokes, CPU not slowed`);
  const normal = await measureKeystrokes(url, { keystrokes, cpuSlowdown: 1 });
  log(`${keystrokes} keystrokes, CPU slowed 4×`);
  const slowed = await measureKeystrokes(url, { keystrokes, cpuSlowdown: 4 });
  log(`${keystrokes} keystrokes on the reference page, CPU 1× and 4×`);
  const echo = {
    normal: await measureKeystrokes(url, {
      keystrokes,
      cpuSlowdown: 1,
      echo: true,
    }),
    slowed: await measureKeystrokes(url, {
      keystrokes,
      cpuSlowdown: 4,
      echo: true,
    }),
  };
  return { lighthouse, keystrokes: { normal, slowed, echo } };
}

async function main() {
  const startedAt = performance.now();
  const bundle = await measureBundle();

  const port = Number(options.port);
  const server = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
  let page;
  try {
    page = await measurePage(`http://127.0.0.1:${port}/`);
  } finally {
    await server.close();
  }

  log('engine');
  const engine = await benchEngine();

  const figures = { date: new Date().toISOString(), bundle, ...page, engine };
  const table = benchTable(figures);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify(figures, null, 2));
  writeFileSync('bench-results/latest.md', `${table}\n`);

  console.log(table);
  const seconds = Math.round((performance.now() - startedAt) / 1000);
  log(`done in ${seconds} s; figures in bench-results/latest.{md,json}`);
}

await main();
