// An incomplete input continues on the next line with the '... ' prompt
// until it parses; a real syntax error is printed at once.
var assert = require('assert');
var h = require('./repl-helpers');

var s = h.session({ prompt: '> ' });
s.take();

function check(lines, expected, message) {
  return [
    function () { s.input.write(lines.join('\n') + '\n'); },
    function () {
      assert.strictEqual(s.take(), expected);
      console.log(message);
    }
  ];
}

h.steps([].concat(
  check(['function add(a, b) {', '  return a + b;', '}', 'add(2, 3)'],
    '... ... undefined\n> 5\n> ', 'a function over three lines'),
  check(['var o = {', "  name: 'x',", '  list: [1,', '    2]', '}', 'o.list.length'],
    '... ... ... ... undefined\n> 2\n> ', 'nested brackets'),
  check(['var sum = 1 +', '2', 'sum'],
    '... undefined\n> 3\n> ', 'an operator at the end of a line'),
  check(['var t = `one', 'two`', 't'],
    "... undefined\n> 'one\\ntwo'\n> ", 'a template literal'),
  check(['/* a comment', 'still */ 42'],
    '... 42\n> ', 'a block comment'),
  check(['[1, 2].map(function (x) {', '  return x * 10', '})'],
    '... ... [ 10, 20 ]\n> ', 'a call with a function argument'),
  check(["'abc'", '.length'],
    "'abc'\n> Invalid REPL keyword\n> ", 'a complete line is not continued'),
  check(['var chain = [3, 1, 2]', '(chain', '  .sort())'],
    'undefined\n> ... [ 1, 2, 3 ]\n> ', 'inside an input a line may start with a method call'),
  [
    function () { s.input.write('"unterminated\n'); },
    function () {
      var out = s.take();
      assert.ok(/^SyntaxError: /.test(out), out);
      assert.ok(/\n> $/.test(out), out);
      assert.strictEqual(s.server.bufferedCommand, '');
      console.log('an unterminated string is an error');
      s.input.write('var z = ) 1\n');
    },
    function () {
      var out = s.take();
      assert.ok(/^SyntaxError: /.test(out), out);
      console.log('a misplaced token is an error');
      s.input.write('if (1) {\n  )\n');
    },
    function () {
      var out = s.take();
      assert.ok(/^\.\.\. SyntaxError: /.test(out), out);
      assert.strictEqual(s.server.bufferedCommand, '');
      console.log('an error inside a multi-line input ends it');
    }
  ]
));
