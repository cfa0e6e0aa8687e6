import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build, type Plugin } from 'vite';

const PLACEHOLDER = '<!--app-html-->';
const SERVER_OUT_DIR = 'node_modules/.cache/prerender';

/**
 * After the browser build, builds src/entry-server.tsx for Node, renders
 * the page and writes the markup into the build's index.html (dist/ by
 * default), so that the first paint shows the form and its results before
 * any script runs. The server build gets the browser build's mode and
 * base, so both read the same settings.
 */
export function prerender(): Plugin {
  let root = process.cwd();
  let isServerBuild = false;
  let mode = 'production';
  let base = '/';
  let clientOutDir = 'dist';

  return {
    name: 'cltv-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      isServerBuild = Boolean(config.build.ssr);
      mode = config.mode;
      base = config.base;
      clientOutDir = config.build.outDir;
    },
    async closeBundle() {
      if (isServerBuild) return;

      // One server build per client build, so builds into different
      // directories may run side by side.
      const outDir = resolve(root, SERVER_OUT_DIR, basename(clientOutDir));
      await build({
        root,
        mode,
        base,
        logLevel: 'warn',
        build: { ssr: 'src/entry-server.tsx', outDir, emptyOutDir: true },
      });
      const entry = pathToFileURL(resolve(outDir, 'entry-server.js')).href;
      const { render } = (await import(entry)) as {
        render: () => Promise<string>;
      };

      const htmlPath = resolve(root, clientOutDir, 'index.html');
      const html = await readFile(htmlPath, 'utf8');
      if (!html.includes(PLACEHOLDER)) {
        throw new Error(`${htmlPath} has no ${PLACEHOLDER} to fill`);
      }
      await writeFile(htmlPath, html.replace(PLACEHOLDER, await render()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
