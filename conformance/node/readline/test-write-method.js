// rl.write(data[, key]): data as if typed (terminal) or read (not), and key
// objects for keys that have no byte sequence.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var output = new PassThrough();
output.resume();
var tin = new PassThrough();
var trl = readline.createInterface({ input: tin, output: output, terminal: true });
var tlines = [];
trl.on('line', function (l) { tlines.push(l); });

trl.write('first\nsecond half');
assert.deepEqual(tlines, ['first']);
assert.strictEqual(trl.line, 'second half');
console.log('terminal write types text');

trl.write(null, { ctrl: true, name: 'a' });
trl.write(null, { name: 'right' });
assert.strictEqual(trl.cursor, 1);
trl.write(null, { meta: true, name: 'f' });
assert.strictEqual(trl.cursor, 7);
trl.write(null, { ctrl: true, shift: true, name: 'backspace' });
assert.strictEqual(trl.line, 'half');
assert.strictEqual(trl.cursor, 0);
console.log('key objects edit the line');

setTimeout(function () {
  trl.write(null, { ctrl: true, name: 'e' });
  trl.write(null, { ctrl: true, name: 'w' });
  assert.strictEqual(trl.line, '');
  trl.write('x');
  trl.write(null, { name: 'enter' });
  assert.deepEqual(tlines, ['first', 'x']);
  console.log('enter key object ends the line');
  trl.pause();
  trl.write('y');
  assert.strictEqual(trl.paused, false);
  console.log('write resumes');
  trl.close();
  trl.write('ignored\n');
  assert.deepEqual(tlines, ['first', 'x']);
  console.log('write after close ignored');
}, 3);

var nin = new PassThrough();
var nrl = readline.createInterface({ input: nin, terminal: false });
var nlines = [];
nrl.on('line', function (l) { nlines.push(l); });
setTimeout(function () {
  nrl.write('one\ntw');
  nrl.write(new Buffer([0x6f, 0xe2, 0x82]));
  nrl.write(new Buffer([0xac, 0x0a]));
  assert.deepEqual(nlines, ['one', 'two€']);
  console.log('non-terminal write is read as input');
  nrl.close();
}, 6);
