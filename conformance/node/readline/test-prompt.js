// setPrompt/prompt in non-terminal mode write the prompt as is; prompt()
// resumes a paused interface; a typical prompt loop over several turns.
var assert = require('assert');
var readline = require('readline');
var stream = require('stream');

var output = new stream.Writable({ decodeStrings: false });
output.data = '';
output._write = function (chunk, enc, cb) { output.data += chunk; cb(); };
var input = new stream.PassThrough();
var rl = readline.createInterface(input, output, undefined, false);

var resumed = 0;
rl.on('resume', function () { resumed++; });
rl.pause();
rl.setPrompt('calc> ');
rl.prompt();
assert.strictEqual(resumed, 1);
assert.strictEqual(output.data, 'calc> ');
console.log('prompt written and input resumed');

var total = 0;
rl.on('line', function (line) {
  var n = parseInt(line, 10);
  if (line === 'quit') return rl.close();
  total += n;
  console.log('added ' + n + ' total ' + total);
  rl.prompt();
});
rl.on('close', function () {
  assert.strictEqual(total, 60);
  assert.strictEqual(output.data, 'calc> calc> calc> calc> ');
  console.log('loop done');
});
var feed = ['10\n', '2', '0\n30', '\nquit\n'];
var i = 0;
(function next() {
  input.write(feed[i++]);
  if (i < feed.length) setTimeout(next, 4);
})();
