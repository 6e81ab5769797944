// An uncaught error prints its V8-format stack to stderr and exits 1;
// checked from 'exit' by reading what the handler saw.
var assert = require('assert');
process.on('uncaughtException', function (e) {
  assert.strictEqual(e.stack.split('\n')[0], 'Error: from a timer');
  assert.ok(/^    at fire \(.*test-m-uncaught-stack\.js:\d+:\d+\)$/.test(e.stack.split('\n')[1]));
  console.log('uncaught error has a V8 stack');
});
function fire() { throw new Error('from a timer'); }
setTimeout(fire, 1);
