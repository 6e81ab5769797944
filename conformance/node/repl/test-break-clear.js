// .break drops a partial input; .clear also gives a fresh context (and
// emits 'reset') unless the REPL uses the global one, where it is .break.
var assert = require('assert');
var h = require('./repl-helpers');

var s = h.session({ prompt: '> ' });
var resets = [];
s.server.on('reset', function (context) { resets.push(context); });
var first = s.server.context;
s.take();

var g = h.session({ prompt: 'g> ', useGlobal: true });
g.server.on('reset', function () { throw new Error('no reset with useGlobal'); });
g.take();

h.steps([
  function () {
    s.input.write('var kept = 1\nfunction f() {\n');
  },
  function () {
    assert.strictEqual(s.take(), 'undefined\n> ... ');
    assert.strictEqual(s.server.bufferedCommand, 'function f() {\n');
    s.input.write('.break\n');
  },
  function () {
    assert.strictEqual(s.take(), '> ');
    assert.strictEqual(s.server.bufferedCommand, '');
    console.log('.break drops the partial input');
    s.input.write('typeof f + " " + kept\n');
  },
  function () {
    assert.strictEqual(s.take(), "'undefined 1'\n> ");
    console.log('the context is untouched by .break');
    s.input.write('[\n.clear\n');
  },
  function () {
    assert.strictEqual(s.take(), '... Clearing context...\n> ');
    assert.strictEqual(resets.length, 1);
    assert.strictEqual(resets[0], s.server.context);
    assert.notStrictEqual(s.server.context, first);
    console.log(".clear emits 'reset' with a new context");
    s.input.write('typeof kept\n');
  },
  function () {
    assert.strictEqual(s.take(), "'undefined'\n> ");
    assert.strictEqual(first.kept, 1);
    console.log('the new context has none of the old names');
    g.input.write('var gkept = 2\n{\n.clear\ngkept\n');
  },
  function () {
    assert.strictEqual(g.take(), 'undefined\ng> ... g> 2\ng> ');
    assert.strictEqual(g.server.context, global);
    assert.strictEqual(global.gkept, 2);
    assert.strictEqual(g.server.commands.clear.help, 'Alias for .break');
    console.log('with useGlobal .clear only breaks');
  }
]);
