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
  let changed = false
  for (const property of Array.from(doc.getElementsByTagNameNS(CAMUNDA, 'property'))) {
    // camunda:property → camunda:properties → bpmn:extensionElements → the element
    const element = property.parentNode?.parentNode?.parentNode
    const value = (property.getAttribute('value') || '').trim()
    if (property.getAttribute('name') !== NAME_EN || !value || !element?.hasAttribute?.('name')) continue
    element.setAttribute('name', value)
    changed = true
  }
  return changed ? new XMLSerializer().serializeToString(doc) : xml
}
