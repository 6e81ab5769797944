var assert = require('assert');
process.on('SIGUSR2', function () {
  console.log('got SIGUSR2 from self');
  process.removeAllListeners('SIGUSR2');
});
assert.strictEqual(process.kill(process.pid, 'SIGUSR2'), true);
assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(function () { process.kill(process.pid, 'SIGNOPE'); }, /Unknown signal/);
assert.throws(function () { process.kill(1, 'SIGTERM'); }, function (e) { return e.code === 'EPERM'; });
console.log('kill validated');
