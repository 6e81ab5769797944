// Large conversions round-trip (done natively, not byte by byte).
var assert = require('assert');
var n = 1 << 16;
var b = new Buffer(n);
for (var i = 0; i < n; i += 97) b[i] = i & 255;
var hex = b.toString('hex');
assert.strictEqual(hex.length, 2 * n);
assert.ok(new Buffer(hex, 'hex').equals(b));
assert.ok(new Buffer(b.toString('base64'), 'base64').equals(b));
assert.ok(new Buffer(b.toString('binary'), 'binary').equals(b));
var text = new Array(2001).join('\u00e9a');
assert.strictEqual(new Buffer(text).toString(), text);
assert.strictEqual(new Buffer(text, 'ucs2').toString('ucs2'), text);
console.log('large ok');
