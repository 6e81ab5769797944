// fs.mkdirSync / fs.rmdirSync and their errors.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

// Crash safety (kill -9, then restart): the act in flight at the kill is
// performed again when its turn re-runs. `redo` runs an act that is not
// idempotent and accepts only the error its own earlier success causes on
// such a repeat (EEXIST after mkdir/symlink, ENOENT after unlink/rmdir/
// rename); the assertions after it check the resulting state.
function redo(code, fn) {
  try {
    fn();
  } catch (e) {
    if (e.code !== code) throw e;
  }
}

// Remove a tree, tolerating entries a re-run turn already removed.
function rmrf(p) {
  var st;
  try {
    st = fs.lstatSync(p);
  } catch (e) {
    if (e.code === 'ENOENT') return;
    throw e;
  }
  if (st.isDirectory()) {
    fs.readdirSync(p).forEach(function (name) { rmrf(path.join(p, name)); });
    redo('ENOENT', function () { fs.rmdirSync(p); });
  } else {
    redo('ENOENT', function () { fs.unlinkSync(p); });
  }
}

function expectError(fn, code, message) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof Error);
    assert.strictEqual(e.code, code, e.message);
    assert.strictEqual(e.message, message);
    return e;
  }
  assert.fail('no ' + code);
}

// process.pid and Date.now() are journaled: the same name on every replay.
var dir = path.join(os.tmpdir(), 'persha-w-mkdir-rmdir-' + process.pid + '-' + Date.now());
redo('EEXIST', function () { fs.mkdirSync(dir); });
assert.ok(fs.statSync(dir).isDirectory());

var sub = path.join(dir, 'sub');
redo('EEXIST', function () { fs.mkdirSync(sub); });
assert.ok(fs.statSync(sub).isDirectory());
console.log('directory made');

expectError(function () { fs.mkdirSync(sub); }, 'EEXIST', "EEXIST, mkdir '" + sub + "'");
var deep = path.join(dir, 'a', 'b');
expectError(function () { fs.mkdirSync(deep); }, 'ENOENT', "ENOENT, mkdir '" + deep + "'");
var file = path.join(dir, 'file');
fs.writeFileSync(file, 'f');
var underFile = path.join(file, 'd');
expectError(function () { fs.mkdirSync(underFile); }, 'ENOTDIR', "ENOTDIR, mkdir '" + underFile + "'");
console.log('mkdir errors');

var priv = path.join(dir, 'priv');
redo('EEXIST', function () { fs.mkdirSync(priv, parseInt('700', 8)); });
assert.strictEqual(fs.statSync(priv).mode & parseInt('777', 8), parseInt('700', 8));
var str = path.join(dir, 'str');
redo('EEXIST', function () { fs.mkdirSync(str, '750'); });
assert.strictEqual(fs.statSync(str).mode & parseInt('777', 8), parseInt('750', 8));
console.log('mkdir modes, numeric and octal string');

fs.writeFileSync(path.join(sub, 'inside'), 'i');
var e = expectError(function () { fs.rmdirSync(sub); }, 'ENOTEMPTY', "ENOTEMPTY, rmdir '" + sub + "'");
assert.strictEqual(e.syscall, 'rmdir');
assert.strictEqual(e.path, sub);
expectError(function () { fs.rmdirSync(file); }, 'ENOTDIR', "ENOTDIR, rmdir '" + file + "'");
var gone = path.join(dir, 'gone');
expectError(function () { fs.rmdirSync(gone); }, 'ENOENT', "ENOENT, rmdir '" + gone + "'");
console.log('rmdir errors');

redo('ENOENT', function () { fs.unlinkSync(path.join(sub, 'inside')); });
redo('ENOENT', function () { fs.rmdirSync(sub); });
assert.strictEqual(fs.existsSync(sub), false);
console.log('empty directory removed');

var cwd = process.cwd();
process.chdir(dir);
redo('EEXIST', function () { fs.mkdirSync('rel'); });
process.chdir(cwd);
assert.ok(fs.statSync(path.join(dir, 'rel')).isDirectory());
console.log('relative mkdir resolved against cwd');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
