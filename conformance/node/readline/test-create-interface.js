// createInterface(options) and (input, output, completer, terminal); the
// terminal default comes from output.isTTY; bad arguments throw.
var assert = require('assert');
var readline = require('readline');
var EventEmitter = require('events');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var output = new PassThrough();
output.resume();

var rl = readline.createInterface(input, output);
assert.ok(rl instanceof readline.Interface);
assert.ok(rl instanceof EventEmitter);
assert.strictEqual(rl.input, input);
assert.strictEqual(rl.output, output);
assert.strictEqual(rl.terminal, false);
assert.strictEqual(rl._prompt, '> ');
rl.close();
console.log('positional arguments');

output.isTTY = true;
rl = readline.createInterface({ input: input, output: output });
assert.strictEqual(rl.terminal, true);
assert.strictEqual(rl.historySize, 30);
assert.deepEqual(rl.history, []);
rl.close();
rl = readline.createInterface({ input: input, output: output, terminal: false });
assert.strictEqual(rl.terminal, false);
rl.close();
console.log('terminal follows output.isTTY unless given');

output.columns = 40;
rl = readline.Interface(input, output, function (l) { return [[], l]; }, true);
assert.ok(rl instanceof readline.Interface);
assert.strictEqual(rl.columns, 40);
assert.strictEqual(typeof rl.completer, 'function');
assert.strictEqual(rl.completer.length, 2);
rl.close();
console.log('Interface callable without new');

assert.throws(function () {
  readline.createInterface({ input: input, completer: 'nope' });
}, TypeError);
assert.throws(function () {
  readline.createInterface(input, output, 5);
}, /completer/);
assert.throws(function () {
  readline.createInterface({ input: input, historySize: -1 });
}, /historySize/);
assert.throws(function () {
  readline.createInterface({ input: input, historySize: 'ten' });
}, TypeError);
console.log('bad arguments throw');

// Closed interfaces leave no listeners behind on the input, but for the
// keypress decoder, which (as in v0.12) detaches on its next chunk.
assert.strictEqual(input.listeners('data').length, 1);
assert.strictEqual(input.listeners('keypress').length, 0);
console.log('no interface listeners left');

setTimeout(function () {
  var rl2 = readline.createInterface({ input: input, terminal: false });
  rl2.on('line', function (l) {
    console.log('line from a second interface: ' + l);
    assert.strictEqual(input.listeners('data').length, 1);
    rl2.close();
    assert.strictEqual(input.listeners('data').length, 0);
    console.log('keypress decoder detached');
  });
  input.write('reused input\n');
}, 3);
