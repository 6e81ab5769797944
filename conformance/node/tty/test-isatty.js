// tty.isatty agrees with process.stdout/stderr.isTTY (both come from the
// start event); fds other than 0-2 are never terminals here.
var assert = require('assert');
var tty = require('tty');

assert.strictEqual(typeof tty.isatty(0), 'boolean');
assert.strictEqual(tty.isatty(1), process.stdout.isTTY === true);
assert.strictEqual(tty.isatty(2), process.stderr.isTTY === true);
assert.strictEqual(tty.isatty('1'), tty.isatty(1));
console.log('isatty agrees with process streams');

[3, 4, 100, -1, 2.5e10].forEach(function (fd) {
  assert.strictEqual(tty.isatty(fd), false, String(fd));
});
console.log('other fds are not ttys');

// Like v0.12's binding, the fd is read as an int32.
assert.strictEqual(tty.isatty(null), tty.isatty(0));
assert.strictEqual(tty.isatty('x'), tty.isatty(0));
assert.strictEqual(tty.isatty(1.9), tty.isatty(1));
console.log('fd argument coerced like v0.12');

// The conformance runner pipes stdout and stderr.
if (!process.env.PERSHA_TEST_ON_TTY) {
  assert.strictEqual(tty.isatty(1), false);
  assert.strictEqual(process.stdout.isTTY, undefined);
  assert.strictEqual(process.stdout.columns, undefined);
  assert.ok(!(process.stdout instanceof tty.WriteStream));
  console.log('piped stdout is not a tty');
}
