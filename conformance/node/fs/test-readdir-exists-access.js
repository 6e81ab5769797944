// readdirSync, existsSync and accessSync.
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var fixtures = path.join(__dirname, 'fixtures');

assert.deepEqual(fs.readdirSync(fixtures).sort(),
  ['dangling-link', 'dir', 'hello.txt', 'link-to-dir', 'link-to-hello.txt', 'utf8.txt']);
assert.deepEqual(fs.readdirSync(path.join(fixtures, 'dir')).sort(), ['a.txt', 'b.json', 'sub']);
assert.deepEqual(fs.readdirSync(path.join(fixtures, 'link-to-dir', 'sub')), ['c.txt']);
console.log('readdirSync ok');

assert.throws(function () { fs.readdirSync(path.join(fixtures, 'missing')); }, function (e) {
  return e.code === 'ENOENT' && e.errno === -2 &&
    e.message === "ENOENT, scandir '" + path.join(fixtures, 'missing') + "'";
});
assert.throws(function () { fs.readdirSync(path.join(fixtures, 'hello.txt')); }, function (e) {
  return e.code === 'ENOTDIR';
});
console.log('readdirSync errors ok');

assert.strictEqual(fs.existsSync(fixtures), true);
assert.strictEqual(fs.existsSync(path.join(fixtures, 'hello.txt')), true);
assert.strictEqual(fs.existsSync(path.join(fixtures, 'link-to-dir')), true);
assert.strictEqual(fs.existsSync(path.join(fixtures, 'dangling-link')), false);
assert.strictEqual(fs.existsSync(path.join(fixtures, 'nope')), false);
assert.strictEqual(fs.existsSync('a\u0000b'), false);
assert.strictEqual(fs.existsSync(), false);
console.log('existsSync ok');

assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(fs.W_OK, 2);
assert.strictEqual(fs.X_OK, 1);
assert.strictEqual(fs.accessSync(path.join(fixtures, 'hello.txt')), undefined);
fs.accessSync(path.join(fixtures, 'hello.txt'), fs.R_OK);
fs.accessSync(fixtures, fs.R_OK | fs.X_OK);
assert.throws(function () { fs.accessSync(path.join(fixtures, 'nope'), fs.R_OK); }, function (e) {
  return e.code === 'ENOENT' && e.message === "ENOENT, access '" + path.join(fixtures, 'nope') + "'";
});
console.log('accessSync ok');
