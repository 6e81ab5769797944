// Word and line kills and word movement: Ctrl-K/U/W, Meta-B/F/D,
// Meta-Backspace, Ctrl-Left/Right, Ctrl-Shift-Backspace/Delete.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var output = new PassThrough();
output.resume();
var rl = readline.createInterface({ input: input, output: output, terminal: true });

function state() { return rl.line.slice(0, rl.cursor) + '|' + rl.line.slice(rl.cursor); }

var steps = [
  ['foo bar.baz  qux', 'foo bar.baz  qux|'],
  ['\x1bb', 'foo bar.baz  |qux'],        // meta-b
  ['\x1bb', 'foo bar.|baz  qux'],
  ['\x1bb', 'foo bar|.baz  qux'],
  ['\x1b[1;5D', 'foo |bar.baz  qux'],    // ctrl-left
  ['\x1bf', 'foo bar|.baz  qux'],        // meta-f
  ['\x1b[1;5C', 'foo bar.|baz  qux'],    // ctrl-right
  ['\x1bd', 'foo bar.|qux'],             // meta-d
  ['\x17', 'foo bar|qux'],               // ctrl-w
  ['\x17', 'foo |qux'],
  ['\x0b', 'foo |'],                     // ctrl-k
  ['one two', 'foo one two|'],
  ['\x1b\x7f', 'foo one |'],             // meta-backspace
  ['\x1b[D\x1b[D', 'foo on|e '],
  ['\x15', '|e '],                       // ctrl-u
  ['\x1b[C', 'e| '],
  ['\x1b[3;5~', 'e|'],                   // ctrl-delete: word right
  ['abc\x1b[D', 'eab|c'],
  ['\x1b[3;6~', 'eab|'],                 // ctrl-shift-delete: line right
  ['\x1b[D', 'ea|b'],
  ['\x1b[99~', 'ea|b'],                // unknown sequence: ignored
  ['\x0b\x15', '|']
];
var k = 0;
(function run() {
  var s = steps[k];
  input.write(s[0]);
  setTimeout(function () {
    assert.strictEqual(state(), s[1], 'step ' + k + ' ' + JSON.stringify(s[0]));
    console.log('step ' + k + ' ' + s[1]);
    k++;
    if (k < steps.length) run();
    else rl.close();
  }, 1);
})();
