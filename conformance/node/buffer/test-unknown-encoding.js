// Unknown encodings are TypeErrors for write/toString/constructor; 'raw'
// is only known to isEncoding and byteLength.
var assert = require('assert');
var b = new Buffer(4);
assert.throws(function () { b.toString('bogus'); }, /Unknown encoding: bogus/);
assert.throws(function () { b.write('x', 'bogus'); }, TypeError);
assert.throws(function () { new Buffer('x', 'bogus'); }, TypeError);
assert.throws(function () { b.toString('raw'); }, TypeError);
assert.strictEqual(Buffer.byteLength('abc', 'raw'), 3);
console.log('unknown encodings rejected');
