// Multi-byte UTF-8 characters split across Buffers are decoded whole.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var rl = readline.createInterface({ input: input });
var lines = [];
rl.on('line', function (line) { lines.push(line); });

var bytes = new Buffer('héllo wörld\n€uro 😀 ok\n日本語\n', 'utf8');
var i = 0;
(function feed() {
  // One byte per write for the first 20 bytes, then the rest at once.
  if (i < 20) {
    input.write(bytes.slice(i, i + 1));
    i++;
    if (i % 5 === 0) console.log('fed ' + i + ' bytes');
    setImmediate(feed);
  } else {
    input.end(bytes.slice(i));
  }
})();
rl.on('close', function () {
  assert.deepEqual(lines, ['héllo wörld', '€uro 😀 ok', '日本語']);
  console.log('decoded ' + lines.length + ' lines');
});
