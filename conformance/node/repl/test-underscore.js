// `_` holds the last value written; errors leave it alone; with
// ignoreUndefined an undefined result is neither written nor kept.
var assert = require('assert');
var h = require('./repl-helpers');

var s = h.session({ prompt: '> ' });
var quiet = h.session({ prompt: 'q> ', ignoreUndefined: true });
s.take();
quiet.take();

h.steps([
  function () {
    s.input.write('6 * 7\n_ + 1\n');
  },
  function () {
    assert.strictEqual(s.take(), '42\n> 43\n> ');
    assert.strictEqual(s.server.context._, 43);
    console.log('_ is the previous result');
    s.input.write('throw new Error("nope")\n_\n');
  },
  function () {
    var out = s.take();
    assert.ok(/^Error: nope\n/.test(out), out);
    assert.ok(/\n> 43\n> $/.test(out), out);
    console.log('an error does not change _');
    s.input.write('var nothing\n_\n');
  },
  function () {
    assert.strictEqual(s.take(), 'undefined\n> undefined\n> ');
    console.log('undefined is a result like any other');
    quiet.input.write('var a = 1\n"shown"\nvoid 0\n_\n');
  },
  function () {
    assert.strictEqual(quiet.take(), "q> 'shown'\nq> q> 'shown'\nq> ");
    assert.strictEqual(quiet.server.ignoreUndefined, true);
    assert.strictEqual(quiet.server.context._, 'shown');
    console.log('ignoreUndefined hides undefined and keeps _');
    assert.strictEqual(typeof global._, 'undefined');
    console.log('the contexts own their _');
  }
]);
