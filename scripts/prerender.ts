import { readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build, type Plugin } from 'vite';

const PLACEHOLDER = '<!--app-html-->';
const SERVER_OUT_DIR = 'node_modules/.cache/prerender';

/**
 * After the browser build, builds src/entry-server.tsx for Node, renders
 * the page and writes the markup into dist/index.html, so that the first
 * paint shows the form and its results before any script runs.
 */
export function prerender(): Plugin {
  let root = process.cwd();
  let isServerBuild = false;

  return {
    name: 'cltv-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      isServerBuild = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (isServerBuild) return;

      const outDir = resolve(root, SERVER_OUT_DIR);
      await build({
        root,
        logLevel: 'warn',
        build: { ssr: 'src/entry-server.tsx', outDir, emptyOutDir: true },
      });
      const entry = pathToFileURL(resolve(outDir, 'entry-server.js')).href;
      const { render } = (await import(entry)) as { render: () => string };

      const htmlPath = resolve(root, 'dist/index.html');
      const html = await readFile(htmlPath, 'utf8');
      if (!html.includes(PLACEHOLDER)) {
        throw new Error(`dist/index.html has no ${PLACEHOLDER} to fill`);
      }
      await writeFile(htmlPath, html.replace(PLACEHOLDER, render()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
