// fs.openSync with every v0.12 flag string, numeric flags and modes.
'use strict';
var assert = require('assert');
var constants = require('constants');
var fs = require('fs');
var path = require('path');

var h = require('./w-helpers');
var rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('fd-open-flags');

var O_RDONLY = constants.O_RDONLY, O_WRONLY = constants.O_WRONLY, O_RDWR = constants.O_RDWR;
var O_CREAT = constants.O_CREAT, O_EXCL = constants.O_EXCL, O_TRUNC = constants.O_TRUNC;
var O_APPEND = constants.O_APPEND, O_SYNC = constants.O_SYNC;

var expected = {
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL
};
Object.keys(expected).forEach(function (flag) {
  assert.strictEqual(fs._stringToFlags(flag), expected[flag], flag);
});
assert.strictEqual(fs._stringToFlags(O_RDWR | O_CREAT), O_RDWR | O_CREAT);
['rw', 'R', '', null].forEach(function (bad) {
  assert.throws(function () { fs._stringToFlags(bad); },
    function (e) { return e.message === 'Unknown file open flag: ' + bad; });
});
console.log('flag strings map to the O_ constants');

function read(fd) {
  var st = fs.fstatSync(fd);
  var b = new Buffer(st.size + 1);
  var n = fs.readSync(fd, b, 0, b.length, 0);
  return b.toString('utf8', 0, n);
}

var f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'abcdef');

// 'r', 'rs': read only, never create.
['r', 'rs', 'sr'].forEach(function (flag) {
  var fd = fs.openSync(f, flag);
  assert.strictEqual(typeof fd, 'number');
  assert.ok(fd > 2);
  assert.strictEqual(read(fd), 'abcdef');
  expectError(function () { fs.writeSync(fd, 'x'); }, 'EBADF', 'EBADF, write');
  fs.closeSync(fd);
});
var missing = path.join(dir, 'missing.txt');
expectError(function () { fs.openSync(missing, 'r'); }, 'ENOENT', "ENOENT, open '" + missing + "'");
expectError(function () { fs.openSync(missing, 'r+'); }, 'ENOENT', "ENOENT, open '" + missing + "'");
// The message names the path as given, not its absolute form.
expectError(function () { fs.openSync('no-such-dir-here/x', 'r'); },
  'ENOENT', "ENOENT, open 'no-such-dir-here/x'");
assert.strictEqual(fs.existsSync(missing), false);
console.log('r and rs read without creating');

// 'r+': read and write in place, no truncation.
['r+', 'rs+', 'sr+'].forEach(function (flag, i) {
  var fd = fs.openSync(f, flag);
  assert.strictEqual(fs.writeSync(fd, 'XY', i), 2);
  fs.closeSync(fd);
});
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'XXXYef');
console.log('r+ writes in place');

// 'w', 'w+': create or truncate.
fs.closeSync(fs.openSync(f, 'w'));
assert.strictEqual(fs.statSync(f).size, 0);
var g = path.join(dir, 'g.txt');
var fd = fs.openSync(g, 'w+');
fs.writeSync(fd, 'hello');
assert.strictEqual(read(fd), 'hello');
fs.closeSync(fd);
fd = fs.openSync(g, 'w');
expectError(function () { fs.readSync(fd, new Buffer(4), 0, 4, 0); }, 'EBADF', 'EBADF, read');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(g, 'utf8'), '');
console.log('w and w+ create and truncate');

// The exclusive forms fail on an existing file. (Creating with them is not
// repeatable: a crash that re-runs the turn would see EEXIST. Each file is
// created once, on a turn of its own, below.)
['wx', 'xw', 'wx+', 'xw+', 'ax', 'xa', 'ax+', 'xa+'].forEach(function (flag) {
  expectError(function () { fs.openSync(g, flag); }, 'EEXIST', "EEXIST, open '" + g + "'");
});
console.log('exclusive flags refuse an existing file');

// 'a', 'a+': writes go to the end, whatever position is given.
fs.writeFileSync(g, '123');
fd = fs.openSync(g, 'a');
fs.writeSync(fd, '45', 0);
fs.writeSync(fd, new Buffer('67'), 0, 2, 1);
fs.closeSync(fd);
// A crash can repeat the append in flight: the patterns allow for it.
assert.ok(/^123(45)+(67)+$/.test(fs.readFileSync(g, 'utf8')));
fd = fs.openSync(g, 'a+');
assert.strictEqual(read(fd), fs.readFileSync(g, 'utf8'));
fs.writeSync(fd, '8');
assert.ok(/^123(45)+(67)+8+$/.test(read(fd)));
fs.closeSync(fd);
console.log('a and a+ append');

// Numeric flags and modes (the umask applies when creating).
var umask = process.umask();
var n = path.join(dir, 'numeric.txt');
fd = fs.openSync(n, O_WRONLY | O_CREAT | O_TRUNC, parseInt('640', 8));
fs.writeSync(fd, 'num');
fs.closeSync(fd);
assert.strictEqual(fs.statSync(n).mode & parseInt('777', 8), parseInt('640', 8) & ~umask);
var m = path.join(dir, 'mode-string.txt');
fs.closeSync(fs.openSync(m, 'w', '600'));
assert.strictEqual(fs.statSync(m).mode & parseInt('777', 8), parseInt('600', 8) & ~umask);
fd = fs.openSync(n, O_RDONLY);
assert.strictEqual(read(fd), 'num');
fs.closeSync(fd);
console.log('numeric flags and modes');

// A directory opens for reading; reading it fails; writing to it cannot open.
fd = fs.openSync(dir, 'r');
assert.ok(fs.fstatSync(fd).isDirectory());
expectError(function () { fs.readSync(fd, new Buffer(4), 0, 4, null); }, 'EISDIR', 'EISDIR, read');
fs.closeSync(fd);
expectError(function () { fs.openSync(dir, 'w'); }, 'EISDIR', "EISDIR, open '" + dir + "'");
console.log('directories');

// Argument checks, as v0.12's binding makes them.
assert.throws(function () { fs.openSync(f); }, /^Error: Unknown file open flag: undefined$/);
assert.throws(function () { fs.openSync(f, 'z'); }, /Unknown file open flag: z/);
assert.throws(function () { fs.openSync(42, 'r'); }, /^TypeError: path must be a string$/);
assert.throws(function () { fs.openSync(f, 'r', 'rw'); }, /^TypeError: mode must be an int$/);
assert.throws(function () { fs.openSync(f + '\u0000x', 'r'); }, /null bytes/);
console.log('bad arguments');

// Creating with an exclusive flag, each on a turn of its own.
var exclusive = ['wx', 'xw+', 'ax', 'xa+'];
function nextExclusive(i) {
  if (i === exclusive.length) return finish();
  var p = path.join(dir, 'x' + i + '.txt');
  var fd;
  try {
    fd = fs.openSync(p, exclusive[i]);
  } catch (e) {
    // Only a re-run of this turn after a crash can find the file there.
    if (e.code !== 'EEXIST') throw e;
    fd = fs.openSync(p, exclusive[i].replace('x', ''));
  }
  fs.writeSync(fd, exclusive[i], 0);
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(p, 'utf8'), exclusive[i]);
  console.log('exclusive create with ' + exclusive[i]);
  setImmediate(nextExclusive, i + 1);
}
setImmediate(nextExclusive, 0);

function finish() {
  rmrf(dir);
  assert.strictEqual(fs.existsSync(dir), false);
  console.log('cleaned up');
}
