// bpmn-js's translate service in the user's language: the labels of diagram-js, bpmn-js, the properties
// panel and the lint overlays are English templates; for zh-CN they are looked up in a dictionary
// (locales/bpmn-js.zh-CN.json; a label not in it stays English), then the {placeholders} are filled.
import { i18n } from '../i18n'
import zhCN from '../locales/bpmn-js.zh-CN.json'

const DICTIONARIES = { 'zh-CN': zhCN }

export function translate(template, replacements) {
  const dictionary = DICTIONARIES[i18n.global.locale.value] || {}
  const text = dictionary[template] || template
  return text.replace(/{([^}]+)}/g, (match, key) => (replacements && key in replacements ? replacements[key] : match))
}

export const TranslateModule = { translate: ['value', translate] }
