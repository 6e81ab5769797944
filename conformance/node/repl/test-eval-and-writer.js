// Each line is evaluated and its value written with the writer
// (util.inspect by default), then the prompt.
var assert = require('assert');
var util = require('util');
var h = require('./repl-helpers');

var s = h.session({ prompt: 'js> ' });
assert.strictEqual(s.take(), 'js> ');
console.log('the prompt is written at start');

var colored = h.session({ prompt: '', useColors: true });
var custom = h.session({
  prompt: '$ ',
  writer: function (v) { return '<' + typeof v + ':' + String(v) + '>'; }
});
custom.take();

h.steps([
  function () {
    s.input.write('1 + 2\n');
  },
  function () {
    assert.strictEqual(s.take(), '3\njs> ');
    console.log('an expression prints its value');
    s.input.write("'a' + 'b'\n[1, [2, { x: null }]]\n");
  },
  function () {
    assert.strictEqual(s.take(), "'ab'\njs> [ 1, [ 2, { x: null } ] ]\njs> ");
    console.log('values are shown with util.inspect');
    s.input.write('var v = 7\nv * 6\n');
  },
  function () {
    assert.strictEqual(s.take(), 'undefined\njs> 42\njs> ');
    console.log('statements print undefined; their bindings stay');
    s.input.write('(function named() {})\n{ a: 1, b: [2] }\n');
  },
  function () {
    assert.strictEqual(s.take(), '[Function: named]\njs> { a: 1, b: [ 2 ] }\njs> ');
    console.log('braces alone are an object literal');
    s.input.write('{ var inBlock = 5; inBlock + 1 }\n');
  },
  function () {
    assert.strictEqual(s.take(), '6\njs> ');
    console.log('a block that is no object literal still runs');
    assert.strictEqual(s.server.writer, util.inspect);
    assert.strictEqual(s.server.useColors, false);
    colored.input.write('3\n');
  },
  function () {
    assert.strictEqual(colored.take(), '\u001b[33m3\u001b[39m\n');
    console.log('useColors colors the default writer');
    custom.input.write('1 + 1\n"x"\n');
  },
  function () {
    assert.strictEqual(custom.take(), '<number:2>\n$ <string:x>\n$ ');
    console.log('a custom writer formats every result');
  }
]);
