// An exception is printed as its stack (or the thrown value) and the prompt
// comes back. Exceptions thrown later by callbacks the input scheduled go to
// the same REPL (v0.12 runs the input in a domain), not to the program.
var assert = require('assert');
var h = require('./repl-helpers');

var s = h.session({ prompt: '> ' });
var g = h.session({ prompt: 'g> ', useGlobal: true });
s.take();
g.take();

function firstLine(out) {
  return out.split('\n')[0];
}

h.steps([
  function () {
    s.input.write('throw new Error("boom")\n');
  },
  function () {
    var out = s.take();
    assert.strictEqual(firstLine(out), 'Error: boom');
    assert.ok(/\n> $/.test(out), out);
    console.log('an error is printed with its stack');
    s.input.write('throw 5\n');
  },
  function () {
    assert.strictEqual(s.take(), '5\n> ');
    s.input.write('throw "plain"\n');
  },
  function () {
    assert.strictEqual(s.take(), 'plain\n> ');
    console.log('a thrown non-error value is printed as it is');
    s.input.write('null.prop\n');
  },
  function () {
    assert.strictEqual(firstLine(s.take()).indexOf('TypeError: '), 0);
    console.log('a TypeError is printed');
    g.input.write('notDefinedAnywhere + 1\n');
  },
  function () {
    var out = g.take();
    assert.strictEqual(firstLine(out).indexOf('ReferenceError: '), 0, out);
    console.log('an undeclared name is a ReferenceError');
    s.input.write('function thrower() { throw new RangeError("inner") }\nthrower()\n');
  },
  function () {
    var out = s.take();
    assert.strictEqual(out.indexOf('undefined\n> RangeError: inner\n'), 0, out);
    assert.ok(/\n> $/.test(out), out);
    console.log('errors from called functions too');
    s.input.write('setTimeout(function () { throw new Error("later") }, 1); 1\n');
  },
  function () {
    assert.strictEqual(s.take(), '1\n> ');
    setTimeout(afterTimer, 20);
  }
]);

function afterTimer() {
  var out = s.take();
  assert.strictEqual(firstLine(out), 'Error: later');
  assert.ok(/\n> $/.test(out), out);
  console.log('an error thrown by a timer the input set goes to the REPL');
  s.input.write('var EE = require("events"); var em = new EE(); ' +
    'em.on("go", function () { throw new Error("from listener") }); 2\n');
  setImmediate(function () {
    assert.strictEqual(s.take(), '2\n> ');
    // The throw unwinds this callback, as in Node: check in the next one.
    setImmediate(function () { s.server.context.em.emit('go'); });
    setTimeout(afterListener, 5);
  });
}

function afterListener() {
  var out = s.take();
  assert.strictEqual(firstLine(out), 'Error: from listener');
  assert.ok(/\n> $/.test(out), out);
  console.log('a listener added at the REPL reports to it');
  s.input.write('"alive"\n');
  setImmediate(function () {
    assert.strictEqual(s.take(), "'alive'\n> ");
    console.log('the session goes on');
  });
}
