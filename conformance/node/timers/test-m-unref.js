var assert = require('assert');
var fired = [];
var t = setTimeout(function () { fired.push('unref'); }, 5000);
assert.strictEqual(t.unref(), t);
setTimeout(function () { fired.push('ref'); }, 5);
process.on('exit', function () {
  assert.deepEqual(fired, ['ref']);
  console.log('unref timer did not keep the loop alive');
});
