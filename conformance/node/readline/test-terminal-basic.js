// Terminal mode over plain streams: prompt() redraws the line, typed
// characters are echoed, Enter ("\r", "\n" or "\r\n") emits 'line'.
var assert = require('assert');
var readline = require('readline');
var stream = require('stream');

var output = new stream.Writable({ decodeStrings: false });
output.data = '';
output._write = function (chunk, enc, cb) { output.data += chunk; cb(); };
var input = new stream.PassThrough();
var rl = readline.createInterface({ input: input, output: output, terminal: true });
assert.strictEqual(rl.terminal, true);
assert.strictEqual(rl.columns, Infinity);
var lines = [];
rl.on('line', function (l) { lines.push(l); });

rl.setPrompt('js> ');
rl.prompt();
assert.strictEqual(output.data, '\x1b[1G\x1b[0Jjs> \x1b[5G');
console.log('prompt drawn');
output.data = '';

var steps = [
  function () { input.write('he'); },
  function () {
    assert.strictEqual(rl.line, 'he');
    assert.strictEqual(rl.cursor, 2);
    assert.strictEqual(output.data, 'he');
    console.log('characters echoed');
    input.write('llo\r');
  },
  function () {
    assert.deepEqual(lines, ['hello']);
    assert.strictEqual(rl.line, '');
    assert.strictEqual(rl.cursor, 0);
    assert.strictEqual(output.data, 'hello\r\n');
    console.log('return ends the line');
    input.write('\nsecond\n');
  },
  function () {
    assert.deepEqual(lines, ['hello', 'second']);
    console.log('crlf split across chunks is one line end');
    input.write('third\r\n\n');
  },
  function () {
    assert.deepEqual(lines, ['hello', 'second', 'third', '']);
    console.log('a lone newline is an empty line');
    input.end('unfinished');
  }
];
var k = 0;
(function run() {
  steps[k++]();
  if (k < steps.length) setTimeout(run, 3);
})();
rl.on('close', function () {
  assert.deepEqual(lines, ['hello', 'second', 'third', '', 'unfinished']);
  console.log('end emits the unfinished line and closes');
});
