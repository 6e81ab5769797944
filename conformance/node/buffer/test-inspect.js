// inspect: <Buffer xx xx ...>, cut after INSPECT_MAX_BYTES bytes.
var assert = require('assert');
var buffer = require('buffer');
var util = require('util');
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
assert.strictEqual(new Buffer([1, 2, 0xab]).inspect(), '<Buffer 01 02 ab>');
assert.strictEqual(new Buffer(0).inspect(), '<Buffer >');
assert.strictEqual(util.inspect(new Buffer('hi')), '<Buffer 68 69>');
var big = new Buffer(51);
big.fill(0);
var s = big.inspect();
assert.strictEqual(s.slice(-9), ' 00 ... >');
assert.strictEqual(s.split(' ').filter(function (x) { return x === '00'; }).length, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(new Buffer([1, 2, 3]).inspect(), '<Buffer 01 02 ... >');
buffer.INSPECT_MAX_BYTES = 50;
console.log(new Buffer('inspect me'));
console.log({ b: new Buffer([7]) });
