// Ctrl-Z: 'SIGTSTP' listeners get it; without one, a later SIGCONT to the
// process emits 'pause' and 'SIGCONT' on the interface.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var output = new PassThrough();
output.resume();
var input = new PassThrough();
var rl = readline.createInterface({ input: input, output: output, terminal: true });
var events = [];
['pause', 'resume', 'SIGCONT'].forEach(function (name) {
  rl.on(name, function () { events.push(name); });
});
function onTstp() { events.push('SIGTSTP'); }
rl.on('SIGTSTP', onTstp);

var steps = [
  function () { input.write('abc\x1a'); },
  function () {
    assert.deepEqual(events, ['SIGTSTP']);
    assert.strictEqual(rl.line, 'abc');
    console.log('SIGTSTP listener called');
    rl.removeListener('SIGTSTP', onTstp);
    input.write('\x1a\x1a');
  },
  function () {
    assert.deepEqual(events, ['SIGTSTP']);
    assert.strictEqual(process.listeners('SIGCONT').length, 1);
    console.log('waiting for SIGCONT');
    rl.once('SIGCONT', function () { setImmediate(last); });
    process.kill(process.pid, 'SIGCONT'); // delivered on a later turn
  }
];
function last() {
  assert.deepEqual(events, ['SIGTSTP', 'pause', 'SIGCONT']);
  assert.strictEqual(process.listeners('SIGCONT').length, 0);
  assert.strictEqual(rl.line, 'abc');
  console.log('SIGCONT emitted after pause');
  rl.resume();
  rl.close();
}
var k = 0;
(function run() {
  steps[k++]();
  if (k < steps.length) setTimeout(run, 3);
})();
