// ucs2 / utf16le: two bytes per code unit, little-endian.
var assert = require('assert');
var b = new Buffer('ab\u20ac', 'ucs2');
assert.deepEqual(Array.prototype.slice.call(b), [0x61, 0, 0x62, 0, 0xac, 0x20]);
assert.strictEqual(b.toString('ucs2'), 'ab\u20ac');
['ucs-2', 'utf16le', 'utf-16le', 'UTF16LE'].forEach(function (e) {
  assert.strictEqual(new Buffer('xy', e).toString(e), 'xy');
});
// Odd trailing byte is ignored; lone surrogates survive both ways.
assert.strictEqual(new Buffer([0x61, 0, 0x62]).toString('ucs2'), 'a');
var lone = new Buffer('\udc00z\ud800', 'ucs2');
assert.strictEqual(lone.toString('hex'), '00dc7a0000d8');
var back = lone.toString('ucs2');
assert.strictEqual(back.length, 3);
assert.strictEqual(back.charCodeAt(0), 0xdc00);
assert.strictEqual(back.charCodeAt(2), 0xd800);
console.log('ucs2 ok');
