// Builds the public board (晾晒) into dist/board: one tree-shaken, minified bundle of the
// browser code (esbuild; only the ECharts charts and components the board imports), the style
// sheet, and index.html pointing at both by content-hashed names. Run by `npm run build`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url);
const out = new URL('../dist/board/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(new URL('assets/', out), { recursive: true });

const result = await build({
  entryPoints: { board: new URL('src/main.ts', here).pathname, style: new URL('board.css', here).pathname },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome109', 'firefox115', 'safari16'],
  entryNames: '[name]-[hash]',
  outdir: new URL('assets/', out).pathname,
  metafile: true,
  legalComments: 'eof',
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((f) => basename(f));
const script = outputs.find((f) => f.startsWith('board-') && f.endsWith('.js'));
const style = outputs.find((f) => f.startsWith('style-') && f.endsWith('.css'));
const html = readFileSync(new URL('index.html', here), 'utf8').replace('{{script}}', script).replace('{{style}}', style);
writeFileSync(new URL('index.html', out), html);
