// The checks the modeler runs on the diagram as it is edited (bpmn-js-bpmnlint): bpmnlint's recommended
// rules plus ours, which mirror the server's ModelRules where a rule can be judged in the browser. The server
// checks again on submit (with the forms and delegate beans that really exist, and an engine parse). What would
// run code (scripts, classes, free expressions, unlisted beans, any expression outside the grammar) is not
// judged here but by modelSafety.js, the server's deny-by-default check with the server's own allow-list.
//
// bpmn-js-bpmnlint expects the output of bpmnlint's packing step ({ config, resolver }); with no CLI in
// the build, the same object is written out here: every rule imported statically, the resolver a lookup.
import { i18n } from '../../../i18n'
import recommended from 'bpmnlint/config/recommended'
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process'
import conditionalFlows from 'bpmnlint/rules/conditional-flows'
import endEventRequired from 'bpmnlint/rules/end-event-required'
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway'
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event'
import fakeJoin from 'bpmnlint/rules/fake-join'
import globalRule from 'bpmnlint/rules/global'
import labelRequired from 'bpmnlint/rules/label-required'
import linkEvent from 'bpmnlint/rules/link-event'
import noBpmndi from 'bpmnlint/rules/no-bpmndi'
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway'
import noDisconnected from 'bpmnlint/rules/no-disconnected'
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows'
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork'
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split'
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end'
import noImplicitStart from 'bpmnlint/rules/no-implicit-start'
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway'
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements'
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event'
import singleEventDefinition from 'bpmnlint/rules/single-event-definition'
import startEventRequired from 'bpmnlint/rules/start-event-required'
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event'
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway'
import superfluousLabel from 'bpmnlint/rules/superfluous-label'
import superfluousTermination from 'bpmnlint/rules/superfluous-termination'

const BUILT_IN = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  global: globalRule,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination
}

// ---- ours (mirroring org.minzheng.flow.processes.model.ModelRules) ----

/** Prefix of a flow node's id by its BPMN type (ModelRules.PREFIX_BY_TYPE). */
export const PREFIX_BY_TYPE = {
  startEvent: 'StartEvent_',
  endEvent: 'EndEvent_',
  userTask: 'Task_',
  manualTask: 'Task_',
  task: 'Task_',
  serviceTask: 'ServiceTask_',
  sendTask: 'SendTask_',
  receiveTask: 'ReceiveTask_',
  businessRuleTask: 'BusinessRuleTask_',
  callActivity: 'CallActivity_',
  subProcess: 'SubProcess_',
  exclusiveGateway: 'Gateway_',
  parallelGateway: 'Gateway_',
  inclusiveGateway: 'Gateway_',
  eventBasedGateway: 'Gateway_',
  boundaryEvent: 'BoundaryEvent_',
  intermediateCatchEvent: 'IntermediateCatchEvent_',
  intermediateThrowEvent: 'IntermediateThrowEvent_'
}
export const SLA_DUE = '${sla.due(execution)}'
const ID_TAIL = /^[A-Z][A-Za-z0-9]*$/
const PROCESS_KEY = /^[A-Z][A-Za-z0-9]*Process$/
const GROUP = /^(\$\{\w+}|[a-z]+-[a-z-]+@(\$\{\w+}|[A-Z0-9-]+))$/
const RETRY_CYCLE = /^R\d+\/PT\d+[SMH]$/
const SLA_EXPRESSION = /^\$\{sla\.due\(execution(, '[A-Za-z_]+')?\)}$/
const COMPUTED_DATE = /^\$\{[a-z][A-Za-z0-9]*}$/

const msg = (code, values) => i18n.global.t('lint.' + code, values || {})
const is = (node, type) => node && node.$instanceOf && node.$instanceOf(type)
const attr = (node, name) => (node.get ? node.get('camunda:' + name) : undefined)
const blank = (value) => value === undefined || value === null || String(value).trim() === ''
const localType = (node) => node.$type.replace(/^bpmn:/, '').replace(/^./, (c) => c.toLowerCase())

function extensions(node, type) {
  return (node.extensionElements?.values || []).filter((v) => v.$instanceOf(type))
}
function property(node, name) {
  for (const properties of extensions(node, 'camunda:Properties')) {
    const found = (properties.values || []).find((p) => p.name === name)
    if (found) return found.value
  }
  return undefined
}

