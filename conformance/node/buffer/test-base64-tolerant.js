// base64 decoding skips whitespace and junk, accepts URL-safe characters,
// and stops at '='.
var assert = require('assert');
assert.strictEqual(new Buffer('aGVs\nbG8=', 'base64').toString(), 'hello');
assert.strictEqual(new Buffer(' a G V s b G 8 ', 'base64').toString(), 'hello');
assert.strictEqual(new Buffer('aGV*sbG8!', 'base64').toString(), 'hello');
assert.deepEqual(Array.prototype.slice.call(new Buffer('_-8', 'base64')), [0xff, 0xef]);
assert.deepEqual(Array.prototype.slice.call(new Buffer('/+8', 'base64')), [0xff, 0xef]);
assert.strictEqual(new Buffer('aGk=aGk=', 'base64').toString(), 'hi');
assert.strictEqual(new Buffer('QUJDR', 'base64').toString(), 'ABC');
console.log('tolerant base64 ok');
