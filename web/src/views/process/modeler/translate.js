// bpmn-js's translate service in the user's language: the labels of diagram-js, bpmn-js, the properties
// panel and the lint overlays are English templates; for zh-CN they are looked up in a dictionary
// (locales/bpmn-js.zh-CN.json; a label not in it stays English), then the {placeholders} are filled.
import { i18n } from '../../../i18n'
import zhCN from '../../../locales/bpmn-js.zh-CN.json'

const DICTIONARIES = { 'zh-CN': zhCN }

export function translate(template, replacements) {
  const dictionary = DICTIONARIES[i18n.global.locale.value] || {}
  const text = dictionary[template] || template
  return text.replace(/{([^}]+)}/g, (match, key) => (replacements && key in replacements ? replacements[key] : match))
}

export const TranslateModule = { translate: ['value', translate] }

/**
 * The form-js editor has no translate service: its labels are English text in the DOM. For zh-CN they are
 * swapped for the dictionary's, in the editor's container only, as the editor renders them (text nodes and
 * the placeholder, title and aria-label attributes whose whole text is a dictionary entry). Returns a
 * function that stops watching.
 */
export function translateDom(root) {
  const dictionary = DICTIONARIES[i18n.global.locale.value]
  if (!dictionary || !root) return () => {}
  const ATTRIBUTES = ['placeholder', 'title', 'aria-label']
  const swap = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data.trim()
      if (text && dictionary[text] && node.data !== dictionary[text]) node.data = node.data.replace(text, dictionary[text])
      return
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    for (const name of ATTRIBUTES) {
      const value = node.getAttribute(name)
      if (value && dictionary[value.trim()]) node.setAttribute(name, dictionary[value.trim()])
    }
    node.childNodes.forEach(swap)
  }
  swap(root)
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData') swap(m.target)
      else if (m.type === 'attributes') swap(m.target)
      else m.addedNodes.forEach(swap)
    }
  })
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES })
  return () => observer.disconnect()
}
