// pause()/resume() pause the input and emit 'pause'/'resume' once each;
// data written while paused arrives after resume(); write() resumes.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var rl = readline.createInterface(input);
var events = [];
rl.on('line', function (l) { events.push('line:' + l); });
rl.on('pause', function () { events.push('pause'); });
rl.on('resume', function () { events.push('resume'); });

assert.strictEqual(rl.pause(), rl);
rl.pause();
assert.deepEqual(events, ['pause']);
assert.strictEqual(rl.paused, true);
assert.strictEqual(input._readableState.flowing, false);
console.log('paused once');

input.write('while paused\n');
setTimeout(function () {
  assert.deepEqual(events, ['pause']);
  console.log('nothing delivered while paused');
  rl.resume();
  rl.resume();
  assert.deepEqual(events, ['pause', 'resume']);
  console.log('resumed once');
}, 5);
setTimeout(function () {
  assert.deepEqual(events, ['pause', 'resume', 'line:while paused']);
  console.log('buffered line delivered');
  rl.pause();
  rl.write('written\n');
  assert.deepEqual(events.slice(3), ['pause', 'resume', 'line:written']);
  console.log('write resumes and feeds a line');
  rl.close();
}, 15);
