// Buffer is a global, the same as require('buffer').Buffer.
var assert = require('assert');
assert.strictEqual(typeof Buffer, 'function');
assert.strictEqual(global.Buffer, require('buffer').Buffer);
assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(new Buffer(1).constructor, Buffer);
console.log('global Buffer ok');
