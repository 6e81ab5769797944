// question() writes the query, hands the next line to its callback instead
// of 'line', and restores the prompt.
var assert = require('assert');
var readline = require('readline');
var stream = require('stream');

var written = '';
var output = new stream.Writable({ decodeStrings: false });
output._write = function (chunk, enc, cb) { written += chunk; cb(); };
var input = new stream.PassThrough();
var rl = readline.createInterface({ input: input, output: output, terminal: false });
var lines = [];
rl.on('line', function (l) { lines.push(l); });

rl.setPrompt('$ ');
rl.question('name? ', function (answer) {
  console.log('answer ' + answer);
  assert.strictEqual(answer, 'persha');
  assert.strictEqual(rl._prompt, '$ ');
  assert.deepEqual(lines, []);
  setTimeout(second, 2);
});
assert.strictEqual(written, 'name? ');
console.log('query written');
// A second question while one is pending only re-prompts.
rl.question('ignored? ', function () { throw new Error('not called'); });
assert.strictEqual(written, 'name? name? ');
console.log('pending question re-prompted');
setTimeout(function () { input.write('per'); }, 2);
setTimeout(function () { input.write('sha\nnot an answer\n'); }, 6);

function second() {
  assert.deepEqual(lines, ['not an answer']);
  console.log('next line went to line listeners');
  rl.question('again? ', function (answer) {
    assert.strictEqual(answer, 'yes');
    console.log('second answer ' + answer);
    rl.prompt();
    assert.strictEqual(written, 'name? name? again? $ ');
    console.log('prompt restored');
    rl.close();
  });
  setTimeout(function () { input.write('yes\n'); }, 3);
}
