// Task forms carry their own translations: a form-js component's custom properties (the form editor's
// "Custom properties") hold "<field>@<language>" for its label, description, text block, date/time labels and
// placeholder, and "values.<value>@<language>" for each option's label. The form's own texts are Chinese (zh-CN);
// for another locale, each text that has a translation is replaced before the form is imported, and a text
// without one stays Chinese. docs/process-models.md ("Form translations") describes it for process owners;
// FormTranslationsTest in forms/ requires English for every text of the shipped forms.

/** The component fields shown as text (keep in step with FormTranslationsTest.FIELDS). */
export const TRANSLATED_FIELDS = ['label', 'description', 'text', 'dateLabel', 'timeLabel', 'placeholder']

/** The language the forms are written in; its texts are the schema's own. */
export const SOURCE_LOCALE = 'zh-CN'

/** Property-key suffixes to try for a locale, most specific first: 'en-GB' → ['@en-GB', '@en']. */
function suffixes(locale) {
  const primary = String(locale).split('-')[0]
  return [...new Set([locale, primary])].map((l) => '@' + l)
}

function translation(properties, key, tags) {
  for (const tag of tags) {
    const text = properties[key + tag]
    if (typeof text === 'string' && text.trim()) return text
  }
  return null
}

function localiseComponent(component, tags) {
  const properties = component.properties && typeof component.properties === 'object' ? component.properties : {}
  const out = { ...component }
  for (const field of TRANSLATED_FIELDS) {
    if (typeof component[field] !== 'string') continue
    const text = translation(properties, field, tags)
    if (text !== null) out[field] = text
  }
  if (Array.isArray(component.values)) {
    out.values = component.values.map((option) => {
      const text = translation(properties, 'values.' + option.value, tags)
      return text === null ? option : { ...option, label: text }
    })
  }
  if (Array.isArray(component.components)) {
    out.components = component.components.map((c) => localiseComponent(c, tags))
  }
  return out
}

/**
 * The schema as a clerk reading `locale` sees it: a new object (the given schema is not changed); the
 * source locale, or no locale, gives the schema back as it is.
 */
export function localiseSchema(schema, locale) {
  if (!schema || !Array.isArray(schema.components) || !locale || locale === SOURCE_LOCALE) return schema
  const tags = suffixes(locale)
  return { ...schema, components: schema.components.map((c) => localiseComponent(c, tags)) }
}
