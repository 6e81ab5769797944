// emitKeypressEvents decodes a byte stream into (ch, key) 'keypress' events:
// letters, ctrl and meta keys, escape sequences with modifiers.
var assert = require('assert');
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input); // idempotent
var keys = [];
input.on('keypress', function (ch, key) {
  keys.push([ch, key && key.name, key ? (key.ctrl ? 'C' : '') + (key.meta ? 'M' : '') +
    (key.shift ? 'S' : '') : null]);
});

function check(bytes, expected, label) {
  keys = [];
  input.write(bytes);
  return function () {
    assert.deepEqual(keys, expected, label);
    console.log('decoded ' + label);
  };
}

var cases = [
  ['aZ1 ', [['a', 'a', ''], ['Z', 'z', 'S'], ['1', undefined, null], [' ', 'space', '']], 'printable'],
  ['\r\n\t\x7f\b', [['\r', 'return', ''], ['\n', 'enter', ''], ['\t', 'tab', ''],
    ['\x7f', 'backspace', ''], ['\b', 'backspace', '']], 'control keys'],
  ['\x01\x03\x1a', [['\x01', 'a', 'C'], ['\x03', 'c', 'C'], ['\x1a', 'z', 'C']], 'ctrl letters'],
  ['\x1bb\x1bF\x1b\x7f', [[undefined, 'b', 'M'], [undefined, 'f', 'MS'],
    [undefined, 'backspace', 'M']], 'meta keys'],
  ['\x1b[A\x1b[B\x1bOC\x1b[D', [[undefined, 'up', ''], [undefined, 'down', ''],
    [undefined, 'right', ''], [undefined, 'left', '']], 'arrows'],
  ['\x1b[1;5C\x1b[1;3D\x1b[1;2A', [[undefined, 'right', 'C'], [undefined, 'left', 'M'],
    [undefined, 'up', 'S']], 'modified arrows'],
  ['\x1b[3~\x1b[2~\x1b[5~\x1b[6~\x1b[H\x1b[F', [[undefined, 'delete', ''],
    [undefined, 'insert', ''], [undefined, 'pageup', ''], [undefined, 'pagedown', ''],
    [undefined, 'home', ''], [undefined, 'end', '']], 'editing keys'],
  ['\x1bOP\x1b[15~\x1b[[B\x1b[24;5~', [[undefined, 'f1', ''], [undefined, 'f5', ''],
    [undefined, 'f2', ''], [undefined, 'f12', 'C']], 'function keys'],
  ['\x1b[Z\x1b[a\x1bOd\x1b[3$', [[undefined, 'tab', 'S'], [undefined, 'up', 'S'],
    [undefined, 'left', 'C'], [undefined, 'delete', 'S']], 'shift-tab and rxvt keys'],
  ['\x1b\x1b[A\x1b', [[undefined, 'up', 'M'], ['\x1b', 'escape', '']], 'meta arrow and escape'],
  ['é😀', [['é', undefined, null], ['😀', undefined, null]], 'non-ASCII characters'],
  ['\x1b[99~', [], 'unknown sequence'],
  [new Buffer([0xe2, 0x82]), [], 'half a character'],
  [new Buffer([0xac, 0x78]), [['€', undefined, null], ['x', 'x', '']], 'its second half']
];
var k = 0;
(function run() {
  var verify = check(cases[k][0], cases[k][1], cases[k][2]);
  setTimeout(function () {
    verify();
    k++;
    if (k < cases.length) run();
  }, 1);
})();
