// Element names in the user's language on a diagram. A model keeps its names in Chinese (the name attribute)
// and, for English, in an extension property of each named element:
//   <camunda:property name="name@en" value="Street review" />
// (processes' ProcessConventions.PROPERTY_NAME_EN; the model conventions test requires it of every named
// element of a shipped model). In English the property's value replaces the name before the diagram is drawn;
// an element without one keeps its Chinese name.
export const NAME_EN = 'name@en'
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn'

/** The model with its element names in the language (unchanged for zh-CN, or when the model cannot be read). */
export function localisedDiagramXml(xml, locale) {
  if (locale !== 'en' || !xml || !xml.includes(NAME_EN)) return xml
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length) return xml
  const renamed = new Map()
  for (const property of Array.from(doc.getElementsByTagNameNS(CAMUNDA, 'property'))) {
    // camunda:property → camunda:properties → bpmn:extensionElements → the element
    const element = property.parentNode?.parentNode?.parentNode
    const value = (property.getAttribute('value') || '').trim()
    if (property.getAttribute('name') !== NAME_EN || !value || !element?.hasAttribute?.('name')) continue
    element.setAttribute('name', value)
    if (element.getAttribute('id')) renamed.set(element.getAttribute('id'), value)
  }
  if (!renamed.size) return xml
  widenLabels(doc, renamed)
  return new XMLSerializer().serializeToString(doc)
}

/** About how wide bpmn-js's 11 px label font sets a Latin character, and the widest a label grows to. */
const CHAR_WIDTH = 7
const MAX_LABEL_WIDTH = 150

/**
 * An external label (of an event, gateway or flow) is set within its diagram bounds, drawn for the Chinese name:
 * a few characters wide, which would break English words letter by letter. Its bounds grow, about its centre,
 * to fit the English name (up to MAX_LABEL_WIDTH, where it wraps between words).
 */
function widenLabels(doc, renamed) {
  for (const label of Array.from(doc.getElementsByTagNameNS('*', 'BPMNLabel'))) {
    const name = renamed.get(label.parentNode?.getAttribute?.('bpmnElement'))
    const bounds = Array.from(label.childNodes).find((n) => n.localName === 'Bounds')
    if (!name || !bounds) continue
    const x = Number(bounds.getAttribute('x'))
    const width = Number(bounds.getAttribute('width'))
    const wanted = Math.min(MAX_LABEL_WIDTH, name.length * CHAR_WIDTH)
    if (!Number.isFinite(x) || !Number.isFinite(width) || wanted <= width) continue
    bounds.setAttribute('x', String(Math.round(x + width / 2 - wanted / 2)))
    bounds.setAttribute('width', String(wanted))
  }
}
