import { createI18n } from 'vue-i18n'
import zhCN from './locales/zh-CN.json'
import en from './locales/en.json'

export const LOCALES = ['zh-CN', 'en']
const saved = localStorage.getItem('mzf.locale')

export const i18n = createI18n({
  legacy: false,
  locale: LOCALES.includes(saved) ? saved : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
  missingWarn: false,
  fallbackWarn: false
})

export function setLocale(locale) {
  i18n.global.locale.value = locale
  localStorage.setItem('mzf.locale', locale)
  document.documentElement.lang = locale
}
document.documentElement.lang = i18n.global.locale.value
