var assert = require('assert');
var order = [];
process.nextTick(function (a, b) { order.push('t1' + a + b); process.nextTick(function () { order.push('t3'); }); }, 'x', 'y');
process.nextTick(function () { order.push('t2'); });
order.push('sync');
setImmediate(function () {
  assert.deepEqual(order, ['sync', 't1xy', 't2', 't3']);
  console.log('nextTick order and arguments ok');
});
assert.throws(function () { process.nextTick(null); }, TypeError);
