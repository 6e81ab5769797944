var assert = require('assert');
var w = require('path').win32;
var cases = [
  [['c:/blah\\blah', 'd:/games', 'c:../a'], 'c:\\blah\\a'],
  [['E:\\Work', 'proj', '..\\lib\\x.js'], 'E:\\Work\\lib\\x.js'],
  [['C:\\a', 'C:\\b', 'c'], 'C:\\b\\c'],
  [['x:/one', 'y:\\two\\three', '\\four'], 'y:\\four'],
  [['k:/base', 'k:rel/dir//'], 'k:\\base\\rel\\dir'],
  [['\\\\srv\\share\\a', 'b'], '\\\\srv\\share\\a\\b'],
  [['//srv/share', '..', 'up\\'], '\\\\srv\\share\\up'],
  [['C:\\a', 'c:b'], 'c:\\a\\b']
];
cases.forEach(function (c) {
  assert.strictEqual(w.resolve.apply(w, c[0]), c[1], 'win32.resolve ' + JSON.stringify(c[0]));
});
console.log('win32 resolve cases: ' + cases.length);
// A drive-relative path with no known cwd for that drive starts at its root.
assert.strictEqual(w.resolve('C:\\Foo', 'Q:bar'), 'Q:\\bar');
console.log('win32 resolve drive-relative');
// Without any device the process cwd is used, as in v0.12 on any host.
var expected = w.normalize(process.cwd() + '\\rel');
assert.strictEqual(w.resolve('rel'), expected);
console.log('win32 resolve falls back to process.cwd()');
assert.throws(function () { w.resolve(123); }, function (e) {
  return e instanceof TypeError && e.message === 'Arguments to path.resolve must be strings';
});
console.log('win32 resolve rejects non-strings');
