// process.stdout and process.stderr are Writable streams that write at once;
// piping into stdout does not end it at the source's end.
var assert = require('assert');
var stream = require('stream');

assert.ok(process.stdout instanceof stream.Writable);
assert.ok(process.stderr instanceof stream.Writable);
assert.ok(process.stdout instanceof stream);
assert.strictEqual(process.stdout.writable, true);
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdout.write('direct write\n'), true);
var called = false;
process.stdout.write('write with callback\n', function () {
  called = true;
  console.log('callback after write');
});
assert.ok(!called, 'callback is asynchronous');
process.stdout.write(new Buffer('buffer write\n'));
process.stdout.write('6865782077726974650a', 'hex');
assert.throws(function () { process.stdout.end(); }, /cannot be closed/);
console.log('end throws');

var lines = ['piped one\n', 'piped two\n'];
var r = new stream.Readable();
r._read = function () {
  var self = this;
  setTimeout(function () { self.push(lines.length ? lines.shift() : null); }, 2);
};
r.on('end', function () {
  setTimeout(function () {
    assert.strictEqual(process.stdout._writableState.ending, false);
    console.log('stdout still open after pipe end');
  }, 2);
});
r.pipe(process.stdout);
