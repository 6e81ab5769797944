// Tab completion with a synchronous completer: one match is inserted; several
// are listed (groups separated by '') and their common prefix inserted.
var assert = require('assert');
var readline = require('readline');
var stream = require('stream');

var output = new stream.Writable({ decodeStrings: false });
output.data = '';
output._write = function (chunk, enc, cb) { output.data += chunk; cb(); };
var input = new stream.PassThrough();
var words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry'];
var asked = [];
function completer(line) {
  asked.push(line);
  var word = line.split(' ').pop();
  if (word === 'grp') return [['grp1', 'grp2', '', 'grpx'], word];
  var hits = words.filter(function (w) { return w.indexOf(word) === 0; });
  return [hits, word];
}
var rl = readline.createInterface({ input: input, output: output, completer: completer,
  terminal: true });
var events = [];
rl.on('pause', function () { events.push('pause'); });
rl.on('resume', function () { events.push('resume'); });

var steps = [
  function () { input.write('eat ch\t'); },
  function () {
    assert.deepEqual(asked, ['eat ch']);
    assert.strictEqual(rl.line, 'eat cherry');
    assert.deepEqual(events, ['pause', 'resume']);
    console.log('single match inserted');
    input.write(' a\t');
  },
  function () {
    assert.strictEqual(rl.line, 'eat cherry ap');
    var out = output.data;
    assert.ok(out.indexOf('\r\napple\r\napricot\r\n\r\n') !== -1, JSON.stringify(out));
    console.log('matches listed one per row');
    var redraw = '\x1b[1G\x1b[0J> eat cherry ap\x1b[16G';
    assert.strictEqual(out.slice(-redraw.length), redraw);
    console.log('line redrawn after the list');
    output.data = '';
    input.write('\x15zz\t');
  },
  function () {
    assert.strictEqual(rl.line, 'zz');
    assert.strictEqual(output.data.indexOf('\r\n'), -1);
    console.log('no match changes nothing');
    input.write('\x15grp\t');
  },
  function () {
    assert.ok(output.data.indexOf('grp1\r\ngrp2\r\n\r\ngrpx\r\n\r\n') !== -1,
      JSON.stringify(output.data));
    assert.strictEqual(rl.line, 'grp');
    console.log('groups listed separately');
    // Tab in the middle completes the text before the cursor.
    input.write('\x15b\t\x1b[D\x1b[D');
  },
  function () {
    assert.strictEqual(rl.line, 'b');
    assert.strictEqual(rl.cursor, 0);
    // Ctrl-U at the start kills nothing; 'x bl' goes before the 'b'.
    input.write('\x15x bl\x01\x06\x06\x06\x06\t');
  },
  function () {
    assert.strictEqual(asked[asked.length - 1], 'x bl');
    assert.strictEqual(rl.line, 'x blueberryb');
    assert.strictEqual(rl.cursor, 11);
    console.log('completion at the cursor');
    rl.close();
  }
];
var k = 0;
(function run() {
  steps[k++]();
  if (k < steps.length) setTimeout(run, 2);
})();
