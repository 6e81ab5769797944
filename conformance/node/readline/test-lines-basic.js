// Non-terminal mode: 'line' for each \n, \r or \r\n, with chunks fed over
// several turns; the unfinished tail waits for the next chunk.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var rl = readline.createInterface({ input: input, terminal: false });
assert.strictEqual(rl.terminal, false);
var lines = [];
rl.on('line', function (line) {
  lines.push(line);
  console.log('line ' + lines.length + ': ' + JSON.stringify(line));
});

var chunks = ['alpha\nbe', 'ta\r\ngam', 'ma\rdelta\r', '\nepsilon', '\n\n', 'zeta\n'];
var i = 0;
function next() {
  if (i < chunks.length) {
    input.write(chunks[i++]);
    setTimeout(next, 3);
    return;
  }
  assert.deepEqual(lines, ['alpha', 'beta', 'gamma', 'delta', 'epsilon', '', 'zeta']);
  console.log('all lines split');
  rl.close();
}
setTimeout(next, 1);
rl.on('close', function () { console.log('closed'); });
