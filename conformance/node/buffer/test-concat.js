// Buffer.concat(list[, totalLength]).
var assert = require('assert');
var a = new Buffer('ab'), b = new Buffer('cde');
var c = Buffer.concat([a, b]);
assert.strictEqual(c.toString(), 'abcde');
c[0] = 0x7a;
assert.strictEqual(a.toString(), 'ab', 'a copy');
assert.strictEqual(Buffer.concat([a, b], 3).toString(), 'abc');
var longer = Buffer.concat([a, b], 7);
assert.strictEqual(longer.length, 7);
assert.strictEqual(longer.toString('hex'), '61626364650000');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([a]), a, 'a single buffer is returned as is');
assert.throws(function () { Buffer.concat('ab'); }, /Usage: Buffer.concat\(list\[, length\]\)/);
console.log(c.toString());
