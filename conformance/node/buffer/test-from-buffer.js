// new Buffer(buffer) copies: the two do not share memory.
var assert = require('assert');
var a = new Buffer('abc');
var b = new Buffer(a);
assert.strictEqual(b.toString(), 'abc');
b[0] = 0x7a;
assert.strictEqual(a.toString(), 'abc');
assert.strictEqual(b.toString(), 'zbc');
console.log('copy ok');
