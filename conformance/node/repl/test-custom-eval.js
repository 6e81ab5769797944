// eval: function (cmd, context, filename, callback) replaces evaluation; its
// callback's value goes to the writer, its error is printed, and a
// repl.Recoverable asks for more lines.
var assert = require('assert');
var repl = require('repl');
var h = require('./repl-helpers');

var calls = [];
var pending = null;
var s = h.session({
  prompt: '? ',
  eval: function (cmd, context, filename, callback) {
    calls.push({ cmd: cmd, context: context, filename: filename, self: this });
    var text = cmd.trim();
    if (text === 'later') {
      pending = callback;
    } else if (text === 'fail') {
      callback(new Error('custom failure'));
    } else if (/\($/.test(text)) {
      callback(new repl.Recoverable(new SyntaxError('more')));
    } else if (text === 'throws') {
      throw new TypeError('thrown by eval');
    } else {
      callback(null, text.toUpperCase());
    }
  }
});
s.take();

h.steps([
  function () {
    s.input.write('hello\n');
  },
  function () {
    assert.strictEqual(s.take(), "'HELLO'\n? ");
    assert.strictEqual(calls.length, 1);
    assert.strictEqual(calls[0].cmd, 'hello\n');
    assert.strictEqual(calls[0].context, s.server.context);
    assert.strictEqual(calls[0].filename, 'repl');
    assert.strictEqual(calls[0].self, s.server);
    assert.strictEqual(s.server.context._, 'HELLO');
    console.log('the callback value is written and kept in _');
    s.input.write('later\n');
  },
  function () {
    assert.strictEqual(s.take(), '');
    console.log('nothing is written before the callback');
    pending(null, 99);
  },
  function () {
    assert.strictEqual(s.take(), '99\n? ');
    console.log('an asynchronous callback writes when called');
    s.input.write('fail\n');
  },
  function () {
    var out = s.take();
    assert.ok(/^Error: custom failure\n/.test(out), out);
    assert.ok(/\n\? $/.test(out), out);
    assert.strictEqual(s.server.context._, 99);
    console.log('an error passed to the callback is printed');
    s.input.write('f(\n');
  },
  function () {
    assert.strictEqual(s.take(), '... ');
    s.input.write('1)\n');
  },
  function () {
    assert.strictEqual(calls[calls.length - 1].cmd, 'f(\n1)\n');
    assert.strictEqual(s.take(), "'F(\\n1)'\n? ");
    console.log('Recoverable continues the input on the next line');
    s.input.write('{ a: 1 }\n');
  },
  function () {
    assert.strictEqual(calls[calls.length - 1].cmd, '({ a: 1 })\n');
    s.take();
    console.log('braces reach eval wrapped in parentheses');
    s.input.write('throws\n');
  },
  function () {
    var out = s.take();
    assert.ok(/^TypeError: thrown by eval\n/.test(out), out);
    console.log('an eval that throws is reported like an error');
    assert.ok(new repl.Recoverable(new Error('x')) instanceof SyntaxError);
    console.log('Recoverable is a SyntaxError');
  }
]);
