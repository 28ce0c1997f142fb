// The browser's copy of the server's deny-by-default model check (org.minzheng.flow.processes.model.ModelSafety
// and ExpressionGrammar): the same rules, read from the same allow-list (GET /api/process-admin/model-rules, the
// server's model/expressions.allow), giving the same element id, attribute and rule code, so a process owner
// sees a refusal while drawing instead of on submit. The server checks again, with the engine's own parser; this
// file must never accept what the server refuses (the web module's test runs both over the hostile corpus).
//
// No dependency on Vue or the modeler: checkModelXml(xml, rules, DOMParser) works in the browser and in Node.

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL'
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn'
const DIAGRAM = new Set([
  'http://www.omg.org/spec/BPMN/20100524/DI',
  'http://www.omg.org/spec/DD/20100524/DC',
  'http://www.omg.org/spec/DD/20100524/DI'
])
const MODELER = 'http://camunda.org/schema/modeler/1.0'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'
const XMLNS = 'http://www.w3.org/2000/xmlns/'
const BPMN_REFUSED = new Set(['script', 'humanPerformer', 'potentialOwner', 'performer', 'resourceAssignmentExpression'])
const FLOW_NODES_ELSEWHERE = new Set(['scriptTask', 'complexGateway', 'transaction', 'adHocSubProcess',
  'callChoreography', 'subChoreography', 'choreographyTask', 'implicitThrowEvent'])
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Reads the allow-list file's text into the shape the server serves (ExpressionAllowList.asData). */
export function parseAllowList(text) {
  const data = { methods: [], delegates: [], engineNames: [], bpmn: [], attributes: {}, extensions: {}, texts: {}, freeText: [] }
  const forms = (words) => Object.fromEntries(words.map((w) => {
    const i = w.indexOf(':')
    return i < 0 ? [w, 'none'] : [w.slice(0, i), w.slice(i + 1)]
  }))
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const words = line.split(/\s+/)
    const method = /^method\s+([a-z][A-Za-z0-9]*)\.([a-z][A-Za-z0-9]*)\(([a-z, ]*)\)$/.exec(line)
    if (method) {
      data.methods.push({ bean: method[1], name: method[2], parameters: method[3].trim() ? method[3].split(',').map((p) => p.trim()) : [] })
    } else if (words[0] === 'delegate') data.delegates.push(words[1])
    else if (words[0] === 'bpmn') data.bpmn.push(...words.slice(1))
    else if (words[0] === 'attribute') Object.assign(data.attributes, forms(words.slice(1)))
    else if (words[0] === 'extension') data.extensions[words[1]] = forms(words.slice(2))
    else if (words[0] === 'text') Object.assign(data.texts, forms(words.slice(1)))
    else if (words[0] === 'free-text') data.freeText.push(...words.slice(1))
    else if (words[0] === 'not-a-variable') data.engineNames.push(...words.slice(1))
    else throw new Error('unreadable allow-list line: ' + line)
  }
  return data
}

// ---- the expression grammar ----

const refuse = (rule, detail) => ({ rule, detail })

/** Splits text into literal parts and ${…}/#{…} parts (as JUEL's scanner does; \${ is literal). */
function splitEvals(value) {
  const parts = []
  let i = 0
  let text = ''
  while (i < value.length) {
    const c = value[i]
    if (c === '\\' && (value[i + 1] === '$' || value[i + 1] === '#') && value[i + 2] === '{') {
      text += value.slice(i + 1, i + 3)
      i += 3
      continue
    }
    if ((c === '$' || c === '#') && value[i + 1] === '{') {
      let j = i + 2
      let quote = null
      while (j < value.length) {
        const d = value[j]
        if (quote) {
          if (d === '\\') j++
          else if (d === quote) quote = null
        } else if (d === "'" || d === '"') quote = d
        else if (d === '}') break
        j++
      }
      if (j >= value.length) return null
      if (text) parts.push({ text })
      text = ''
      parts.push({ deferred: c === '#', body: value.slice(i + 2, j) })
      i = j + 1
      continue
    }
    text += c
    i++
  }
  if (text) parts.push({ text })
  return parts
}

