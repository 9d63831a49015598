// Run by Maven (exec-maven-plugin, phase generate-resources) with the system node.
// 1. `npm ci --ignore-scripts` only when node_modules does not match package-lock.json (fast re-runs);
//    esbuild needs no install script, its binary comes from its optional platform package.
// 2. Bundle the entry points with esbuild into target/classes/static/vendor/modeler/ (JS + CSS files,
//    no inline scripts, so the application's CSP `script-src 'self'` holds).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(process.argv[2] || join(here, '../../../target/classes/static/vendor/modeler'));
const lock = join(here, 'package-lock.json');
const installed = join(here, 'node_modules/.package-lock.json');

function upToDate() {
  if (!existsSync(installed)) return false;
  try {
    const wanted = JSON.parse(readFileSync(lock, 'utf8')).packages;
    const have = JSON.parse(readFileSync(installed, 'utf8')).packages;
    return Object.entries(wanted).every(([path, p]) => path === '' || p.optional || (have[path] && have[path].version === p.version));
  } catch (e) {
    return false;
  }
}

if (upToDate()) {
  console.log('[frontend] node_modules up to date, skipping npm ci');
} else {
  console.log('[frontend] npm ci');
  execSync('npm ci --ignore-scripts --no-audit --no-fund', { cwd: here, stdio: 'inherit' });
}

const esbuild = await import('esbuild');
await esbuild.build({
  absWorkingDir: here,
  entryPoints: { modeler: 'src/modeler.js', viewer: 'src/viewer.js', 'form-editor': 'src/form-editor.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir,
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning'
});
console.log('[frontend] bundles written to ' + outdir);
