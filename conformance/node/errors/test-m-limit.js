var assert = require('assert');
assert.strictEqual(Error.stackTraceLimit, 10);
function rec(n) { return n === 0 ? new Error('deep') : rec(n - 1); }
assert.strictEqual(rec(20).stack.split('\n').length, 11);
console.log('default limit is 10 frames');
Error.stackTraceLimit = 2;
assert.strictEqual(rec(20).stack.split('\n').length, 3);
Error.stackTraceLimit = 0;
assert.strictEqual(rec(5).stack, 'Error: deep');
console.log('limit 2 and 0 honoured');
Error.stackTraceLimit = 30;
assert.strictEqual(rec(20).stack.split('\n').length, 23);
console.log('limit 30 shows the whole stack');
Error.stackTraceLimit = 10;
