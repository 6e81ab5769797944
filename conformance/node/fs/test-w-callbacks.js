// The callback forms of the writes: the act happens at the call, the callback on a later turn.
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
var dir = path.join(os.tmpdir(), 'persha-w-callbacks-' + process.pid + '-' + Date.now());
redo('EEXIST', function () { fs.mkdirSync(dir); });
assert.ok(fs.statSync(dir).isDirectory());

var f = path.join(dir, 'f.txt');
var g = path.join(dir, 'g.txt');
var d = path.join(dir, 'd');
var l = path.join(dir, 'l');
var order = [];

// A crash re-runs the turn that made the call, repeating its act: `tolerate`
// accepts only the error that repeat causes (see `redo`).
function tolerate(err, code) {
  if (err && err.code !== code) throw err;
}

process.on('exit', function (code) {
  if (code === 0) assert.deepEqual(order, ['sync', 'tick', 'writeFile']);
});

fs.writeFile(f, 'one', function (err) {
  assert.strictEqual(err, null);
  order.push('writeFile');
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'one');
  console.log('writeFile called back');
  fs.appendFile(f, new Buffer('two'), function (err) {
    assert.strictEqual(err, null);
    assert.ok(/^one(two)+$/.test(fs.readFileSync(f, 'utf8')));
    console.log('appendFile called back');
    fs.mkdir(d, function (err) {
      tolerate(err, 'EEXIST');
      assert.ok(fs.statSync(d).isDirectory());
      console.log('mkdir called back');
      fs.mkdir(d, parseInt('755', 8), function (err) {
        assert.strictEqual(err.code, 'EEXIST');
        assert.strictEqual(err.message, "EEXIST, mkdir '" + d + "'");
        console.log('mkdir error delivered');
        steps2();
      });
    });
  });
});
process.nextTick(function () { order.push('tick'); });
order.push('sync');

function steps2() {
  fs.rename(f, g, function (err) {
    tolerate(err, 'ENOENT');
    assert.ok(fs.existsSync(g));
    assert.ok(!fs.existsSync(f));
    console.log('rename called back');
    fs.truncate(g, 2, function (err) {
      assert.strictEqual(err, null);
      assert.strictEqual(fs.readFileSync(g, 'utf8'), 'on');
      console.log('truncate called back');
      fs.chmod(g, parseInt('600', 8), function (err) {
        assert.strictEqual(err, null);
        assert.strictEqual(fs.statSync(g).mode & parseInt('777', 8), parseInt('600', 8));
        console.log('chmod called back');
        fs.utimes(g, 1000, new Date(2000000), function (err) {
          assert.strictEqual(err, null);
          assert.strictEqual(fs.statSync(g).mtime.getTime(), 2000000);
          console.log('utimes called back');
          steps3();
        });
      });
    });
  });
}

function steps3() {
  fs.symlink('g.txt', l, function (err) {
    tolerate(err, 'EEXIST');
    assert.strictEqual(fs.readFileSync(l, 'utf8'), 'on');
    console.log('symlink called back');
    fs.unlink(l, function (err) {
      tolerate(err, 'ENOENT');
      assert.ok(!fs.existsSync(l));
      console.log('unlink called back');
      fs.rmdir(dir, function (err) {
        assert.strictEqual(err.code, 'ENOTEMPTY');
        assert.strictEqual(err.message, "ENOTEMPTY, rmdir '" + dir + "'");
        console.log('rmdir error delivered');
        fs.unlink(path.join(dir, 'nope'), function (err) {
          assert.strictEqual(err.message, "ENOENT, unlink '" + path.join(dir, 'nope') + "'");
          console.log('unlink error delivered');
          rmrf(dir);
          assert.strictEqual(fs.existsSync(dir), false);
          console.log('cleaned up');
        });
      });
    });
  });
}
