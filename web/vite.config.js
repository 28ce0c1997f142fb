import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { readFileSync } from 'node:fs'
import { FIRST_PAGE_GROUPS } from './src/locales/first-page.js'

// `locales/x.json?first` is the part of a catalogue the first pages use, `?rest` the other groups (i18n.js)
function catalogueParts() {
  return {
    name: 'catalogue-parts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = /^(.*\.json)\?(first|rest)$/.exec(source)
      if (!match) return null
      const resolved = await this.resolve(match[1], importer, { skipSelf: true })
      return resolved && '\0catalogue:' + resolved.id + '?' + match[2]
    },
    load(id) {
      if (!id.startsWith('\0catalogue:')) return null
      const [file, part] = id.substring('\0catalogue:'.length).split('?')
      this.addWatchFile(file)
      const all = JSON.parse(readFileSync(file, 'utf8'))
      const whole = (group) => FIRST_PAGE_GROUPS.includes(group)
      let picked
      if (part === 'rest') picked = Object.fromEntries(Object.entries(all).filter(([group]) => !whole(group)))
      else {
        picked = Object.fromEntries(Object.entries(all).filter(([group]) => whole(group)))
        for (const [group, key] of FIRST_PAGE_GROUPS.filter((g) => g.includes('.')).map((g) => g.split('.'))) {
          if (all[group]?.[key] !== undefined) picked[group] = { ...picked[group], [key]: all[group][key] }
        }
      }
      return JSON.stringify(picked) // vite's json plugin makes it a module
    }
  }
}

// The build goes straight into the web module's jar (classpath:/static), which the Spring Boot server serves.
export default defineConfig({
  // Element Plus on demand: each template's <el-…> tags and v-loading import just those components (main.js loads
  // the whole stylesheet once, so no per-component CSS); no components.d.ts (plain JS)
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: false, dirs: [] }), catalogueParts()],
  // no legacy vue-i18n API (the composition API only): smaller runtime code for every page
  define: {
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false'
  },
  // one preact for form-js: the form-js editor pins an older preact (<=10.15.1) in its own node_modules, while
  // the form-js viewer it renders fields with and the properties panel use the newer one; two copies of preact
  // render nothing (hooks and context are per copy)
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) }, dedupe: ['preact'] },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    // the manifest scripts/check-bundle.mjs reads to weigh what a first page loads (it then moves it out of static)
    manifest: true,
    // Vue, its router and i18n in one long-cached chunk; Element Plus's components go with the pages using them,
    // the modeler's libraries (bpmn-js, dmn-js, form-js) with the process console's views only
    rollupOptions: { output: { manualChunks: { vendor: ['vue', 'vue-router', 'vue-i18n'] } } }
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/login': { target: 'http://localhost:8080', bypass: (req) => (req.method === 'GET' ? req.url : undefined) }, '/logout': 'http://localhost:8080' }
  }
})
