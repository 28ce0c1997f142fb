import { createI18n } from 'vue-i18n'
// the first pages' part of the Chinese catalogue ships with the entry (vite.config.js catalogueParts)
import zhFirst from './locales/zh-CN.json?first'

export const LOCALES = ['zh-CN', 'en']
const saved = localStorage.getItem('mzf.locale')

// the rest of Chinese (the default, and the fallback) follows right after the first render, the router waiting
// for it before any other page; English is fetched whole when chosen (main.js waits for it when it is the saved
// choice)
const LAZY = {
  'zh-CN': () => import('./locales/zh-CN.json?rest'),
  en: () => import('./locales/en.json')
}
const loading = {}

export const i18n = createI18n({
  legacy: false,
  locale: LOCALES.includes(saved) ? saved : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhFirst },
  missingWarn: false,
  fallbackWarn: false
})

/** Loads (once) the whole catalogue of `locale`. */
export function loadMessages(locale) {
  if (!LAZY[locale]) return Promise.resolve()
  loading[locale] ||= LAZY[locale]()
    .then((module) => i18n.global.mergeLocaleMessage(locale, module.default))
    .catch((e) => {
      delete loading[locale]
      throw e
    })
  return loading[locale]
}

/** Loads the whole catalogue of the current language and of the fallback (Chinese). */
export const loadAllMessages = () => Promise.all([loadMessages(i18n.global.locale.value), loadMessages('zh-CN')])

export async function setLocale(locale) {
  await loadMessages(locale)
  i18n.global.locale.value = locale
  localStorage.setItem('mzf.locale', locale)
  document.documentElement.lang = locale
}
document.documentElement.lang = i18n.global.locale.value
