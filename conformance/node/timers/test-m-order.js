var assert = require('assert');
var order = [];
setTimeout(function () { order.push('t10'); }, 10);
setTimeout(function () { order.push('t1'); }, 1);
setImmediate(function () { order.push('imm'); });
process.nextTick(function () { order.push('tick'); });
setTimeout(function (a, b) { order.push('args:' + a + b); }, 2, 'x', 'y');
var cleared = setTimeout(function () { order.push('cleared'); }, 3);
clearTimeout(cleared);
var n = 0;
var iv = setInterval(function () { if (++n === 3) { clearInterval(iv); order.push('iv3'); } }, 2);
process.on('exit', function () {
  assert.strictEqual(order[0], 'tick');
  assert.ok(order.indexOf('t1') < order.indexOf('t10'));
  assert.ok(order.indexOf('args:xy') >= 0 && order.indexOf('iv3') >= 0);
  assert.ok(order.indexOf('cleared') < 0);
  console.log('timer ordering ok');
});
