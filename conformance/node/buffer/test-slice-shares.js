// slice shares memory with the original, both ways.
var assert = require('assert');
var b = new Buffer('abcdef');
var s = b.slice(2, 4);
assert.strictEqual(s.toString(), 'cd');
s[0] = 0x43;
assert.strictEqual(b.toString(), 'abCdef');
b[3] = 0x44;
assert.strictEqual(s.toString(), 'CD');
var ss = s.slice(1);
ss[0] = 0x21;
assert.strictEqual(b.toString(), 'abC!ef');
assert.ok(Buffer.isBuffer(ss));
console.log('slices share memory');
