// The exact redraw sequences: inserting mid-line redraws, moving the cursor
// writes a relative move, wide characters count two cells, and a line
// longer than the terminal wraps onto further rows.
var assert = require('assert');
var readline = require('readline');
var stream = require('stream');

var output = new stream.Writable({ decodeStrings: false });
output.data = '';
output.columns = 10;
output._write = function (chunk, enc, cb) { output.data += chunk; cb(); };
var input = new stream.PassThrough();
var rl = readline.createInterface({ input: input, output: output, terminal: true });
rl.setPrompt('$ ');

function take() { var d = output.data; output.data = ''; return d; }

var steps = [
  function () { input.write('abc'); },
  function () {
    assert.strictEqual(take(), 'abc');
    input.write('\x1b[D\x1b[D');
  },
  function () {
    assert.strictEqual(take(), '\x1b[1D\x1b[1D');
    console.log('cursor moves are relative');
    input.write('X');
  },
  function () {
    assert.strictEqual(take(), '\x1b[1G\x1b[0J$ aXbc\x1b[5G');
    console.log('mid-line insert redraws');
    input.write('\x05日本');
  },
  function () {
    assert.strictEqual(rl.line, 'aXbc日本');
    assert.deepEqual(rl._getCursorPos(), { cols: 0, rows: 1 });
    assert.strictEqual(take(), '\x1b[2C日\x1b[1G\x1b[0J$ aXbc日本 \x1b[1G');
    console.log('wide characters fill the row');
    input.write('\x1b[D');
  },
  function () {
    // Back over a wide character onto the previous row: a full redraw.
    assert.deepEqual(rl._getCursorPos(), { cols: 8, rows: 0 });
    assert.strictEqual(take(), '\x1b[1A\x1b[1G\x1b[0J$ aXbc日本 \x1b[9G\x1b[1A');
    console.log('moving across rows redraws');
    input.write('\x05zz');
  },
  function () {
    assert.strictEqual(take(), '\x1b[1G\x1b[0J$ aXbc日本 \x1b[1Gzz');
    assert.deepEqual(rl._getCursorPos(), { cols: 2, rows: 1 });
    input.write('\r');
  },
  function () {
    assert.strictEqual(take(), '\r\n');
    assert.strictEqual(rl.prevRows, 0);
    console.log('enter moves to a fresh row');
    rl.prompt();
    assert.strictEqual(take(), '\x1b[1G\x1b[0J$ \x1b[3G');
    console.log('prompt on the new row');
    rl.close();
  }
];
var k = 0;
(function run() {
  steps[k++]();
  if (k < steps.length) setTimeout(run, 2);
})();
