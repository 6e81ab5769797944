// defineCommand(keyword, {help, action} | action): '.keyword rest' calls the
// action on the REPLServer with the rest of the line.
var assert = require('assert');
var h = require('./repl-helpers');

var s = h.session({ prompt: '> ' });
var seen = [];
s.server.defineCommand('greet', {
  help: 'Say hello',
  action: function (name) {
    seen.push(this);
    this.outputStream.write('hello ' + name + '\n');
    this.displayPrompt();
  }
});
s.server.defineCommand('count', function (rest) {
  this.outputStream.write('args=' + JSON.stringify(rest) + '\n');
  this.displayPrompt();
});
assert.throws(function () {
  s.server.defineCommand('bad', { help: 'no action' });
}, /bad argument, action must be a function/);
console.log('an action is required');
assert.strictEqual(typeof s.server.commands.greet.action, 'function');
assert.strictEqual(typeof s.server.commands.count.action, 'function');
s.take();

h.steps([
  function () {
    s.input.write('.greet  big world \n');
  },
  function () {
    assert.strictEqual(s.take(), 'hello big world \n> ');
    assert.strictEqual(seen[0], s.server);
    console.log('the action gets the rest of the line');
    s.input.write('.count\n   .count a b\n');
  },
  function () {
    assert.strictEqual(s.take(), 'args=""\n> args="a b"\n> ');
    console.log('a function is the action; leading blanks are allowed');
    s.input.write('.help\n');
  },
  function () {
    var lines = s.take().split('\n');
    assert.deepEqual(lines, [
      '.break\tSometimes you get stuck, this gets you out',
      '.clear\tBreak, and also clear the local context',
      '.count\t',
      '.exit\tExit the repl',
      '.greet\tSay hello',
      '.help\tShow repl options',
      '.load\tLoad JS from a file into the REPL session',
      '.save\tSave all evaluated commands in this REPL session to a file',
      '> '
    ]);
    console.log('.help lists every command sorted');
    s.server.defineCommand('break', function () {
      this.outputStream.write('my break\n');
      this.displayPrompt();
    });
    s.input.write('.break\n.nosuch\n.5 + 1\n');
  },
  function () {
    assert.strictEqual(s.take(), 'my break\n> Invalid REPL keyword\n> 1.5\n> ');
    console.log('commands can be replaced; unknown ones are reported; numbers are code');
    s.input.write('if (true) {\n');
  },
  function () {
    assert.strictEqual(s.take(), '... ');
    s.server.displayPrompt();
    assert.strictEqual(s.take(), '... ');
    s.server.displayPrompt(true);
    assert.strictEqual(s.take(), '... ');
    console.log('displayPrompt shows the continuation prompt inside input');
    s.input.write('.greet you\n');
  },
  function () {
    assert.strictEqual(s.take(), 'hello you\n... ');
    console.log('commands run inside a multi-line input');
    s.input.write('"done" }\n');
  },
  function () {
    assert.strictEqual(s.take(), "'done'\n> ");
    console.log('the input goes on after the command');
  }
]);