/** A rule factory as bpmnlint wants it: check(node, reporter) for every model element. */
function rule(check) {
  return () => ({ check })
}

/** The known form ids (the forms the deployed versions use); empty means "not known", no check. */
let knownForms = new Set()
export function setKnownForms(forms) {
  knownForms = new Set(forms || [])
}

/** The known decision ids (deployed, or edited with this change); the server has the last word. */
let knownDecisions = new Set()
export function setKnownDecisions(decisions) {
  knownDecisions = new Set(decisions || [])
}

/** A decision's id (ModelRules.DECISION_ID). */
export const DECISION_ID = /^Decision_[A-Z][A-Za-z0-9]*$/

const OURS = {
  'element-id': rule((node, reporter) => {
    if (!is(node, 'bpmn:FlowNode')) return
    const type = localType(node)
    const prefix = PREFIX_BY_TYPE[type]
    if (!prefix) {
      if (type !== 'scriptTask') reporter.report(node.id, msg('ELEMENT_TYPE_NOT_ALLOWED', { type }))
      return
    }
    if (!node.id || !node.id.startsWith(prefix) || !ID_TAIL.test(node.id.substring(prefix.length))) {
      reporter.report(node.id, msg('ELEMENT_ID_INVALID', { prefix }))
    }
  }),
  'process-settings': rule((node, reporter) => {
    if (!is(node, 'bpmn:Process')) return
    if (!PROCESS_KEY.test(node.id || '')) reporter.report(node.id, msg('PROCESS_KEY_INVALID'))
    if (blank(node.name)) reporter.report(node.id, msg('PROCESS_NAME_MISSING'))
    if (blank(attr(node, 'historyTimeToLive'))) reporter.report(node.id, msg('HISTORY_TTL_MISSING'))
    if (blank(attr(node, 'versionTag'))) reporter.report(node.id, msg('VERSION_TAG_MISSING'))
  }),
  'delegates': rule((node, reporter) => {
    if (!is(node, 'bpmn:BaseElement')) return
    const checks = []
    if (is(node, 'bpmn:ServiceTask') || is(node, 'bpmn:SendTask') || is(node, 'bpmn:BusinessRuleTask')) {
      if (is(node, 'bpmn:ServiceTask')) checks.push({ target: node, type: attr(node, 'type'), requireOne: true })
    }
    extensions(node, 'camunda:ExecutionListener').forEach((l) => checks.push({ target: l, requireOne: !l.script }))
    extensions(node, 'camunda:TaskListener').forEach((l) => checks.push({ target: l, requireOne: !l.script }))
    // classes, free expressions, external types, scripts and unlisted beans are the deny-by-default check's
    // (modelSafety.js, the server's rules); here only a task or listener that names nothing at all
    for (const { target, type, requireOne } of checks) {
      const named = ['camunda:class', 'camunda:expression', 'camunda:delegateExpression'].some((a) => !blank(target.get(a)))
      if (requireOne && !named && blank(type)) reporter.report(node.id, msg('DELEGATE_MISSING'))
    }
    if (is(node, 'bpmn:ServiceTask') && property(node, 'remote') === 'true' && !attr(node, 'asyncBefore')) {
      reporter.report(node.id, msg('REMOTE_CALL_NOT_ASYNC'))
    }
  }),
  'async-retries': rule((node, reporter) => {
    if (!is(node, 'bpmn:FlowNode')) return
    if (!attr(node, 'asyncBefore') && !attr(node, 'asyncAfter')) return
    const cycle = extensions(node, 'camunda:FailedJobRetryTimeCycle')[0]?.body
    if (!cycle || !RETRY_CYCLE.test(cycle.trim())) reporter.report(node.id, msg('RETRY_CYCLE_MISSING'))
  }),
  'user-task': rule((node, reporter) => {
    if (!is(node, 'bpmn:UserTask')) return
    const groups = attr(node, 'candidateGroups')
    if (blank(groups)) reporter.report(node.id, msg('CANDIDATE_GROUPS_MISSING'))
    else {
      for (const group of String(groups).split(',')) {
        if (!GROUP.test(group.trim())) reporter.report(node.id, msg('CANDIDATE_GROUP_INVALID', { group: group.trim() }))
      }
    }
    const formRef = attr(node, 'formRef')
    if (blank(formRef)) reporter.report(node.id, msg('FORM_MISSING'))
    if (attr(node, 'dueDate') !== SLA_DUE) reporter.report(node.id, msg('DUE_DATE_NOT_CALENDAR', { expression: SLA_DUE }))
    if (!/^[1-9]\d{0,2}$/.test(property(node, 'slaWorkingDays') || '')) reporter.report(node.id, msg('SLA_DAYS_MISSING'))
    const opinion = property(node, 'opinion')
    if (opinion !== undefined && opinion !== null && !['required', 'optional', 'none'].includes(opinion)) reporter.report(node.id, msg('OPINION_SETTING_INVALID'))
  }),
  // a warning only: the known forms are those the deployed versions use; the server knows them all
  'form-known': rule((node, reporter) => {
    if (!is(node, 'bpmn:UserTask') || !knownForms.size) return
    const formRef = attr(node, 'formRef')
    if (!blank(formRef) && !knownForms.has(formRef)) reporter.report(node.id, msg('FORM_UNKNOWN', { form: formRef }))
  }),
  // a business rule task evaluates a decision deployed with its own version, into a result variable
  'business-rule-task': rule((node, reporter) => {
    if (!is(node, 'bpmn:BusinessRuleTask')) return
    if (!blank(attr(node, 'class')) || !blank(attr(node, 'expression')) || !blank(attr(node, 'delegateExpression')) || !blank(attr(node, 'type'))) {
      reporter.report(node.id, msg('DECISION_CLASS_NOT_ALLOWED'))
    }
    const ref = attr(node, 'decisionRef')
    if (blank(ref)) {
      reporter.report(node.id, msg('DECISION_MISSING'))
      return
    }
    if (!DECISION_ID.test(ref)) reporter.report(node.id, msg('DECISION_REF_INVALID', { decision: ref }))
    if (attr(node, 'decisionRefBinding') !== 'deployment') reporter.report(node.id, msg('DECISION_BINDING_INVALID'))
    if (blank(attr(node, 'resultVariable'))) reporter.report(node.id, msg('RESULT_VARIABLE_MISSING'))
  }),
  'decision-known': rule((node, reporter) => {
    if (!is(node, 'bpmn:BusinessRuleTask')) return
    const ref = attr(node, 'decisionRef')
    if (!blank(ref) && DECISION_ID.test(ref) && !knownDecisions.has(ref)) reporter.report(node.id, msg('DECISION_UNKNOWN', { decision: ref }))
  }),
  timers: rule((node, reporter) => {
    if (!is(node, 'bpmn:TimerEventDefinition')) return
    // a timer start event's cycle is a calendar schedule, not a limit of a case
    if (is(node.$parent, 'bpmn:StartEvent') && node.timeCycle) return
    const definition = node.timeDate || node.timeDuration || node.timeCycle
    const text = definition?.body?.trim()
    // the SLA bean, or a date the feature computed with the working-day calendar: never a literal time
    if (!text || !(SLA_EXPRESSION.test(text) || COMPUTED_DATE.test(text))) {
      reporter.report(node.$parent?.id, msg('TIMER_NOT_CALENDAR', { expression: SLA_DUE }))
    }
  })
}

const rules = { ...recommended.rules }
for (const name of Object.keys(OURS)) rules['minzheng/' + name] = name === 'form-known' || name === 'decision-known' ? 'warn' : 'error'

const cache = {}
for (const [name, factory] of Object.entries(BUILT_IN)) cache['bpmnlint/' + name] = factory
for (const [name, factory] of Object.entries(OURS)) cache['bpmnlint-plugin-minzheng/' + name] = factory

export const lintConfig = {
  config: { rules },
  resolver: {
    resolveRule(pkg, ruleName) {
      const found = cache[pkg + '/' + ruleName]
      if (!found) throw new Error('cannot resolve rule <' + pkg + '/' + ruleName + '>')
      return found
    },
    resolveConfig(pkg, configName) {
      throw new Error('cannot resolve config <' + configName + '> in <' + pkg + '>')
    }
  }
}
