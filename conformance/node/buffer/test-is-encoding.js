// Buffer.isEncoding: case-insensitive, 'raw' included as in v0.12.
var assert = require('assert');
['hex', 'utf8', 'UTF-8', 'ascii', 'Binary', 'base64', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'raw']
  .forEach(function (e) { assert.strictEqual(Buffer.isEncoding(e), true, e); });
['latin1', 'utf16', '', 'nope', undefined, null, 1].forEach(function (e) {
  assert.strictEqual(Buffer.isEncoding(e), false, String(e));
});
console.log('isEncoding ok');
