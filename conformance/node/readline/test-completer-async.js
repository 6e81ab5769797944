// A completer taking (line, callback) answers later; the interface is paused
// meanwhile and keys typed then are handled after the answer.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var output = new PassThrough();
output.resume();
var pending = null;
var rl = readline.createInterface({
  input: input,
  output: output,
  terminal: true,
  completer: function (line, cb) {
    console.log('completer asked for ' + JSON.stringify(line));
    pending = function () { cb(null, [['hello', 'help'], line]); };
  }
});
var events = [];
rl.on('pause', function () { events.push('pause'); });
rl.on('resume', function () { events.push('resume'); });

input.write('he\t');
setTimeout(function () {
  assert.strictEqual(typeof pending, 'function');
  assert.deepEqual(events, ['pause']);
  assert.strictEqual(rl.paused, true);
  console.log('paused while completing');
  input.write('!');
}, 3);
setTimeout(function () {
  assert.strictEqual(rl.line, 'he');
  console.log('typing waits for the completer');
  pending();
  assert.deepEqual(events, ['pause', 'resume']);
  assert.strictEqual(rl.line, 'hel');
  console.log('common prefix inserted');
}, 8);
setTimeout(function () {
  assert.strictEqual(rl.line, 'hel!');
  console.log('buffered key handled after resume');
  // An error from the completer changes nothing.
  rl.completer = function (line, cb) { cb(new Error('nope')); };
  input.write('\t');
}, 14);
setTimeout(function () {
  assert.strictEqual(rl.line, 'hel!');
  assert.deepEqual(events, ['pause', 'resume', 'pause', 'resume']);
  console.log('completer error ignored');
  rl.close();
}, 20);
