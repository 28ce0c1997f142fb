// One size format everywhere: the attachment lists (formatSize) and the server's timeline text
// (Attachments.sizeText, pinned to the same figures by AttachmentSizeTextTest).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatSize } from '../src/util.js'

test('sizes read as the timeline writes them', () => {
  assert.equal(formatSize(193), '193 B')
  assert.equal(formatSize(1023), '1023 B')
  assert.equal(formatSize(1024), '1.0 KB')
  assert.equal(formatSize(1536), '1.5 KB')
  assert.equal(formatSize(5 * 1024 * 1024), '5.0 MB')
})
