// fs.appendFileSync: creates, appends, honours flags; checks tolerate a crash re-run doubling the append in flight.
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
var dir = path.join(os.tmpdir(), 'persha-w-append-file-' + process.pid + '-' + Date.now());
redo('EEXIST', function () { fs.mkdirSync(dir); });
assert.ok(fs.statSync(dir).isDirectory());

var f = path.join(dir, 'log.txt');

// Each append and its check share one turn; a kill -9 re-runs that turn and
// may repeat the append in flight, so the checks accept one or more copies.
fs.writeFileSync(f, 'base;');
fs.appendFileSync(f, 'one;');
assert.ok(/^base;(one;)+$/.test(fs.readFileSync(f, 'utf8')), fs.readFileSync(f, 'utf8'));
console.log('appended to an existing file');

var n = path.join(dir, 'new.txt');
rmrf(n);
fs.appendFileSync(n, new Buffer('ab'));
assert.ok(/^(ab)+$/.test(fs.readFileSync(n, 'utf8')));
console.log('append creates a missing file');

fs.writeFileSync(f, '');
fs.appendFileSync(f, '6869', 'hex');
fs.appendFileSync(f, { toString: function () { return '!'; } }, { encoding: 'utf8' });
assert.ok(/^(hi)+!+$/.test(fs.readFileSync(f, 'utf8')), fs.readFileSync(f, 'utf8'));
console.log('encodings and coercion in append');

fs.appendFileSync(f, 'W', { flag: 'w' });
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'W');
console.log('an explicit flag overrides a');

expectError(function () { fs.appendFileSync(f, 'z', { flag: 'ax' }); },
  'EEXIST', "EEXIST, open '" + f + "'");
var missing = path.join(dir, 'nodir', 'x');
expectError(function () { fs.appendFileSync(missing, 'z'); },
  'ENOENT', "ENOENT, open '" + missing + "'");
console.log('append errors in the v0.12 shape');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
