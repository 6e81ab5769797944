// Cursor movement and deletion keys: arrows, home/end, backspace, delete,
// Ctrl-A/E/B/F/H/D.
var assert = require('assert');
var readline = require('readline');
var stream = require('stream');

var output = new stream.Writable({ decodeStrings: false });
output._write = function (chunk, enc, cb) { cb(); };
var input = new stream.PassThrough();
var rl = readline.createInterface(input, output, null, true);
var lines = [];
rl.on('line', function (l) { lines.push(l); });

function state() { return rl.line.slice(0, rl.cursor) + '|' + rl.line.slice(rl.cursor); }

var steps = [
  ['abcdef', 'abcdef|'],
  ['\x1b[D\x1b[D', 'abcd|ef'],          // left twice
  ['X', 'abcdX|ef'],                     // insert in the middle
  ['\x1b[H', '|abcdXef'],                // home
  ['\x1b[C', 'a|bcdXef'],                // right
  ['\x7f', '|bcdXef'],                   // backspace
  ['\x7f', '|bcdXef'],                   // backspace at start: nothing
  ['\x1b[3~', '|cdXef'],                 // delete
  ['\x1b[F', 'cdXef|'],                  // end
  ['\x01', '|cdXef'],                    // ctrl-a
  ['\x06\x06', 'cd|Xef'],                // ctrl-f twice
  ['\x04', 'cd|ef'],                     // ctrl-d deletes under the cursor
  ['\x05', 'cdef|'],                     // ctrl-e
  ['\x02', 'cde|f'],                     // ctrl-b
  ['\b', 'cd|f'],                        // ctrl-h (^H) is backspace
  ['\x04', 'cd|'],                       // ctrl-d
  ['\x04', 'cd|'],                       // ctrl-d at the end: nothing
  ['\x1bOD', 'c|d'],                     // SS3 left
  ['\x1b[1~', '|cd'],                    // home (vt)
  ['\x1b[4~', 'cd|'],                    // end (vt)
  ['\x1b', 'cd|'],                       // escape alone is ignored
  ['\r', '|']
];
var k = 0;
(function run() {
  var s = steps[k];
  input.write(s[0]);
  setImmediate(function () {
    assert.strictEqual(state(), s[1], 'step ' + k + ' ' + JSON.stringify(s[0]));
    console.log('step ' + k + ' ' + s[1]);
    k++;
    if (k < steps.length) setTimeout(run, 1);
    else {
      assert.deepEqual(lines, ['cd']);
      console.log('edited line emitted');
      rl.close();
    }
  });
})();
