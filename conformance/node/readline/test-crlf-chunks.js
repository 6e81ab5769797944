// A "\r\n" cut between two chunks ends one line; "\r\r" ends two.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var rl = readline.createInterface(input, null);
var lines = [];
rl.on('line', function (line) { lines.push(line); });

var steps = [
  function () { input.write('one\r'); },
  function () {
    assert.deepEqual(lines, ['one']);
    console.log('line ended at the carriage return');
    input.write('\ntwo\r');
  },
  function () {
    assert.deepEqual(lines, ['one', 'two']);
    console.log('the following newline was swallowed');
    input.write('\r');
  },
  function () {
    assert.deepEqual(lines, ['one', 'two', '']);
    console.log('a second carriage return is an empty line');
    input.write('\n\nthree');
  },
  function () {
    assert.deepEqual(lines, ['one', 'two', '', '']);
    console.log('only the first newline after it is swallowed');
    input.end('\r\n');
  }
];
var k = 0;
(function run() {
  steps[k++]();
  if (k < steps.length) setTimeout(run, 2);
})();
rl.on('close', function () {
  assert.deepEqual(lines, ['one', 'two', '', '', 'three']);
  console.log('closed after three');
});
