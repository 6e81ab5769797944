// fs.symlinkSync: relative and absolute targets, dangling links, errors.
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
var dir = path.join(os.tmpdir(), 'persha-w-symlink-' + process.pid + '-' + Date.now());
redo('EEXIST', function () { fs.mkdirSync(dir); });
assert.ok(fs.statSync(dir).isDirectory());

var target = path.join(dir, 'target.txt');
var link = path.join(dir, 'link');
fs.writeFileSync(target, 'through the link');

redo('EEXIST', function () { fs.symlinkSync('target.txt', link); });
assert.ok(fs.lstatSync(link).isSymbolicLink());
assert.ok(fs.statSync(link).isFile());
assert.strictEqual(fs.readFileSync(link, 'utf8'), 'through the link');
assert.strictEqual(fs.realpathSync(link), fs.realpathSync(target));
console.log('relative target stays relative to the link');

var abs = path.join(dir, 'abs');
redo('EEXIST', function () { fs.symlinkSync(target, abs, 'file'); });
assert.strictEqual(fs.readFileSync(abs, 'utf8'), 'through the link');
console.log('absolute target');

var dangling = path.join(dir, 'dangling');
redo('EEXIST', function () { fs.symlinkSync(path.join(dir, 'nowhere'), dangling); });
assert.ok(fs.lstatSync(dangling).isSymbolicLink());
assert.strictEqual(fs.existsSync(dangling), false);
console.log('dangling link');

expectError(function () { fs.symlinkSync('target.txt', link); }, 'EEXIST', "EEXIST, symlink '" + link + "'");
var nodir = path.join(dir, 'no', 'l');
expectError(function () { fs.symlinkSync('target.txt', nodir); }, 'ENOENT', "ENOENT, symlink 'target.txt'");
console.log('symlink errors name the path v0.12 names');

redo('ENOENT', function () { fs.unlinkSync(link); });
assert.strictEqual(fs.existsSync(link), false);
assert.strictEqual(fs.existsSync(target), true);
console.log('unlinking a link keeps its target');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
