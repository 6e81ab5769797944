// The module's exports and the REPLServer's shape: a readline Interface
// (and so an EventEmitter), started with an options object or with v0.10's
// positional (prompt, stream, eval, useGlobal, ignoreUndefined).
var assert = require('assert');
var EventEmitter = require('events');
var readline = require('readline');
var stream = require('stream');
var util = require('util');
var repl = require('repl');

assert.strictEqual(typeof repl.start, 'function');
assert.strictEqual(typeof repl.REPLServer, 'function');
assert.strictEqual(repl.writer, util.inspect);
assert.ok(Array.isArray(repl._builtinLibs));
assert.ok(repl._builtinLibs.indexOf('fs') !== -1);
assert.strictEqual(repl.repl, undefined);
console.log('exports are in place');

// A duplex stream: what it reads is the REPL's input, what it is written
// is collected.
function Duplex() {
  stream.Duplex.call(this, { decodeStrings: false });
  this.written = '';
}
util.inherits(Duplex, stream.Duplex);
Duplex.prototype._read = function () {};
Duplex.prototype._write = function (chunk, enc, cb) {
  this.written += chunk;
  cb();
};

var socket = new Duplex();
var first = repl.start('sock> ', socket);
assert.strictEqual(repl.repl, first);
assert.ok(first instanceof repl.REPLServer);
assert.ok(first instanceof readline.Interface);
assert.ok(first instanceof EventEmitter);
assert.strictEqual(first.rli, first);
assert.strictEqual(first.inputStream, socket);
assert.strictEqual(first.outputStream, socket);
assert.strictEqual(first.terminal, false);
assert.strictEqual(first.useGlobal, false);
assert.strictEqual(socket.written, 'sock> ');
console.log('a prompt and a duplex stream start a REPL');

var input = new stream.PassThrough();
var output = new stream.PassThrough();
var pair = { stdin: input, stdout: output };
var second = repl.REPLServer('pair> ', pair, undefined, true, true);
assert.ok(second instanceof repl.REPLServer);
assert.strictEqual(repl.repl, first);
assert.strictEqual(second.inputStream, input);
assert.strictEqual(second.outputStream, output);
assert.strictEqual(second.useGlobal, true);
assert.strictEqual(second.ignoreUndefined, true);
assert.strictEqual(String(output.read()), 'pair> ');
console.log('REPLServer works without new on an object with stdin and stdout');

assert.throws(function () {
  repl.start(42);
}, /An options Object, or a prompt String are required/);
console.log('a bad first argument throws');

socket.push('40 + 2\n');
setImmediate(function () {
  assert.strictEqual(socket.written, 'sock> 42\nsock> ');
  console.log('the duplex stream carries the session');
  second.write('var fromWrite = 3\n');
  second.setPrompt('new> ');
  second.write('fromWrite\n');
  setImmediate(function () {
    assert.strictEqual(String(output.read()), 'pair> 3\nnew> ');
    assert.strictEqual(global.fromWrite, 3);
    console.log('write() feeds the REPL and setPrompt() changes the prompt');
    socket.push(null);
    input.end();
  });
});
