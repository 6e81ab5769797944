// 'end' of the input emits the unterminated last line, then 'pause' and
// 'close' once; the interface's listeners are removed from the input.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var baseEnd = input.listeners('end').length; // Duplex's own
var rl = readline.createInterface({ input: input, output: null });
var events = [];
rl.on('line', function (l) { events.push('line:' + l); });
rl.on('pause', function () { events.push('pause'); });
rl.on('close', function () { events.push('close'); });

assert.strictEqual(input.listeners('data').length, 1);
assert.strictEqual(input.listeners('end').length, baseEnd + 1);
var ours = input.listeners('end')[baseEnd];

input.write('first\nsecond');
setTimeout(function () {
  assert.deepEqual(events, ['line:first']);
  console.log('tail held back');
  input.end(' half');
}, 5);
setTimeout(function () {
  assert.deepEqual(events, ['line:first', 'line:second half', 'pause', 'close']);
  console.log('tail emitted before close');
  assert.strictEqual(rl.closed, true);
  assert.strictEqual(input.listeners('data').length, 0);
  assert.strictEqual(input.listeners('end').indexOf(ours), -1);
  console.log('listeners removed');
  rl.close();
  rl.pause();
  assert.strictEqual(events.length, 4);
  console.log('close is emitted once');
}, 20);
