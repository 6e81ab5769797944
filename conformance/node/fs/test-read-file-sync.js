// fs.readFileSync: Buffers, encodings, relative paths and v0.12's errors.
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var fixtures = path.join(__dirname, 'fixtures');
var hello = path.join(fixtures, 'hello.txt');

var buf = fs.readFileSync(hello);
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.length, 15);
assert.strictEqual(buf.toString(), 'Hello, persha!\n');
console.log('readFileSync gives a Buffer');

assert.strictEqual(fs.readFileSync(hello, 'utf8'), 'Hello, persha!\n');
assert.strictEqual(fs.readFileSync(hello, { encoding: 'base64' }), 'SGVsbG8sIHBlcnNoYSEK');
assert.strictEqual(fs.readFileSync(hello, { encoding: 'hex', flag: 'r' }),
  '48656c6c6f2c20706572736861210a');
assert.ok(Buffer.isBuffer(fs.readFileSync(hello, {})));
assert.ok(Buffer.isBuffer(fs.readFileSync(hello, null)));
var utf8 = fs.readFileSync(path.join(fixtures, 'utf8.txt'), 'utf8');
assert.strictEqual(utf8, 'h\u00e9llo w\u00f6rld \u2713\n');
assert.strictEqual(fs.readFileSync(path.join(fixtures, 'utf8.txt')).length, 18);
console.log('readFileSync encodings ok');

// Through a symlink, and relative to process.cwd().
assert.strictEqual(fs.readFileSync(path.join(fixtures, 'link-to-hello.txt'), 'ascii'),
  'Hello, persha!\n');
process.chdir(__dirname);
assert.strictEqual(fs.readFileSync('fixtures/hello.txt', 'utf8'), 'Hello, persha!\n');
process.chdir(path.join(fixtures, 'dir'));
assert.strictEqual(fs.readFileSync('a.txt', 'utf8'), 'alpha\n');
assert.strictEqual(fs.readFileSync('../dir/sub/c.txt', 'utf8'), 'gamma\n');
assert.deepEqual(JSON.parse(fs.readFileSync('b.json', 'utf8')), { name: 'b', n: 2 });
console.log('relative paths follow process.cwd()');

// A missing file: the error names the path as given.
try {
  fs.readFileSync('no-such-file.txt');
  assert.fail('no error');
} catch (e) {
  assert.ok(e instanceof Error);
  assert.strictEqual(e.message, "ENOENT, open 'no-such-file.txt'");
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.errno, -2);
  assert.strictEqual(e.path, 'no-such-file.txt');
  console.log('ENOENT error shape ok');
}

// A directory opens, then fails to read.
try {
  fs.readFileSync(fixtures);
  assert.fail('no error');
} catch (e) {
  assert.strictEqual(e.message, 'EISDIR, read');
  assert.strictEqual(e.code, 'EISDIR');
  assert.strictEqual(e.errno, -21);
  console.log('EISDIR error shape ok');
}

// A path through a file.
assert.throws(function () { fs.readFileSync(path.join(hello, 'x')); }, function (e) {
  return e.code === 'ENOTDIR' && e.errno === -20;
});
console.log('ENOTDIR ok');

assert.throws(function () { fs.readFileSync(hello, 'klingon'); }, /Unknown encoding: klingon/);
assert.throws(function () { fs.readFileSync(hello, 42); }, TypeError);
assert.throws(function () { fs.readFileSync(42); }, /path must be a string/);
assert.throws(function () { fs.readFileSync('a\u0000b'); }, function (e) {
  return e.message === 'Path must be a string without null bytes.' && e.code === 'ENOENT';
});
console.log('bad arguments ok');
