// hex: two digits per byte, either case in, lower case out.
var assert = require('assert');
var b = new Buffer('00FFa0', 'hex');
assert.deepEqual(Array.prototype.slice.call(b), [0, 255, 160]);
assert.strictEqual(b.toString('hex'), '00ffa0');
assert.throws(function () { new Buffer('abc', 'hex'); }, /Invalid hex string/);
assert.throws(function () { new Buffer('zz', 'hex'); }, TypeError);
assert.strictEqual(new Buffer('', 'hex').length, 0);
console.log(b.toString('hex'));
