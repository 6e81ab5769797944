// utf8 is the default encoding; multi-byte characters round-trip.
var assert = require('assert');
var s = 'h\u00e9llo \u20ac \ud83d\ude00 \u4e2d\u6587';
var b = new Buffer(s);
assert.strictEqual(b.length, Buffer.byteLength(s));
assert.strictEqual(b.toString(), s);
assert.strictEqual(b.toString('utf8'), s);
assert.strictEqual(b.toString('utf-8'), s);
assert.strictEqual(new Buffer(s, 'UTF8').toString(), s);
assert.strictEqual(new Buffer('\u20ac').toString('hex'), 'e282ac');
console.log(b.toString());
