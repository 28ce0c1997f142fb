// Small helpers shared by the process owners' pages.
import { api } from '../api'

export const PA = '/api/process-admin'

/** The console's process list (GET /api/process-admin/processes). */
export function loadProcesses() {
  return api.get(PA + '/processes')
}

/** Every form id some deployed version uses: the forms the modeler knows to exist. */
export function formsIn(processes) {
  const forms = new Set()
  for (const p of processes || []) for (const v of p.versions || []) (v.forms || []).forEach((f) => forms.add(f))
  return [...forms].sort()
}

/** The version entry of a definition id, with its process. */
export function findVersion(processes, definitionId) {
  for (const p of processes || []) {
    const entry = (p.versions || []).find((v) => v.version.definitionId === definitionId)
    if (entry) return { process: p, entry }
  }
  return null
}

/** A district's code: six digits, not the city's (ending in 00). */
export function isDistrictCode(code) {
  return /^\d{6}$/.test(code || '') && !/00$/.test(code)
}

/** Every decision id some deployed version uses. */
export function decisionsIn(processes) {
  const decisions = new Set()
  for (const p of processes || []) for (const v of p.versions || []) (v.decisions || []).forEach((d) => decisions.add(d))
  return [...decisions].sort()
}

/** An empty form-js form with the given id, for a new form. */
export function newFormSchema(id) {
  return JSON.stringify({ components: [], type: 'default', id, executionPlatform: 'Camunda Platform', executionPlatformVersion: '7.24.0', schemaVersion: 16 }, null, 2)
}

/** The DMN file name for a decision id: Decision_AidPriority → aid-priority. */
export function decisionFileName(id) {
  return id.replace(/^Decision_/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

const xmlText = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/**
 * A new DMN 1.3 file with one decision table (FEEL, a history time to live as the engine requires): one
 * input reading a process variable, one output, no rules yet.
 */
export function newDecisionXml(id, name, inputLabel, outputLabel) {
  const tail = id.replace(/^Decision_/, '')
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_${tail}" name="${xmlText(name)}" namespace="http://camunda.org/schema/1.0/dmn">
  <decision id="${id}" name="${xmlText(name)}" camunda:historyTimeToLive="1825">
    <decisionTable id="DecisionTable_${tail}" hitPolicy="FIRST">
      <input id="Input_${tail}" label="${xmlText(inputLabel)}">
        <inputExpression id="InputExpression_${tail}" typeRef="string">
          <text>districtCode</text>
        </inputExpression>
      </input>
      <output id="Output_${tail}" label="${xmlText(outputLabel)}" name="result" typeRef="string" />
    </decisionTable>
  </decision>
</definitions>
`
}