const WORDS = { and: '&&', or: '||', not: '!', eq: '==', ne: '!=', lt: '<', gt: '>', le: '<=', ge: '>=', div: '/', mod: '%' }

function tokenize(body) {
  const tokens = []
  let i = 0
  while (i < body.length) {
    const c = body[i]
    if (/\s/.test(c)) { i++; continue }
    if (c === "'" || c === '"') {
      let j = i + 1
      let s = ''
      while (j < body.length && body[j] !== c) {
        if (body[j] === '\\') j++
        s += body[j]
        j++
      }
      if (j >= body.length) throw new SyntaxError('string')
      tokens.push({ t: 'string', v: s })
      i = j + 1
      continue
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(body[i + 1] || ''))) {
      const m = /^[0-9]*\.?[0-9]+([eE][+-]?[0-9]+)?/.exec(body.slice(i))
      tokens.push({ t: 'number', v: m[0] })
      i += m[0].length
      continue
    }
    if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(body.slice(i))
      const w = m[0]
      if (w === 'true' || w === 'false') tokens.push({ t: 'boolean' })
      else if (w === 'null') tokens.push({ t: 'null' })
      else if (w === 'empty') tokens.push({ t: 'op', v: 'empty' })
      else if (w === 'instanceof') throw new SyntaxError('instanceof')
      else if (Object.hasOwn(WORDS, w)) tokens.push({ t: 'op', v: WORDS[w] })
      else tokens.push({ t: 'ident', v: w })
      i += w.length
      continue
    }
    const two = body.slice(i, i + 2)
    if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) { tokens.push({ t: 'op', v: two }); i += 2; continue }
    if (two === '->' || two === '+=' || two === '=>') throw new SyntaxError(two)
    if ('<>!+-*/%?:().[],'.includes(c)) { tokens.push({ t: 'op', v: c }); i++; continue }
    throw new SyntaxError(c) // = ; { } and anything else JUEL 2.2 does not know
  }
  return tokens
}

/** A small recursive-descent parser for JUEL's expression syntax (without EL 3.0 additions). */
function parse(body) {
  const tokens = tokenize(body)
  let p = 0
  const peek = (v) => tokens[p] && tokens[p].t === 'op' && tokens[p].v === v
  const take = (v) => { if (!peek(v)) throw new SyntaxError('expected ' + v); p++ }
  const binary = (next, ops) => () => {
    let left = next()
    while (tokens[p] && tokens[p].t === 'op' && ops.includes(tokens[p].v)) {
      const op = tokens[p++].v
      left = { type: 'binary', op, left, right: next() }
    }
    return left
  }
  const args = () => {
    take('(')
    const list = []
    if (!peek(')')) {
      list.push(expr())
      while (peek(',')) { p++; list.push(expr()) }
    }
    take(')')
    return list
  }
  const value = () => {
    const tok = tokens[p]
    if (!tok) throw new SyntaxError('end')
    let node
    if (tok.t === 'string' || tok.t === 'number' || tok.t === 'boolean' || tok.t === 'null') { p++; node = { type: 'literal', kind: tok.t } }
    else if (tok.t === 'op' && tok.v === '(') { p++; node = { type: 'nested', inner: expr() }; take(')') }
    else if (tok.t === 'ident') {
      p++
      if (peek(':') && tokens[p + 1] && tokens[p + 1].t === 'ident' && tokens[p + 2] && tokens[p + 2].t === 'op' && tokens[p + 2].v === '(') {
        p += 2
        node = { type: 'function', name: tok.v + ':' + tokens[p - 1].v, args: args() }
      } else if (peek('(')) node = { type: 'function', name: tok.v, args: args() }
      else node = { type: 'ident', name: tok.v }
    } else throw new SyntaxError('unexpected ' + tok.v)
    for (;;) {
      if (peek('.')) {
        p++
        const name = tokens[p]
        if (!name || name.t !== 'ident') throw new SyntaxError('property')
        p++
        node = { type: 'dot', target: node, name: name.v }
      } else if (peek('[')) {
        p++
        const index = expr()
        take(']')
        node = { type: 'bracket', target: node, index }
      } else break
      if (peek('(')) node = { type: 'call', target: node, args: args() }
    }
    return node
  }
  const unary = () => {
    if (peek('!') || peek('-') || peek('empty')) {
      const op = tokens[p++].v
      return { type: 'unary', op, inner: unary() }
    }
    return value()
  }
  const mul = binary(unary, ['*', '/', '%'])
  const add = binary(mul, ['+', '-'])
  const cmp = binary(add, ['<', '>', '<=', '>='])
  const eq = binary(cmp, ['==', '!='])
  const and = binary(eq, ['&&'])
  const or = binary(and, ['||'])
  function expr() {
    const cond = or()
    if (peek('?')) {
      p++
      const yes = expr()
      take(':')
      return { type: 'choice', cond, yes, no: expr() }
    }
    return cond
  }
  const root = expr()
  if (p !== tokens.length) throw new SyntaxError('trailing')
  return root
}

