// Error.captureStackTrace(obj[, fn]).
var assert = require('assert');
var o = {};
Error.captureStackTrace(o);
assert.ok(/^Error\n    at .*test-m-capture\.js:4:\d+/.test(o.stack), o.stack);
assert.deepEqual(Object.keys(o), []);
console.log('plain object gets a stack');
function outer() { return inner(); }
function inner() { var obj = { name: 'Custom', message: 'msg' }; Error.captureStackTrace(obj, inner); return obj; }
var c = outer();
var lines = c.stack.split('\n');
assert.strictEqual(lines[0], 'Custom: msg');
assert.ok(/^    at outer /.test(lines[1]), lines[1]);
assert.ok(c.stack.indexOf('at inner') < 0);
console.log('frames up to and including fn are dropped');
assert.throws(function () { Error.captureStackTrace(5); }, TypeError);
console.log('non-object rejected');
