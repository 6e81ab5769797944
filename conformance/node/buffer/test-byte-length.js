// Buffer.byteLength per encoding.
var assert = require('assert');
assert.strictEqual(Buffer.byteLength('abc'), 3);
assert.strictEqual(Buffer.byteLength('\u00e9'), 2);
assert.strictEqual(Buffer.byteLength('\u20ac', 'utf8'), 3);
assert.strictEqual(Buffer.byteLength('\ud83d\ude00'), 4);
assert.strictEqual(Buffer.byteLength('abc', 'ascii'), 3);
assert.strictEqual(Buffer.byteLength('abc', 'binary'), 3);
assert.strictEqual(Buffer.byteLength('abc', 'ucs2'), 6);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('aGVsbA==', 'base64'), 4);
assert.strictEqual(Buffer.byteLength('aGVs', 'base64'), 3);
assert.strictEqual(Buffer.byteLength(123), 3);
console.log('byteLength ok');
