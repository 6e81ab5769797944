// 'exit' is emitted on .exit, at the end of the input (after its last line,
// even one without a newline) and on a second Ctrl-C ('SIGINT') in a row:
// the REPL emits it from its own 'close' listener.
var assert = require('assert');
var h = require('./repl-helpers');

var a = h.session({ prompt: 'a> ' });
var b = h.session({ prompt: 'b> ' });
var c = h.session({ prompt: 'c> ' });
var events = [];
[['a', a], ['b', b], ['c', c]].forEach(function (pair) {
  pair[1].server.on('close', function () { events.push(pair[0] + ' close'); });
  pair[1].server.on('exit', function () { events.push(pair[0] + ' exit'); });
  pair[1].take();
});

h.steps([
  function () {
    a.input.write('1\n.exit\n2\n');
  },
  function () {
    assert.deepEqual(events, ['a exit', 'a close']);
    assert.strictEqual(a.take(), '1\na> ');
    assert.strictEqual(a.server.closed, true);
    console.log('.exit closes the REPL and emits exit');
    b.input.end('var last = 5\nlast + 1');
  },
  function () {
    assert.deepEqual(events, ['a exit', 'a close', 'b exit', 'b close']);
    assert.strictEqual(b.take(), 'undefined\nb> 6\nb> ');
    console.log('the end of the input evaluates the last line, then exits');
    c.input.write('if (1) {\n');
  },
  function () {
    assert.strictEqual(c.take(), '... ');
    c.server.emit('SIGINT');
    assert.strictEqual(c.take(), '\nc> ');
    assert.strictEqual(c.server.bufferedCommand, '');
    console.log('Ctrl-C drops a partial input');
    c.server.emit('SIGINT');
    assert.strictEqual(c.take(), '\n(^C again to quit)\nc> ');
    c.input.write('"still here"\n');
  },
  function () {
    assert.strictEqual(c.take(), "'still here'\nc> ");
    c.server.emit('SIGINT');
    assert.strictEqual(c.take(), '\n(^C again to quit)\nc> ');
    console.log('a line in between resets the warning');
    c.server.emit('SIGINT');
    assert.strictEqual(c.take(), '\n');
    assert.deepEqual(events.slice(4), ['c exit', 'c close']);
    console.log('a second Ctrl-C in a row exits');
  }
]);
