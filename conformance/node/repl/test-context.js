// Without useGlobal each REPL evaluates in its own context: names it
// declares or assigns stay there, while the globals (process, Buffer,
// timers, later additions) read through. persha emulates contexts on the one
// real global (see vm.js): built-ins such as Object are shared.
var assert = require('assert');
var h = require('./repl-helpers');

var s = h.session({ prompt: '> ' });
var other = h.session({ prompt: '2> ' });
var g = h.session({ prompt: 'g> ', useGlobal: true });
s.take();
other.take();
g.take();
var ctx = s.server.context;

h.steps([
  function () {
    s.input.write('var x = 1; function f() { return x + 1 } y = 3; this.z = 4; f()\n');
  },
  function () {
    assert.strictEqual(s.take(), '2\n> ');
    assert.strictEqual(ctx.x, 1);
    assert.strictEqual(typeof ctx.f, 'function');
    assert.strictEqual(ctx.y, 3);
    assert.strictEqual(ctx.z, 4);
    ['x', 'f', 'y', 'z'].forEach(function (name) {
      assert.strictEqual(Object.prototype.hasOwnProperty.call(global, name), false, name);
    });
    console.log('declared and assigned names stay in the context');
    other.input.write('typeof x + typeof f + typeof y\n');
  },
  function () {
    assert.strictEqual(other.take(), "'undefinedundefinedundefined'\n2> ");
    console.log('each REPL has its own context');
    global.addedLater = 'late';
    s.input.write('[typeof process.nextTick, typeof Buffer, typeof setTimeout, addedLater]\n');
  },
  function () {
    assert.strictEqual(s.take(), "[ 'function', 'function', 'function', 'late' ]\n> ");
    console.log('globals read through the context');
    s.input.write('process = "mine"; global === this && global.x === 1\n');
  },
  function () {
    assert.strictEqual(s.take(), 'true\n> ');
    assert.strictEqual(ctx.process, 'mine');
    assert.strictEqual(typeof global.process, 'object');
    console.log('assigning a global name shadows it in the context only');
    s.input.write('require("path").join("a", "b") + " " + path.sep + " " + typeof module\n');
  },
  function () {
    assert.strictEqual(s.take(), "'a/b / object'\n> ");
    assert.strictEqual(Object.getOwnPropertyDescriptor(ctx, 'path').value, require('path'));
    console.log('require, module and the core modules are available');
    s.input.write('console.log("to the repl output", 1)\n');
  },
  function () {
    assert.strictEqual(s.take(), 'to the repl output 1\nundefined\n> ');
    console.log("the context's console writes to the REPL's output");
    g.input.write('var gv = 10; function gf() { return gv }\n');
  },
  function () {
    assert.strictEqual(g.take(), 'undefined\ng> ');
    assert.strictEqual(global.gv, 10);
    assert.strictEqual(global.gf(), 10);
    assert.strictEqual(g.server.context, global);
    console.log('useGlobal evaluates in the global scope');
  }
]);