function variable(name, rules) {
  if ((rules.engineNames || []).includes(name)) return refuse('EXPRESSION_IDENTIFIER_NOT_ALLOWED', name)
  if (rules.methods.some((m) => m.bean === name) || rules.delegates.includes(name)) return refuse('EXPRESSION_IDENTIFIER_NOT_ALLOWED', name)
  if (!IDENTIFIER.test(name)) return refuse('EXPRESSION_IDENTIFIER_NOT_ALLOWED', name)
  return null
}

function node(n, rules) {
  switch (n.type) {
    case 'literal': return null
    case 'ident': return variable(n.name, rules)
    case 'nested': return node(n.inner, rules)
    case 'unary': return n.op === '-' ? refuse('EXPRESSION_OPERATOR_NOT_ALLOWED', '-') : node(n.inner, rules)
    case 'binary':
      if (['+', '-', '*', '/', '%'].includes(n.op)) return refuse('EXPRESSION_OPERATOR_NOT_ALLOWED', n.op)
      return node(n.left, rules) || node(n.right, rules)
    case 'call': return call(n, rules)
    case 'dot': case 'bracket': return refuse('EXPRESSION_PROPERTY_NOT_ALLOWED')
    case 'function': return refuse('EXPRESSION_FUNCTION_NOT_ALLOWED', n.name)
    case 'choice': return refuse('EXPRESSION_OPERATOR_NOT_ALLOWED', '?:')
    default: return refuse('EXPRESSION_NOT_ALLOWED')
  }
}

function call(n, rules) {
  if (n.target.type !== 'dot' || n.target.target.type !== 'ident') return refuse('EXPRESSION_METHOD_NOT_ALLOWED')
  const bean = n.target.target.name
  const match = rules.methods.find((m) => m.bean === bean && m.name === n.target.name && m.parameters.length === n.args.length)
  if (!match) return refuse('EXPRESSION_METHOD_NOT_ALLOWED', bean + '.' + n.target.name)
  for (let i = 0; i < n.args.length; i++) {
    const a = n.args[i]
    const kind = match.parameters[i]
    const fits = kind === 'execution' ? a.type === 'ident' && a.name === 'execution'
      : kind === 'literal' ? a.type === 'literal' && (a.kind === 'string' || a.kind === 'number')
        : a.type === 'ident' && !variable(a.name, rules)
    if (!fits) return refuse('EXPRESSION_ARGUMENT_NOT_ALLOWED', String(i + 1))
  }
  return null
}

