// Every shipped model goes through bpmn-moddle (the library inside the modeler) with the Camunda extension,
// as the modeler does when a process owner opens a model and saves it unchanged: read, then written with
// toXML({ format: true }). The model must read without warnings and keep every element id; the written
// models go to target/roundtrip/<same relative path>, where the server's ModelRoundTripIT proposes each one
// and expects the review to show no change at all.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BpmnModdle } from 'bpmn-moddle'

const web = fileURLToPath(new URL('..', import.meta.url))
const shipped = join(web, '../processes/src/main/resources/bpmn')
const out = join(web, 'target/roundtrip')
const camunda = JSON.parse(readFileSync(join(web, 'node_modules/camunda-bpmn-moddle/resources/camunda.json'), 'utf8'))

function models(dir) {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    if (statSync(path).isDirectory()) return models(path)
    return f.endsWith('.bpmn') ? [path] : []
  })
}

function ids(definitions) {
  // every element the model declares with an id (flow elements, root elements, diagram shapes ...)
  return new Set(Object.keys(definitions.elementsById))
}

const files = models(shipped).sort()
rmSync(out, { recursive: true, force: true })

test('the shipped models are found', () => {
  assert.ok(files.length > 0, 'no .bpmn under ' + shipped)
})

for (const file of files) {
  const name = relative(shipped, file)
  test('round trip through bpmn-moddle keeps ' + name, async () => {
    const moddle = new BpmnModdle({ camunda })
    const original = readFileSync(file, 'utf8')
    const read = await moddle.fromXML(original, 'bpmn:Definitions')
    assert.deepEqual(read.warnings.map((w) => w.message), [], name + ' reads with warnings')
    const { xml } = await moddle.toXML(read.rootElement, { format: true })

    const reread = await new BpmnModdle({ camunda }).fromXML(xml, 'bpmn:Definitions')
    assert.deepEqual(reread.warnings.map((w) => w.message), [], name + ' written back reads with warnings')
    const before = ids(read)
    const after = ids(reread)
    assert.ok(before.size > 0, name + ' declares no ids')
    assert.deepEqual([...after].sort(), [...before].sort(), name + ' lost or gained element ids')
    const textIds = [...original.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    for (const id of textIds) assert.ok(after.has(id), name + ' lost id ' + id)

    const target = join(out, name)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, xml)
  })
}
