// The task forms' translation layer: texts and option labels come from the component's custom properties,
// a text without a translation stays Chinese, nested components are translated, the schema is not changed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { localiseSchema } from '../src/components/formTranslation.js'

const schema = {
  id: 'aid-street-review',
  type: 'default',
  components: [
    { type: 'text', id: 'Text_1', text: '### 街道审核', properties: { 'text@en': '### Street office review' } },
    {
      type: 'radio',
      id: 'Field_decision',
      key: 'decision',
      label: '审核结论',
      description: '须写明理由',
      values: [
        { label: '审核通过', value: 'PASS' },
        { label: '退回', value: 'RETURN' }
      ],
      properties: { 'label@en': 'Review decision', 'values.PASS@en': 'Approved', 'values.RETURN@en': '  ' }
    },
    {
      type: 'group',
      id: 'Group_1',
      label: '分组',
      components: [{ type: 'datetime', id: 'Field_on', key: 'on', dateLabel: '送达日期', properties: { 'dateLabel@en': 'Date served' } }]
    }
  ]
}

test('English texts replace the Chinese ones, option labels by value', () => {
  const en = localiseSchema(schema, 'en')
  assert.equal(en.components[0].text, '### Street office review')
  assert.equal(en.components[1].label, 'Review decision')
  assert.deepEqual(en.components[1].values, [
    { label: 'Approved', value: 'PASS' },
    { label: '退回', value: 'RETURN' }
  ])
  assert.equal(en.components[2].components[0].dateLabel, 'Date served')
})

test('a text without English (missing or blank) stays Chinese', () => {
  const en = localiseSchema(schema, 'en')
  assert.equal(en.components[1].description, '须写明理由')
  assert.equal(en.components[1].values[1].label, '退回')
  assert.equal(en.components[2].label, '分组')
})

test('a regional locale falls back to its language; Chinese gives the schema itself', () => {
  assert.equal(localiseSchema(schema, 'en-GB').components[1].label, 'Review decision')
  assert.equal(localiseSchema(schema, 'zh-CN'), schema)
  assert.equal(localiseSchema(schema, undefined), schema)
  assert.equal(localiseSchema(null, 'en'), null)
})

test('the given schema is not changed, keys and values stay', () => {
  const before = JSON.stringify(schema)
  const en = localiseSchema(schema, 'en')
  assert.equal(JSON.stringify(schema), before)
  assert.equal(en.components[1].key, 'decision')
  assert.deepEqual(en.components[1].properties, schema.components[1].properties)
})

function forms(dir) {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    if (statSync(path).isDirectory()) return forms(path)
    return f.endsWith('.form') ? [path] : []
  })
}

test('every shipped form reads in English without Chinese left', () => {
  const shipped = forms(fileURLToPath(new URL('../../forms/src/main/resources/forms', import.meta.url)))
  assert.ok(shipped.length > 50, 'forms not found')
  const han = /\p{Script=Han}/u
  for (const file of shipped) {
    const en = localiseSchema(JSON.parse(readFileSync(file, 'utf8')), 'en')
    const shown = (components) => components.flatMap((c) => [
      c.label, c.description, c.text, c.dateLabel, c.timeLabel, c.placeholder,
      ...(c.values || []).map((v) => v.label), ...shown(c.components || [])
    ])
    const chinese = shown(en.components).filter((t) => typeof t === 'string' && han.test(t))
    assert.deepEqual(chinese, [], file)
  }
})
