// process.stdin is a Readable; with nothing on standard input (the harness
// gives /dev/null) it ends, and reading it does not keep the program alive
// past its end.
var assert = require('assert');
var stream = require('stream');

assert.ok(process.stdin instanceof stream.Readable, 'stdin is a Readable');
assert.strictEqual(process.stdin, process.stdin, 'created once');
assert.strictEqual(process.stdin.fd, 0);
var chunks = 0;
process.stdin.on('data', function () { chunks++; });
process.stdin.on('end', function () {
  console.log('stdin ended after ' + chunks + ' chunks');
  setTimeout(function () { console.log('loop still runs after end'); }, 5);
});
