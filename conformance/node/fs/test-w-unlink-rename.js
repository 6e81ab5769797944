// fs.unlinkSync / fs.renameSync and their errors.
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
var dir = path.join(os.tmpdir(), 'persha-w-unlink-rename-' + process.pid + '-' + Date.now());
redo('EEXIST', function () { fs.mkdirSync(dir); });
assert.ok(fs.statSync(dir).isDirectory());

var a = path.join(dir, 'a.txt');
var b = path.join(dir, 'b.txt');

fs.writeFileSync(a, 'A');
redo('ENOENT', function () { fs.unlinkSync(a); });
assert.strictEqual(fs.existsSync(a), false);
console.log('file unlinked');

expectError(function () { fs.unlinkSync(a); }, 'ENOENT', "ENOENT, unlink '" + a + "'");
var e = expectError(function () { fs.unlinkSync(dir); }, 'EISDIR', "EISDIR, unlink '" + dir + "'");
assert.strictEqual(e.syscall, 'unlink');
console.log('unlink errors');

// A re-run rename finds its source gone (ENOENT): the state checks decide.
fs.writeFileSync(a, 'A');
rmrf(b);
redo('ENOENT', function () { fs.renameSync(a, b); });
assert.strictEqual(fs.existsSync(a), false);
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'A');
console.log('file renamed');

fs.writeFileSync(a, 'new A');
fs.writeFileSync(b, 'old B');
redo('ENOENT', function () { fs.renameSync(a, b); });
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'new A');
assert.strictEqual(fs.existsSync(a), false);
console.log('rename replaces an existing file');

expectError(function () { fs.renameSync(a, b); }, 'ENOENT', "ENOENT, rename '" + a + "'");
var d1 = path.join(dir, 'd1');
var d2 = path.join(dir, 'd2');
redo('EEXIST', function () { fs.mkdirSync(d1); });
redo('EEXIST', function () { fs.mkdirSync(d2); });
fs.writeFileSync(path.join(d2, 'f'), 'f');
expectError(function () { fs.renameSync(d1, d2); }, 'ENOTEMPTY', "ENOTEMPTY, rename '" + d2 + "'");
expectError(function () { fs.renameSync(b, d2); }, 'EISDIR', "EISDIR, rename '" + b + "'");
console.log('rename errors name the path v0.12 names');

var d3 = path.join(dir, 'd3');
rmrf(d3);
redo('ENOENT', function () { fs.renameSync(d1, d3); });
assert.ok(fs.statSync(d3).isDirectory());
assert.strictEqual(fs.existsSync(d1), false);
console.log('directory renamed');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
