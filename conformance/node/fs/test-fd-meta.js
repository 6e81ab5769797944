// fstat, ftruncate, fsync, fdatasync, fchmod, fchown, futimes on a
// descriptor; link, readlink and chown on paths.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var h = require('./w-helpers');
var redo = h.redo, rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('fd-meta');
var f = path.join(dir, 'meta.txt');
fs.writeFileSync(f, 'abcdefgh');

var fd = fs.openSync(f, 'r+');
var st = fs.fstatSync(fd);
assert.ok(st instanceof fs.Stats);
assert.ok(st.isFile());
assert.strictEqual(st.size, 8);
assert.strictEqual(st.ino, fs.statSync(f).ino);
console.log('fstat');

fs.ftruncateSync(fd, 3);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
fs.ftruncateSync(fd, 5);
assert.deepEqual(Array.prototype.slice.call(fs.readFileSync(f)), [97, 98, 99, 0, 0]);
fs.truncateSync(fd, 4); // a number is a descriptor
assert.strictEqual(fs.fstatSync(fd).size, 4);
fs.ftruncateSync(fd);
assert.strictEqual(fs.fstatSync(fd).size, 0);
assert.throws(function () { fs.ftruncateSync(fd, 'x'); }, /^TypeError: Not an integer$/);
expectError(function () { fs.ftruncateSync(fd, -1); }, 'EINVAL', 'EINVAL, ftruncate');
console.log('ftruncate and truncate of a descriptor');

fs.writeSync(fd, 'synced', 0);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'synced');
console.log('fsync and fdatasync');

var mask = parseInt('777', 8);
fs.fchmodSync(fd, parseInt('600', 8));
assert.strictEqual(fs.statSync(f).mode & mask, parseInt('600', 8));
fs.fchmodSync(fd, '644');
assert.strictEqual(fs.fstatSync(fd).mode & mask, parseInt('644', 8));
console.log('fchmod with numeric and octal-string modes');

// Giving a file to its own owner is allowed without privileges.
st = fs.fstatSync(fd);
fs.fchownSync(fd, st.uid, st.gid);
fs.chownSync(f, st.uid, st.gid);
assert.strictEqual(fs.statSync(f).uid, st.uid);
assert.throws(function () { fs.fchownSync(fd, -1, st.gid); }, /^TypeError: uid must be an unsigned int$/);
assert.throws(function () { fs.chownSync(f, st.uid, 'staff'); }, /^TypeError: gid must be an unsigned int$/);
var missing = path.join(dir, 'missing');
expectError(function () { fs.chownSync(missing, st.uid, st.gid); },
  'ENOENT', "ENOENT, chown '" + missing + "'");
console.log('fchown and chown');

fs.futimesSync(fd, 1000000000, 1234567890);
st = fs.fstatSync(fd);
assert.strictEqual(st.atime.getTime(), 1000000000000);
assert.strictEqual(st.mtime.getTime(), 1234567890000);
fs.futimesSync(fd, new Date(1500000000500), new Date(1600000000250));
st = fs.statSync(f);
assert.strictEqual(st.mtime.getTime(), 1600000000250);
assert.throws(function () { fs.futimesSync(fd, 'later', 1); }, /Cannot parse time: later/);
console.log('futimes with seconds and Dates');

fs.closeSync(fd);
expectError(function () { fs.fchmodSync(fd, 420); }, 'EBADF', 'EBADF, fchmod');
expectError(function () { fs.futimesSync(fd, 1, 1); }, 'EBADF', 'EBADF, futime');
expectError(function () { fs.fdatasyncSync(fd); }, 'EBADF', 'EBADF, fdatasync');
console.log('closed descriptor errors');

// Hard links share the inode; creating one is not repeatable, so a re-run
// after a crash accepts the EEXIST its own first run causes.
var l = path.join(dir, 'hard.txt');
redo('EEXIST', function () { fs.linkSync(f, l); });
assert.strictEqual(fs.statSync(l).ino, fs.statSync(f).ino);
assert.strictEqual(fs.statSync(f).nlink, 2);
assert.strictEqual(fs.readFileSync(l, 'utf8'), 'synced');
expectError(function () { fs.linkSync(f, l); }, 'EEXIST', "EEXIST, link '" + l + "'");
expectError(function () { fs.linkSync(missing, path.join(dir, 'x')); },
  'ENOENT', "ENOENT, link '" + missing + "'");
console.log('link');

var s = path.join(dir, 'soft');
redo('EEXIST', function () { fs.symlinkSync('meta.txt', s); });
assert.strictEqual(fs.readlinkSync(s), 'meta.txt');
expectError(function () { fs.readlinkSync(f); }, 'EINVAL', "EINVAL, readlink '" + f + "'");
expectError(function () { fs.readlinkSync(missing); }, 'ENOENT', "ENOENT, readlink '" + missing + "'");
console.log('readlink');

fs.link(f, l, function (err) {
  assert.strictEqual(err.code, 'EEXIST');
  fs.readlink(s, function (err, target) {
    assert.strictEqual(err, null);
    assert.strictEqual(target, 'meta.txt');
    fs.chown(f, st.uid, st.gid, function (err) {
      assert.strictEqual(err, null);
      console.log('callback forms of link, readlink, chown');
      rmrf(dir);
      assert.strictEqual(fs.existsSync(dir), false);
      console.log('cleaned up');
    });
  });
});
