// fs.readSync / fs.writeSync: buffer and legacy string forms, explicit and
// implicit positions, argument checks, the standard output descriptors.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var h = require('./w-helpers');
var rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('fd-read-write');
var f = path.join(dir, 'rw.txt');

var fd = fs.openSync(f, 'w+');

// Buffer form: (fd, buffer, offset, length, position) → bytes written.
var data = new Buffer('0123456789');
assert.strictEqual(fs.writeSync(fd, data, 0, 10, 0), 10);
assert.strictEqual(fs.writeSync(fd, data, 2, 3, 20), 3);
var st = fs.fstatSync(fd);
assert.strictEqual(st.size, 23);
var all = new Buffer(23);
assert.strictEqual(fs.readSync(fd, all, 0, 23, 0), 23);
assert.strictEqual(all.slice(0, 10).toString(), '0123456789');
assert.deepEqual(Array.prototype.slice.call(all, 10, 20), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
assert.strictEqual(all.slice(20).toString(), '234');
console.log('buffer writes at explicit positions, holes read as zeros');

// Reads into the middle of a buffer; at the end of the file they return 0.
var b = new Buffer('..........');
assert.strictEqual(fs.readSync(fd, b, 3, 4, 5), 4);
assert.strictEqual(b.toString(), '...5678...');
assert.strictEqual(fs.readSync(fd, b, 0, 5, 21), 2);
assert.strictEqual(fs.readSync(fd, b, 0, 5, 100), 0);
console.log('buffer reads at offsets and past the end');

fs.closeSync(fd);

// Without a position, reads and writes share one file position per
// descriptor, which explicit positions leave alone.
fd = fs.openSync(f, 'w+');
assert.strictEqual(fs.writeSync(fd, 'abc'), 3);
assert.strictEqual(fs.writeSync(fd, 'def', null), 3);
assert.strictEqual(fs.writeSync(fd, 'XY', 0), 2); // explicit: the position stays at 6
assert.strictEqual(fs.writeSync(fd, new Buffer('ghi'), 0, 3), 3);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'XYcdefghi');
b = new Buffer(4);
assert.strictEqual(fs.readSync(fd, b, 0, 4, null), 0); // at the end
assert.strictEqual(fs.readSync(fd, b, 0, 4, 1), 4);
assert.strictEqual(b.toString(), 'Ycde');
fs.closeSync(fd);
fd = fs.openSync(f, 'r');
b = new Buffer(4);
assert.strictEqual(fs.readSync(fd, b, 0, 4, null), 4);
assert.strictEqual(b.toString(), 'XYcd');
assert.strictEqual(fs.readSync(fd, b, 0, 2, undefined), 2);
assert.strictEqual(b.toString(), 'efcd');
assert.strictEqual(fs.readSync(fd, b, 0, 4, -1), 3); // negative: the current position
assert.strictEqual(b.toString('utf8', 0, 3), 'ghi');
fs.closeSync(fd);
console.log('implicit positions advance, explicit ones do not');

// String form: (fd, string[, position[, encoding]]) → bytes written.
fd = fs.openSync(f, 'w+');
assert.strictEqual(fs.writeSync(fd, 'h\u00e9llo'), 6);
assert.strictEqual(fs.writeSync(fd, '414243', null, 'hex'), 3);
assert.strictEqual(fs.writeSync(fd, 'Wg==', 0, 'base64'), 1);
assert.strictEqual(fs.writeSync(fd, 42), 2);
assert.strictEqual(fs.writeSync(fd, { toString: function () { return '!'; } }), 1);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'Z\u00e9lloABC42!');
console.log('string writes with positions and encodings');

// Legacy read form: (fd, length, position, encoding) → [string, bytesRead].
var r = fs.readSync(fd, 3, 0, 'utf8');
assert.deepEqual(r, ['Z\u00e9', 3]);
r = fs.readSync(fd, 4, 6, 'hex');
assert.deepEqual(r, ['41424334', 4]);
r = fs.readSync(fd, 8, 50, 'utf8');
assert.deepEqual(r, ['', 0]);
fs.closeSync(fd);
fd = fs.openSync(f, 'r');
assert.deepEqual(fs.readSync(fd, 1, null, 'utf8'), ['Z', 1]);
assert.deepEqual(fs.readSync(fd, 2, null, 'binary'), ['\u00c3\u00a9', 2]);
assert.throws(function () { fs.readSync(fd, 2, null, 'klingon'); }, /Unknown encoding: klingon/);
fs.closeSync(fd);
console.log('legacy string reads');

