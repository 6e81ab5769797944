// statSync / lstatSync and fs.Stats.
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var fixtures = path.join(__dirname, 'fixtures');

var st = fs.statSync(path.join(fixtures, 'hello.txt'));
assert.ok(st instanceof fs.Stats);
assert.strictEqual(st.isFile(), true);
assert.strictEqual(st.isDirectory(), false);
assert.strictEqual(st.isSymbolicLink(), false);
assert.strictEqual(st.isFIFO(), false);
assert.strictEqual(st.isSocket(), false);
assert.strictEqual(st.isBlockDevice(), false);
assert.strictEqual(st.isCharacterDevice(), false);
assert.strictEqual(st.size, 15);
console.log('stat of a file ok');

['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'blksize', 'blocks']
  .forEach(function (k) {
    assert.strictEqual(typeof st[k], 'number', k);
  });
['atime', 'mtime', 'ctime', 'birthtime'].forEach(function (k) {
  assert.ok(st[k] instanceof Date, k);
  assert.ok(st[k].getTime() > 0, k);
});
assert.strictEqual(st.mode & 0xf000, 0x8000);
assert.ok(st.nlink >= 1);
console.log('Stats fields ok');

var d = fs.statSync(fixtures);
assert.strictEqual(d.isDirectory(), true);
assert.strictEqual(d.isFile(), false);
console.log('stat of a directory ok');

// stat follows links, lstat does not.
var link = path.join(fixtures, 'link-to-hello.txt');
assert.strictEqual(fs.statSync(link).isFile(), true);
assert.strictEqual(fs.statSync(link).ino, st.ino);
var l = fs.lstatSync(link);
assert.strictEqual(l.isSymbolicLink(), true);
assert.strictEqual(l.isFile(), false);
assert.strictEqual(l.size, 'hello.txt'.length);
assert.strictEqual(fs.lstatSync(path.join(fixtures, 'link-to-dir')).isSymbolicLink(), true);
assert.strictEqual(fs.statSync(path.join(fixtures, 'link-to-dir')).isDirectory(), true);
assert.strictEqual(fs.lstatSync(path.join(fixtures, 'dangling-link')).isSymbolicLink(), true);
console.log('lstat of links ok');

// A character device.
assert.strictEqual(fs.statSync('/dev/null').isCharacterDevice(), true);
console.log('character device ok');

try {
  fs.statSync(path.join(fixtures, 'dangling-link'));
  assert.fail('no error');
} catch (e) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.errno, -2);
  assert.strictEqual(e.message, "ENOENT, stat '" + path.join(fixtures, 'dangling-link') + "'");
  console.log('stat of a dangling link fails');
}
process.chdir(fixtures);
assert.throws(function () { fs.lstatSync('nothing-here'); }, function (e) {
  return e.message === "ENOENT, lstat 'nothing-here'" && e.path === 'nothing-here';
});
assert.strictEqual(fs.statSync('dir').isDirectory(), true);
console.log('relative stat ok');

// The Stats constructor as v0.12 defines it.
var made = new fs.Stats(1, 0x41ed, 2, 3, 4, 5, 4096, 6, 7, 8, 1000, 2000, 3000, 4000);
assert.strictEqual(made.isDirectory(), true);
assert.strictEqual(made.ino, 6);
assert.strictEqual(made.mtime.getTime(), 2000);
assert.strictEqual(made.birthtime.getTime(), 4000);
console.log('Stats constructor ok');
