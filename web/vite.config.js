import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The build goes straight into the web module's jar (classpath:/static), which the Spring Boot server serves.
export default defineConfig({
  plugins: [vue()],
  // one preact for form-js: the form-js editor pins an older preact (<=10.15.1) in its own node_modules, while
  // the form-js viewer it renders fields with and the properties panel use the newer one; two copies of preact
  // render nothing (hooks and context are per copy)
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) }, dedupe: ['preact'] },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rollupOptions: { output: { manualChunks: { vendor: ['vue', 'vue-router', 'vue-i18n', 'element-plus'] } } }
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/login': { target: 'http://localhost:8080', bypass: (req) => (req.method === 'GET' ? req.url : undefined) }, '/logout': 'http://localhost:8080' }
  }
})
