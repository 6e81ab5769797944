var assert = require('assert');
var caught = [];
process.on('uncaughtException', function (e) {
  caught.push(e.message);
});
setTimeout(function () { throw new Error('async failure'); }, 1);
process.nextTick(function () { throw new Error('tick failure'); });
process.on('exit', function (code) {
  assert.strictEqual(code, 0);
  assert.deepEqual(caught, ['tick failure', 'async failure']);
  console.log('uncaughtException handled both');
});
