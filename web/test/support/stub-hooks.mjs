// Module hooks for node tests of the browser sources: the sources' extensionless relative imports resolve to
// .js files (as Vite resolves them), and vue-i18n, element-plus and i18n.js are replaced by small stubs (useI18n's t
// answers the key; ElMessage.error records the toast in globalThis.toasts).
const STUBS = {
  'vue-i18n': 'export const useI18n = () => ({ t: (key) => key, te: () => false })',
  'element-plus': 'export const ElMessage = { error: (text) => (globalThis.toasts ||= []).push(text), success: () => {} }',
  // api.js reads the workbench language from it (the real one needs the browser's localStorage)
  './i18n.js': "export const i18n = { global: { locale: { value: 'zh-CN' } } }"
}

export async function resolve(specifier, context, next) {
  if (STUBS[specifier]) return { url: 'stub:' + specifier, shortCircuit: true }
  if (/^\.\.?\//.test(specifier) && !/\.[a-z]+$/i.test(specifier)) return next(specifier + '.js', context)
  return next(specifier, context)
}

export async function load(url, context, next) {
  if (url.startsWith('stub:')) return { format: 'module', source: STUBS[url.substring(5)], shortCircuit: true }
  return next(url, context)
}
