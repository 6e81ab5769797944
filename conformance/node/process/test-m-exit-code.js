var assert = require('assert');
process.on('exit', function (code) {
  assert.strictEqual(code, 0);
  console.log('exit code passed to listener');
});
process.exitCode = 0;
setTimeout(function () {
  process.exit();
  console.log('not reached');
}, 1);
