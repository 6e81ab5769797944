// realpathSync resolves links and relative paths; errors as v0.12's walk.
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var fixtures = fs.realpathSync(path.join(__dirname, 'fixtures'));
assert.strictEqual(path.isAbsolute ? path.isAbsolute(fixtures) : fixtures[0] === '/', true);

assert.strictEqual(fs.realpathSync(path.join(fixtures, 'link-to-hello.txt')),
  path.join(fixtures, 'hello.txt'));
assert.strictEqual(fs.realpathSync(path.join(fixtures, 'link-to-dir', 'sub', '..', 'a.txt')),
  path.join(fixtures, 'dir', 'a.txt'));
console.log('links resolved');

process.chdir(path.join(fixtures, 'dir'));
assert.strictEqual(fs.realpathSync('.'), path.join(fixtures, 'dir'));
assert.strictEqual(fs.realpathSync('../link-to-hello.txt'), path.join(fixtures, 'hello.txt'));
console.log('relative realpath ok');

var cache = {};
var target = path.join(fixtures, 'link-to-dir');
assert.strictEqual(fs.realpathSync(target, cache), path.join(fixtures, 'dir'));
assert.strictEqual(cache[target], path.join(fixtures, 'dir'));
cache[target] = '/from/the/cache';
assert.strictEqual(fs.realpathSync(target, cache), '/from/the/cache');
console.log('cache used');

try {
  fs.realpathSync(path.join(fixtures, 'nope', 'deeper'));
  assert.fail('no error');
} catch (e) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.errno, -2);
  assert.strictEqual(e.path, path.join(fixtures, 'nope'));
  assert.strictEqual(e.message, "ENOENT, lstat '" + path.join(fixtures, 'nope') + "'");
  console.log('missing component reported');
}
assert.throws(function () { fs.realpathSync(path.join(fixtures, 'dangling-link')); },
  function (e) { return e.code === 'ENOENT'; });
console.log('dangling link fails');
