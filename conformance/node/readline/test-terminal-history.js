// History: up/down (and Ctrl-P/N) walk the lines entered; repeated lines are
// kept once; historySize bounds it; empty lines are not recorded.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var output = new PassThrough();
output.resume();
var rl = readline.createInterface({ input: input, output: output, terminal: true,
  historySize: 3 });
assert.strictEqual(rl.historySize, 3);
var lines = [];
rl.on('line', function (l) { lines.push(l); });

var steps = [
  ['a1\r', function () { assert.deepEqual(rl.history, ['a1']); }],
  ['b2\r\r', function () { assert.deepEqual(rl.history, ['b2', 'a1']); }],
  ['b2\r', function () { assert.deepEqual(rl.history, ['b2', 'a1']); }],
  ['c3\rd4\r', function () { assert.deepEqual(rl.history, ['d4', 'c3', 'b2']); }],
  ['\x1b[A', function () { assert.strictEqual(rl.line, 'd4'); assert.strictEqual(rl.cursor, 2); }],
  ['\x1b[A\x1b[A', function () { assert.strictEqual(rl.line, 'b2'); }],
  ['\x1b[A', function () { assert.strictEqual(rl.line, 'b2'); }],
  ['\x1b[B', function () { assert.strictEqual(rl.line, 'c3'); }],
  ['\x0e', function () { assert.strictEqual(rl.line, 'd4'); }],
  ['\x0e', function () { assert.strictEqual(rl.line, ''); assert.strictEqual(rl.historyIndex, -1); }],
  ['\x10\x10x', function () { assert.strictEqual(rl.line, 'c3x'); }],
  ['\r', function () {
    assert.deepEqual(rl.history, ['c3x', 'd4', 'c3']);
    assert.strictEqual(rl.historyIndex, -1);
  }]
];
var k = 0;
(function run() {
  input.write(steps[k][0]);
  setTimeout(function () {
    steps[k][1]();
    console.log('step ' + k + ' history ' + rl.history.join(','));
    k++;
    if (k < steps.length) run();
    else {
      assert.deepEqual(lines, ['a1', 'b2', '', 'b2', 'c3', 'd4', 'c3x']);
      console.log('lines ok');
      rl.close();
    }
  }, 2);
})();
