// Fails the build when the workbench shows a string that is not in the i18n catalogues:
//  - zh-CN.json and en.json must have exactly the same keys, none empty;
//  - every key the sources name (t('…'), $t('…'), te('…'), or any string literal starting with a catalogue
//    section such as 'ops.…') must exist in both;
//  - every code the pages offer as a choice (constants.js) must have its label in both;
//  - no Chinese text may sit in the sources outside the catalogues (it would not switch to English);
//  - the server's message bundles (messages.properties, messages_en.properties) agree the same way.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as constants from '../src/constants.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const src = join(root, 'src')
const zh = JSON.parse(readFileSync(join(src, 'locales/zh-CN.json'), 'utf8'))
const en = JSON.parse(readFileSync(join(src, 'locales/en.json'), 'utf8'))
const problems = []

function flatten(object, prefix = '', out = new Map()) {
  for (const [key, value] of Object.entries(object)) {
    const path = prefix ? prefix + '.' + key : key
    if (value && typeof value === 'object') flatten(value, path, out)
    else out.set(path, value)
  }
  return out
}
const catalogues = { 'zh-CN': flatten(zh), en: flatten(en) }
for (const [name, keys] of Object.entries(catalogues)) {
  const other = name === 'en' ? catalogues['zh-CN'] : catalogues.en
  const otherName = name === 'en' ? 'zh-CN' : 'en'
  for (const [key, value] of keys) {
    if (!other.has(key)) problems.push(`${otherName}.json lacks "${key}" (present in ${name}.json)`)
    if (typeof value !== 'string' || !value.trim()) problems.push(`${name}.json: "${key}" is empty`)
  }
}

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    if (statSync(path).isDirectory()) return f === 'locales' ? [] : files(path)
    return /\.(vue|js)$/.test(f) ? [path] : []
  })
}
const sections = new Set(Object.keys(zh))
const used = new Map()
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/
for (const file of files(src)) {
  const text = readFileSync(file, 'utf8')
  const name = relative(root, file)
  for (const m of text.matchAll(/\$?\b(?:t|te)\(\s*['"`]([^'"`$]+)['"`]\s*[,)]/g)) used.set(m[1], name)
  for (const m of text.matchAll(/'([a-z][A-Za-z]*(?:\.[A-Za-z0-9_-]+)+)'/g)) {
    if (sections.has(m[1].split('.')[0])) used.set(m[1], name)
  }
  text.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '').replace(/<!--.*?-->/g, '')
    if (CJK.test(code) && !/^\s*(\*|\/\*)/.test(line)) problems.push(`${name}:${i + 1}: text outside the catalogues: ${line.trim()}`)
  })
}
for (const [key, file] of used) {
  for (const [name, keys] of Object.entries(catalogues)) {
    if (!keys.has(key)) problems.push(`${name}.json lacks "${key}" (used in ${file})`)
  }
}
const groups = { PROCESSES: 'processes', TASK_KEYS: 'tasks', DUE_STATES: 'due', STATUSES: 'statuses', RELATIONS: 'relations', HUKOU: 'hukou', BENEFITS: 'benefits', ROLES: 'roles', LINES: 'lines' }
for (const [constant, group] of Object.entries(groups)) {
  for (const code of constants[constant]) {
    for (const [name, keys] of Object.entries(catalogues)) {
      if (!keys.has(group + '.' + code)) problems.push(`${name}.json lacks "${group}.${code}" (a choice in constants.${constant})`)
    }
  }
}

// The server's ProblemDetail texts (messages.properties, zh-CN, and messages_en.properties): same keys, none
// empty, the same {0} placeholders, no Chinese in the English bundle.
function properties(file) {
  const out = new Map()
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^\s+/, '')
    if (!line || line.startsWith('#') || line.startsWith('!')) continue
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].replace(/^\s+/, '')
    const m = line.match(/^((?:[^=:\s\\]|\\.)+)\s*[=:\s]\s*(.*)$/)
    if (!m) problems.push(`${relative(root, file)}:${i + 1}: not a key=value line`)
    else out.set(m[1], m[2].replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/\\(.)/g, '$1'))
  }
  return out
}
const bundles = join(root, '../server/src/main/resources')
const serverZh = properties(join(bundles, 'messages.properties'))
const serverEn = properties(join(bundles, 'messages_en.properties'))
const placeholders = (text) => [...new Set(text.match(/\{\d+\}/g) || [])].sort().join(',')
for (const [key, value] of serverZh) {
  if (!value.trim()) problems.push(`messages.properties: "${key}" is empty`)
  if (!serverEn.has(key)) problems.push(`messages_en.properties lacks "${key}" (present in messages.properties)`)
  else if (placeholders(value) !== placeholders(serverEn.get(key))) problems.push(`messages_en.properties: "${key}" has other placeholders than messages.properties`)
}
for (const [key, value] of serverEn) {
  if (!serverZh.has(key)) problems.push(`messages.properties lacks "${key}" (present in messages_en.properties)`)
  if (!value.trim()) problems.push(`messages_en.properties: "${key}" is empty`)
  if (CJK.test(value)) problems.push(`messages_en.properties: "${key}" holds Chinese: ${value}`)
}

if (problems.length) {
  console.error('i18n check failed:\n  ' + problems.join('\n  '))
  process.exit(1)
}
console.log(`i18n: ${used.size} keys used, ${catalogues['zh-CN'].size} in each catalogue, zh-CN and en agree; server messages: ${serverZh.size} in each bundle`)