// Argument checks happen before any I/O, as in v0.12's binding.
fd = fs.openSync(f, 'r+');
b = new Buffer(5);
assert.throws(function () { fs.readSync('3', b, 0, 1, 0); }, /^TypeError: fd must be a file descriptor$/);
assert.throws(function () { fs.readSync(fd, b, 5, 1, 0); }, /^Error: Offset is out of bounds$/);
assert.throws(function () { fs.readSync(fd, b, 2, 4, 0); }, /^RangeError: Length extends beyond buffer$/);
assert.throws(function () { fs.writeSync(null, b, 0, 1); }, /^TypeError: First argument must be file descriptor$/);
assert.throws(function () { fs.writeSync(fd, b, 6, 0); }, /^RangeError: offset out of bounds$/);
assert.throws(function () { fs.writeSync(fd, b, 0, 6); }, /^RangeError: length out of bounds$/);
assert.throws(function () { fs.writeSync(fd, b, 3, 3); }, /^RangeError: off \+ len > buffer.length$/);
assert.throws(function () { fs.closeSync('x'); }, /^TypeError: Bad argument$/);
assert.throws(function () { fs.fstatSync(1.5); }, /^TypeError: fd must be a file descriptor$/);
console.log('argument checks');

// A closed descriptor, or one never opened, is EBADF.
fs.closeSync(fd);
expectError(function () { fs.readSync(fd, b, 0, 1, 0); }, 'EBADF', 'EBADF, read');
expectError(function () { fs.writeSync(fd, 'x'); }, 'EBADF', 'EBADF, write');
expectError(function () { fs.fstatSync(fd); }, 'EBADF', 'EBADF, fstat');
expectError(function () { fs.closeSync(fd); }, 'EBADF', 'EBADF, close');
expectError(function () { fs.ftruncateSync(9999); }, 'EBADF', 'EBADF, ftruncate');
var e = expectError(function () { fs.fsyncSync(9999); }, 'EBADF', 'EBADF, fsync');
assert.strictEqual(e.errno, -9);
assert.strictEqual(e.syscall, 'fsync');
console.log('EBADF for closed and unknown descriptors');

// Like the OS, the lowest free number is handed out again.
var a1 = fs.openSync(f, 'r');
var a2 = fs.openSync(f, 'r');
var a3 = fs.openSync(f, 'r');
assert.ok(a1 < a2 && a2 < a3);
fs.closeSync(a2);
assert.strictEqual(fs.openSync(f, 'r'), a2);
[a1, a2, a3].forEach(function (x) { fs.closeSync(x); });
console.log('descriptor numbers are reused after close');

// Descriptors 1 and 2 are the standard output and error streams.
console.log('before fd 1');
assert.strictEqual(fs.writeSync(1, 'written to fd 1\n'), 16);
assert.strictEqual(fs.writeSync(1, new Buffer('xx buffer to fd 1\n'), 3, 15), 15);
assert.strictEqual(fs.writeSync(2, 'written to fd 2 (stderr)\n'), 25);
console.log('after fd 1');
assert.ok(fs.fstatSync(1) instanceof fs.Stats);

// Large writes and reads.
fd = fs.openSync(f, 'w+');
var big = new Buffer(300000);
for (var i = 0; i < big.length; i++) big[i] = (i * 7) & 255;
var written = 0;
while (written < big.length) written += fs.writeSync(fd, big, written, big.length - written, null);
var back = new Buffer(big.length);
var got = 0;
while (got < back.length) {
  var n = fs.readSync(fd, back, got, back.length - got, got);
  assert.ok(n > 0);
  got += n;
}
assert.ok(back.equals(big));
fs.closeSync(fd);
console.log('300000 bytes out and back');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
