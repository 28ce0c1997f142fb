// The JavaScript a first page needs, checked against its budget after `vite build` (npm run build runs it).
//
// From vite's manifest (build.manifest): the entry (index.html) and everything it imports statically, plus the
// chunk of the first route (the sign-in page, the inbox) and its static imports — exactly the scripts the browser
// fetches before that page shows (index.html's script and modulepreload tags, then the route's import). Prints
// each page's scripts with their raw and gzip sizes and exits 1 when a page needs more than the budget (raw).
// The manifest is then moved out of the served folder (target/vite-manifest.json): the server need not publish
// the build's module map.
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const web = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(web, 'target/classes/static')
const served = join(outDir, '.vite/manifest.json')
const kept = join(web, 'target/vite-manifest.json')
const BUDGET = 500 * 1000 // bytes of JavaScript (raw) before a first page shows
const PAGES = {
  '/login': 'src/views/common/LoginView.vue',
  '/inbox': 'src/views/inbox/InboxView.vue'
}

if (existsSync(served)) {
  mkdirSync(dirname(kept), { recursive: true })
  renameSync(served, kept)
}
if (!existsSync(kept)) {
  console.error('check-bundle: no vite manifest (build.manifest) at ' + served)
  process.exit(1)
}
const manifest = JSON.parse(readFileSync(kept, 'utf8'))

/** The chunk files `key` loads before it runs: itself and its static imports, transitively. */
function staticClosure(key, files = new Set()) {
  const chunk = manifest[key]
  if (!chunk) throw new Error('check-bundle: ' + key + ' is not in the manifest')
  if (files.has(chunk.file)) return files
  files.add(chunk.file)
  for (const imported of chunk.imports || []) staticClosure(imported, files)
  return files
}

const kb = (bytes) => (bytes / 1000).toFixed(1) + ' kB'
let failed = false
for (const [page, route] of Object.entries(PAGES)) {
  const files = staticClosure(route, staticClosure('index.html'))
  let raw = 0
  let gzip = 0
  const lines = []
  for (const file of [...files].filter((f) => f.endsWith('.js'))) {
    const content = readFileSync(join(outDir, file))
    const zipped = gzipSync(content, { level: 9 }).length
    raw += content.length
    gzip += zipped
    lines.push(`  ${file.padEnd(44)} ${kb(content.length).padStart(10)} ${kb(zipped).padStart(10)} gzip`)
  }
  const over = raw > BUDGET
  failed ||= over
  console.log(`${page}: ${kb(raw)} of JavaScript (${kb(gzip)} gzip) before it shows; budget ${kb(BUDGET)}${over ? ' — OVER BUDGET' : ''}`)
  lines.forEach((line) => console.log(line))
}
if (failed) {
  console.error('check-bundle: a first page needs more JavaScript than its budget (see above)')
  process.exit(1)
}
