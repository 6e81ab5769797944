// err.stack in V8's format: a "Name: message" header, then "    at" frames.
var assert = require('assert');
function makeError() { return new Error('boom'); }
var e = makeError();
var lines = e.stack.split('\n');
assert.strictEqual(lines[0], 'Error: boom');
assert.ok(/^    at makeError \(.*test-m-stack-format\.js:3:\d+\)$/.test(lines[1]), lines[1]);
assert.ok(/^    at .*test-m-stack-format\.js:4:\d+$/.test(lines[2]), lines[2]);
console.log('named frame, then anonymous top-level frame');
assert.ok(!/node:/.test(e.stack), 'no persha-internal frames');
console.log('no internal frames');
var t = new TypeError('typed');
assert.strictEqual(t.stack.split('\n')[0], 'TypeError: typed');
var empty = new Error();
assert.strictEqual(empty.stack.split('\n')[0], 'Error');
console.log('headers for TypeError and empty message');
try { null.x; } catch (err) {
  assert.ok(/^TypeError: /.test(err.stack), err.stack);
  assert.ok(/test-m-stack-format\.js:17:\d+/.test(err.stack), err.stack);
}
console.log('engine-thrown errors get the same format');
