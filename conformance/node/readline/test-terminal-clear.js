// Ctrl-L clears the screen and redraws the line; a 'resize' of the output
// redraws it too; a prompt with escape sequences counts only its text.
var assert = require('assert');
var readline = require('readline');
var stream = require('stream');

var output = new stream.Writable({ decodeStrings: false });
output.data = '';
output._write = function (chunk, enc, cb) { output.data += chunk; cb(); };
var input = new stream.PassThrough();
var rl = readline.createInterface({ input: input, output: output, terminal: true });
rl.setPrompt('\x1b[32m>\x1b[39m ');
rl.prompt();
assert.strictEqual(output.data, '\x1b[1G\x1b[0J\x1b[32m>\x1b[39m \x1b[3G');
console.log('colored prompt measured by its text');
output.data = '';

input.write('ls');
setTimeout(function () {
  output.data = '';
  input.write('\x0c');
  setTimeout(function () {
    assert.strictEqual(output.data,
      '\x1b[1;1H\x1b[0J\x1b[1G\x1b[0J\x1b[32m>\x1b[39m ls\x1b[5G');
    console.log('ctrl-l clears and redraws');
    output.data = '';
    output.columns = 3;
    output.emit('resize');
    assert.strictEqual(output.data,
      '\x1b[1G\x1b[0J\x1b[32m>\x1b[39m ls\x1b[2G');
    assert.strictEqual(rl.prevRows, 1);
    console.log('resize redraws');
    rl.close();
    assert.strictEqual(output.listeners('resize').length, 0);
    console.log('resize listener removed');
  }, 3);
}, 3);
