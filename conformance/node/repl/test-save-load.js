// .save writes the lines entered so far to a file; .load evaluates a file's
// lines as if typed.
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');
var h = require('./repl-helpers');

// process.pid and Date.now() are journaled: the same name on every replay.
var file = path.join(os.tmpdir(), 'persha-repl-save-' + process.pid + '-' + Date.now() + '.js');
var missing = path.join(os.tmpdir(), 'persha-no-such-dir-' + process.pid, 'x.js');

var a = h.session({ prompt: 'a> ' });
var b = h.session({ prompt: 'b> ' });
a.take();
b.take();

h.steps([
  function () {
    a.input.write('var base = 3\nfunction sq(n) {\n  return n * n\n}\n');
  },
  function () {
    assert.strictEqual(a.take(), 'undefined\na> ... ... undefined\na> ');
    a.input.write('.save ' + file + '\n');
  },
  function () {
    assert.strictEqual(a.take(), 'Session saved to:' + file + '\na> ');
    assert.strictEqual(fs.readFileSync(file, 'utf8'),
      'var base = 3\nfunction sq(n) {\n  return n * n\n}\n');
    console.log('.save writes the evaluated lines');
    a.input.write('.save ' + missing + '\n');
  },
  function () {
    assert.strictEqual(a.take(), 'Failed to save:' + missing + '\na> ');
    console.log('a failed save is reported');
    b.input.write('.load ' + file + '\n');
  },
  function () {
    assert.strictEqual(b.take(), 'b> undefined\nb> ... ... undefined\nb> ');
    b.input.write('sq(base + 1)\n');
  },
  function () {
    assert.strictEqual(b.take(), '16\nb> ');
    console.log('.load evaluates the file in the session');
    b.input.write('.load ' + missing + '\n');
  },
  function () {
    assert.strictEqual(b.take(), 'Failed to load:' + missing + '\nb> ');
    console.log('a failed load is reported');
    try {
      fs.unlinkSync(file);
    } catch (e) {
      if (e.code !== 'ENOENT') throw e; // a re-run turn removed it already
    }
  }
]);
