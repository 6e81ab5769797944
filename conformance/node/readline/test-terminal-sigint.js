// Ctrl-C emits 'SIGINT' when listened for, else closes; Ctrl-D closes only
// on an empty line.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

function make() {
  var input = new PassThrough();
  var output = new PassThrough();
  output.resume();
  return { input: input, rl: readline.createInterface({ input: input, output: output, terminal: true }) };
}

var a = make();
var sigints = 0;
a.rl.on('SIGINT', function () {
  sigints++;
  console.log('SIGINT ' + sigints + ' with line ' + JSON.stringify(a.rl.line));
});
a.rl.on('close', function () { console.log('a closed by ctrl-d'); });
a.input.write('typed\x03');
setTimeout(function () {
  assert.strictEqual(sigints, 1);
  assert.strictEqual(a.rl.closed, false);
  a.input.write('\x04'); // not empty: deletes under the cursor (nothing here)
}, 2);
setTimeout(function () {
  assert.strictEqual(a.rl.closed, false);
  assert.strictEqual(a.rl.line, 'typed');
  console.log('ctrl-d on a non-empty line does not close');
  a.input.write('\x15\x04');
}, 6);
setTimeout(function () {
  assert.strictEqual(a.rl.closed, true);
  assert.strictEqual(a.input._readableState.flowing, false);
  var b = make();
  var events = [];
  b.rl.on('pause', function () { events.push('pause'); });
  b.rl.on('close', function () { events.push('close'); });
  b.input.write('abc\x03');
  setTimeout(function () {
    assert.deepEqual(events, ['pause', 'close']);
    assert.strictEqual(b.rl.line, 'abc');
    console.log('ctrl-c without listener closes');
  }, 3);
}, 10);