function nesting(value) {
  let depth = 0
  let max = 0
  for (const c of value) {
    if (c === '(' || c === '[' || c === '{') max = Math.max(max, ++depth)
    else if (c === ')' || c === ']' || c === '}') depth--
  }
  return max
}

/** Checks a value at a location that takes `form` (none, variable, delegate, general); null when it may stand. */
export function checkExpression(value, form, rules) {
  if (value == null || !(value.includes('${') || value.includes('#{'))) return null
  if (form === 'none') return refuse('EXPRESSION_NOT_ALLOWED')
  const limits = rules.limits || { expressionLength: 500, expressionNesting: 10 }
  if (value.length > limits.expressionLength) return refuse('EXPRESSION_TOO_LONG')
  if (nesting(value) > limits.expressionNesting) return refuse('EXPRESSION_TOO_DEEP')
  const parts = splitEvals(value)
  if (!parts) return refuse('EXPRESSION_SYNTAX')
  const evals = parts.filter((part) => 'body' in part)
  const trees = []
  try {
    for (const part of evals) trees.push(parse(part.body))
  } catch (e) {
    return refuse('EXPRESSION_SYNTAX')
  }
  if (evals.some((part) => part.deferred)) return refuse('EXPRESSION_DEFERRED')
  const composite = parts.length > 1
  if (form === 'delegate') {
    if (composite || trees[0].type !== 'ident') return refuse('EXPRESSION_FORM')
    return rules.delegates.includes(trees[0].name) ? null : refuse('BEAN_NOT_ALLOWED', trees[0].name)
  }
  if (form === 'variable') {
    for (const tree of trees) {
      if (tree.type !== 'ident') return refuse('EXPRESSION_FORM')
      const bad = variable(tree.name, rules)
      if (bad) return bad
    }
    return null
  }
  if (composite) return refuse('EXPRESSION_FORM')
  return node(trees[0], rules)
}

// ---- the walk over a model ----

const qualified = (el) => (el.namespaceURI === CAMUNDA ? 'camunda:' : el.namespaceURI === BPMN ? 'bpmn:' : el.prefix ? el.prefix + ':' : '') + el.localName

function ownerId(el) {
  for (let cur = el; cur && cur.nodeType === 1; cur = cur.parentNode) {
    if (cur.namespaceURI === BPMN && cur.getAttribute('id') && !cur.localName.endsWith('EventDefinition')) return cur.getAttribute('id')
  }
  return null
}

const CLASS_ATTRIBUTES = { class: 'CLASS_NOT_ALLOWED', variableMappingClass: 'CLASS_NOT_ALLOWED', formHandlerClass: 'CLASS_NOT_ALLOWED',
  expression: 'EXPRESSION_NOT_ALLOWED', variableMappingDelegateExpression: 'EXPRESSION_NOT_ALLOWED',
  type: 'EXTERNAL_TASK_NOT_ALLOWED', topic: 'EXTERNAL_TASK_NOT_ALLOWED', resource: 'SCRIPT_NOT_ALLOWED',
  scriptFormat: 'SCRIPT_NOT_ALLOWED', formKey: 'FORM_KEY_NOT_ALLOWED' }
const EXTENSION_CODES = { script: 'SCRIPT_NOT_ALLOWED', connector: 'EXTERNAL_TASK_NOT_ALLOWED', connectorId: 'EXTERNAL_TASK_NOT_ALLOWED',
  errorEventDefinition: 'EXTERNAL_TASK_NOT_ALLOWED', field: 'FIELD_INJECTION_NOT_ALLOWED' }

/**
 * Walks a model's XML; returns [{ elementId, attribute, code, detail }] in document order (empty: nothing refused).
 * A file that is not well-formed XML gives one XML_MALFORMED problem.
 */
