// complete() offers commands, built-in module names and the members of a
// simple expression; in terminal mode Tab uses it and Ctrl-C is the REPL's.
var assert = require('assert');
var h = require('./repl-helpers');

var s = h.session({ prompt: '> ' });
s.take();

function complete(line) {
  var result = null;
  s.server.complete(line, function (err, r) {
    assert.ifError(err);
    result = r;
  });
  return result;
}

var t = h.session({ prompt: 't> ', terminal: true });
assert.strictEqual(t.server.terminal, true);
assert.strictEqual(t.server.useColors, true);
t.take();

h.steps([
  function () {
    assert.deepEqual(complete('.he'), [['.help'], '.he']);
    assert.deepEqual(complete('.'), [['.break', '.clear', '.exit', '.help', '.load', '.save'], '.']);
    console.log('commands complete');
    assert.deepEqual(complete('require("pun'), [['punycode'], 'pun']);
    console.log('module names complete');
    s.input.write('var thing = { alpha: 1, beta: 2 }\n');
  },
  function () {
    var r = complete('thing.al');
    assert.deepEqual(r, [['thing.alpha'], 'thing.al']);
    r = complete('thing.');
    assert.strictEqual(r[1], 'thing.');
    assert.ok(r[0].indexOf('thing.beta') !== -1);
    assert.ok(r[0].indexOf('thing.hasOwnProperty') !== -1);
    console.log('members complete');
    r = complete('thi');
    assert.ok(r[0].indexOf('thing') !== -1);
    assert.ok(r[0].indexOf('this') !== -1);
    assert.strictEqual(r[1], 'thi');
    console.log('context names and keywords complete');
    t.input.write('var tvar = 20\r');
  },
  function () {
    t.take();
    t.input.write('tva\t');
  },
  function () {
    assert.strictEqual(t.server.line, 'tvar');
    t.input.write(' + 1\r');
  },
  function () {
    var out = t.take();
    assert.ok(out.indexOf('\u001b[33m21\u001b[39m\n') !== -1, JSON.stringify(out));
    console.log('Tab completes in terminal mode and Enter evaluates');
    t.input.write('\x03');
  },
  function () {
    var out = t.take();
    assert.ok(out.indexOf('(^C again to quit)\n') !== -1, JSON.stringify(out));
    t.input.write('\x03');
  },
  function () {
    assert.strictEqual(t.server.closed, true);
    console.log('Ctrl-C twice closes a terminal REPL');
  }
]);
