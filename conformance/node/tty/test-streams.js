// tty.ReadStream / tty.WriteStream: isTTY, window size, raw mode refused
// when standard input is no terminal (the suite runs with a pipe or null).
var assert = require('assert');
var tty = require('tty');
var EventEmitter = require('events');

assert.strictEqual(tty.WriteStream.prototype.isTTY, true);
assert.strictEqual(tty.ReadStream.prototype.isTTY, true);
console.log('prototypes say isTTY');

var rs = new tty.ReadStream(0);
assert.ok(rs instanceof tty.ReadStream);
assert.ok(rs instanceof EventEmitter);
assert.strictEqual(rs.isTTY, true);
assert.strictEqual(rs.isRaw, false);
assert.strictEqual(rs.fd, 0);
assert.throws(function () { rs.setRawMode(true); }, function (e) {
  return e instanceof Error && e.code === 'ENOTTY' && /ENOTTY/.test(e.message);
});
assert.strictEqual(rs.isRaw, false);
console.log('ReadStream setRawMode refused');

var ws = tty.WriteStream(1);
assert.ok(ws instanceof tty.WriteStream);
assert.ok(ws instanceof EventEmitter);
assert.strictEqual(ws.isTTY, true);
assert.strictEqual(ws.fd, 1);
assert.strictEqual(typeof ws.write, 'function');
// Columns only when fd 1 really is a terminal.
if (tty.isatty(1)) assert.strictEqual(typeof ws.columns, 'number');
else assert.strictEqual(ws.columns, undefined);
assert.deepEqual(ws.getWindowSize(), [ws.columns, ws.rows]);
assert.strictEqual(ws.write('written through a tty.WriteStream\n'), true);
console.log('WriteStream ok');

// The cursor helpers write ANSI sequences.
var seen = [];
ws.write = function (s) { seen.push(s); return true; };
ws.cursorTo(4);
ws.cursorTo(0, 2);
ws.moveCursor(-2, 3);
ws.clearLine(0);
ws.clearLine(-1);
ws.clearScreenDown();
assert.deepEqual(seen, ['\x1b[5G', '\x1b[3;1H', '\x1b[2D\x1b[3B', '\x1b[2K', '\x1b[1K',
  '\x1b[0J']);
console.log('cursor helpers ok');

assert.throws(function () { tty.setRawMode(true); }, /setRawMode/);
console.log('tty.setRawMode refused');
