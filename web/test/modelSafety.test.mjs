// The browser's model check (src/views/process/modeler/modelSafety.js) against the server's: the same hostile corpus
// (processes/src/test/resources/model/hostile) must be refused at the same element with the same rule, from the
// same allow-list file (processes/src/main/resources/model/expressions.allow); the base model and every shipped
// model must pass.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DOMParser } from '@xmldom/xmldom'
import { checkModelXml, checkExpression, parseAllowList } from '../src/views/process/modeler/modelSafety.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const rules = parseAllowList(readFileSync(join(repo, 'processes/src/main/resources/model/expressions.allow'), 'utf8'))
const hostile = join(repo, 'processes/src/test/resources/model/hostile')
const base = readFileSync(join(hostile, 'base.bpmn'), 'utf8')
const cases = readFileSync(join(hostile, 'hostile-models.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [name, elementId, rule, from, to] = line.split('\t')
    return { name, elementId, rule, from: from.replaceAll('\\n', '\n'), to: to.replaceAll('\\n', '\n') }
  })

// xmldom throws on what is not well-formed; the browser's DOMParser answers a parsererror document
class Parser {
  parseFromString(text, type) {
    return new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message) } }).parseFromString(text, type)
  }
}
const check = (xml) => checkModelXml(xml, rules, Parser)

test('the base model passes', () => {
  assert.deepEqual(check(base), [])
})

test('every shipped model passes', () => {
  const root = join(repo, 'processes/src/main/resources/bpmn')
  const files = readdirSync(root, { recursive: true }).filter((f) => f.endsWith('.bpmn'))
  assert.ok(files.length >= 17)
  for (const file of files) {
    assert.deepEqual(check(readFileSync(join(root, file), 'utf8')), [], file)
  }
})

test('the corpus holds at least sixty hostile models', () => {
  assert.ok(cases.length >= 60, String(cases.length))
})

for (const c of cases) {
  test('refuses ' + c.name, () => {
    assert.ok(base.includes(c.from), c.from)
    const problems = check(base.replace(c.from, () => c.to))
    assert.ok(problems.some((p) => p.elementId === c.elementId && p.code === c.rule),
      `${c.name}: expected ${c.elementId} ${c.rule}, got ${JSON.stringify(problems)}`)
  })
}

test('the grammar accepts what the shipped models write', () => {
  for (const [value, form] of [["${decision == 'APPROVE'}", 'general'], ['${!creditClear}', 'general'],
    ["${approvalMode == 'ANY' || approvalDecision != 'APPROVE' || nrOfCompletedInstances == nrOfInstances}", 'general'],
    ["${sla.due(execution, 'IntermediateCatchEvent_X')}", 'general'], ['${cemeteryInspections.numberOf(inspectionId)}', 'general'],
    ['aid-street-clerk@${competentStreetCode}', 'variable'], ['${aidGrantBenefitDelegate}', 'delegate'], ['fixed', 'none'],
    ['${empty panel and not late}', 'general']]) {
    assert.equal(checkExpression(value, form, rules), null, value)
  }
})