export function checkModelXml(xml, rules, DOMParserImpl = globalThis.DOMParser) {
  const document = new DOMParserImpl().parseFromString(xml, 'application/xml')
  const root = document.documentElement
  if (!root || root.getElementsByTagName('parsererror').length || root.localName === 'parsererror') {
    return [{ elementId: null, attribute: null, code: 'XML_MALFORMED' }]
  }
  const problems = []
  const add = (elementId, attribute, found) => found && problems.push({ elementId, attribute, code: found.rule, detail: found.detail })
  const extensions = rules.extensions || {}
  const textOf = (el) => {
    let text = ''
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 || c.nodeType === 4) text += c.nodeValue
    return text.trim()
  }
  const attributes = (el, owner, allowed) => {
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes[i]
      const ns = a.namespaceURI || null
      const local = a.localName || a.name
      if (ns === XMLNS || a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue
      let form = 'none'
      if (allowed) {
        const shown = qualified(el) + '@' + a.name
        if (ns || !(local in allowed)) { problems.push({ elementId: owner, attribute: shown, code: CLASS_ATTRIBUTES[local] || 'ATTRIBUTE_NOT_ALLOWED' }); continue }
        if (rules.freeText.includes(el.localName)) continue
        form = allowed[local]
      } else if (ns === CAMUNDA) {
        if (!(local in rules.attributes)) { problems.push({ elementId: owner, attribute: a.name, code: CLASS_ATTRIBUTES[local] || 'ATTRIBUTE_NOT_ALLOWED' }); continue }
        form = rules.attributes[local]
      } else if (!ns) {
        if (local === 'language' || local === 'scriptFormat') { problems.push({ elementId: owner, attribute: a.name, code: 'SCRIPT_NOT_ALLOWED' }); continue }
        if (local === 'expressionLanguage' && a.value !== 'http://www.w3.org/1999/XPath') { problems.push({ elementId: owner, attribute: a.name, code: 'SCRIPT_NOT_ALLOWED' }); continue }
      } else if (ns !== XSI && ns !== MODELER) {
        problems.push({ elementId: owner, attribute: a.name, code: 'ATTRIBUTE_NOT_ALLOWED' })
        continue
      }
      add(owner, allowed ? qualified(el) + '@' + a.name : a.name, checkExpression(a.value, form, rules))
    }
  }
  const text = (el, owner) => add(owner, qualified(el), checkExpression(textOf(el), rules.texts[el.localName] || 'none', rules))
  const visit = (el) => {
    const ns = el.namespaceURI
    const name = el.localName
    const owner = ownerId(el)
    if (DIAGRAM.has(ns)) return true
    if (ns === CAMUNDA) {
      const allowed = extensions[name]
      if (!allowed) { problems.push({ elementId: owner, attribute: qualified(el), code: EXTENSION_CODES[name] || 'EXTENSION_NOT_ALLOWED' }); return false }
      attributes(el, owner, allowed)
      text(el, owner)
      return true
    }
    if (ns !== BPMN) { problems.push({ elementId: owner, attribute: qualified(el), code: 'EXTENSION_NOT_ALLOWED' }); return false }
    if (BPMN_REFUSED.has(name)) { problems.push({ elementId: owner, attribute: qualified(el), code: name === 'script' ? 'SCRIPT_NOT_ALLOWED' : 'ASSIGNMENT_NOT_ALLOWED' }); return false }
    if (!rules.bpmn.includes(name)) {
      if (name === 'scriptTask') problems.push({ elementId: owner, attribute: 'bpmn:scriptTask', code: 'SCRIPT_NOT_ALLOWED' })
      else problems.push({ elementId: owner, attribute: qualified(el), code: 'ELEMENT_TYPE_NOT_ALLOWED' })
      return false
    }
    attributes(el, owner, null)
    if (!rules.freeText.includes(name)) text(el, owner)
    return true
  }
  const stack = [root]
  while (stack.length) {
    const el = stack.pop()
    if (visit(el)) {
      const children = []
      for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) children.push(c)
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
    }
  }
  return problems
}
