// The case diagram's English names (src/components/diagramNames.js): every named element of a shipped model shows
// its name@en in English, its external label grows to fit it, and zh-CN leaves the model as it is.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DOMParser, XMLSerializer } from '@xmldom/xmldom'

globalThis.DOMParser = DOMParser
globalThis.XMLSerializer = XMLSerializer
const { localisedDiagramXml } = await import('../src/components/diagramNames.js')

const repo = fileURLToPath(new URL('../..', import.meta.url))
const aid = readFileSync(join(repo, 'processes/src/main/resources/bpmn/aid/aid-application.bpmn'), 'utf8')
const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL'

const named = (xml) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  const byId = new Map()
  for (const e of Array.from(doc.getElementsByTagNameNS(BPMN, '*'))) if (e.getAttribute('name')) byId.set(e.getAttribute('id'), e.getAttribute('name'))
  return { doc, byId }
}
const labelWidth = (doc, id) => {
  const shape = Array.from(doc.getElementsByTagNameNS('*', 'BPMNShape')).concat(Array.from(doc.getElementsByTagNameNS('*', 'BPMNEdge')))
    .find((s) => s.getAttribute('bpmnElement') === id)
  const bounds = shape && Array.from(shape.getElementsByTagNameNS('*', 'Bounds')).find((b) => b.parentNode.localName === 'BPMNLabel')
  return bounds ? { x: Number(bounds.getAttribute('x')), width: Number(bounds.getAttribute('width')) } : null
}

test('in English every named element of the 低保 chain shows its English name, and no Chinese name is left', () => {
  const { doc, byId } = named(localisedDiagramXml(aid, 'en'))
  assert.equal(byId.get('StartEvent_ApplicationReceived'), 'Application registered')
  assert.equal(byId.get('Task_AcceptanceCheck'), 'Acceptance check')
  assert.equal(byId.get('Flow_Dibao'), 'Minimum living (dibao)')
  const chinese = [...byId].filter(([, name]) => /\p{Script=Han}/u.test(name))
  assert.deepEqual(chinese, [])
  // the overdue timer's label, drawn two characters wide, grows about its centre to fit "Overdue"
  const before = labelWidth(new DOMParser().parseFromString(aid, 'application/xml'), 'BoundaryEvent_HandOverOverdue')
  const after = labelWidth(doc, 'BoundaryEvent_HandOverOverdue')
  assert.ok(after.width >= 'Overdue'.length * 7, JSON.stringify({ before, after }))
  assert.ok(Math.abs(after.x + after.width / 2 - (before.x + before.width / 2)) <= 1)
})

test('in Chinese, and for a model without English names, the model is unchanged', () => {
  assert.equal(localisedDiagramXml(aid, 'zh-CN'), aid)
  const plain = aid.replaceAll('name="name@en"', 'name="other"')
  assert.equal(localisedDiagramXml(plain, 'en'), plain)
})
