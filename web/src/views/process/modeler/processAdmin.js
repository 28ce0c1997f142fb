// Small helpers shared by the process owners' pages.
import { api } from '../../../api'
import { LINES, lineOfProcess, orgUnitsOf, processKeyPrefix } from '../../../session'

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
  <decision id="${id}" name="${xmlText(name)}" camunda:historyTimeToLive="180">
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

/** The city bureau: new processes and retirements are the city's process owners' to propose. */
export const CITY = '440300'

/** The lines the user is a process owner of at the city (they may propose new processes and retirements there). */
export function cityOwnerLines() {
  return LINES.filter((line) => orgUnitsOf('PROCESS_OWNER', line).includes(CITY))
}

/** Whether the user may propose to retire the process (a city process owner of its line). */
export function canRetire(processKey) {
  const line = lineOfProcess(processKey)
  return !!line && cityOwnerLines().includes(line)
}

/** The id of a version (any process) whose model uses the form or decision, to open it from a new model. */
export function versionUsing(processes, kind, id) {
  for (const p of processes || []) for (const v of p.versions || []) if ((v[kind] || []).includes(id)) return v.version.definitionId
  return null
}

/** A process key of the line: its prefix, upper camel case, ending in Process (AidFollowUpVisitProcess). */
export function validNewKey(line, key) {
  const prefix = processKeyPrefix(line)
  return !!prefix && /^[A-Z][A-Za-z0-9]*Process$/.test(key || '') && key.startsWith(prefix) && /[A-Z]/.test(key.charAt(prefix.length))
}

/**
 * The model a new process starts from: a start event, one user task as the model checks want it (a Task_ id, the
 * line's clerks of the case's district as candidates, a form that exists, the working-day calendar's due date and
 * a limit in working days), an end event; history time to live and a version tag on the process; laid out.
 * names: { start, task, end } in the user's language.
 */
export function newProcessXml({ line, key, name, form, names }) {
  const tail = key.replace(/Process$/, '') || key
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_${tail}" targetNamespace="http://minzheng.org/flow/${line}" exporter="MinZheng Flow" exporterVersion="0.1.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
  <bpmn:process id="${key}" name="${xmlText(name)}" isExecutable="true" camunda:historyTimeToLive="180" camunda:versionTag="1">
    <bpmn:startEvent id="StartEvent_Received" name="${xmlText(names.start)}">
      <bpmn:outgoing>Flow_ReceivedToHandle</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_Handle" name="${xmlText(names.task)}" camunda:formRef="${xmlText(form)}" camunda:formRefBinding="deployment" camunda:candidateGroups="${line}-clerk@\${districtCode}" camunda:dueDate="\${sla.due(execution)}">
      <bpmn:extensionElements>
        <camunda:properties>
          <camunda:property name="slaWorkingDays" value="5" />
        </camunda:properties>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_ReceivedToHandle</bpmn:incoming>
      <bpmn:outgoing>Flow_HandleToDone</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="EndEvent_Done" name="${xmlText(names.end)}">
      <bpmn:incoming>Flow_HandleToDone</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_ReceivedToHandle" sourceRef="StartEvent_Received" targetRef="Task_Handle" />
    <bpmn:sequenceFlow id="Flow_HandleToDone" sourceRef="Task_Handle" targetRef="EndEvent_Done" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_${tail}">
    <bpmndi:BPMNPlane id="BPMNPlane_${tail}" bpmnElement="${key}">
      <bpmndi:BPMNShape id="StartEvent_Received_di" bpmnElement="StartEvent_Received">
        <dc:Bounds x="152" y="102" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="146" y="145" width="48" height="14" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Handle_di" bpmnElement="Task_Handle">
        <dc:Bounds x="240" y="80" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_Done_di" bpmnElement="EndEvent_Done">
        <dc:Bounds x="392" y="102" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="386" y="145" width="48" height="14" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_ReceivedToHandle_di" bpmnElement="Flow_ReceivedToHandle">
        <di:waypoint x="188" y="120" />
        <di:waypoint x="240" y="120" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_HandleToDone_di" bpmnElement="Flow_HandleToDone">
        <di:waypoint x="340" y="120" />
        <di:waypoint x="392" y="120" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`
}
