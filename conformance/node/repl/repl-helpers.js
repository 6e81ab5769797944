// Helpers shared by the repl tests (test-*.js); not a test itself.
'use strict';
var repl = require('repl');
var stream = require('stream');

// A REPLServer reading a PassThrough and writing into a string, in
// non-terminal mode unless the options say otherwise.
function session(options) {
  var input = new stream.PassThrough();
  var output = new stream.Writable({ decodeStrings: false });
  var text = '';
  var mark = 0;
  output._write = function (chunk, enc, cb) {
    text += chunk;
    cb();
  };
  var opts = { input: input, output: output, terminal: false };
  Object.keys(options || {}).forEach(function (k) { opts[k] = options[k]; });
  var server = repl.start(opts);
  return {
    server: server,
    input: input,
    output: output,
    all: function () { return text; },
    // What was written since the previous take().
    take: function () {
      var t = text.slice(mark);
      mark = text.length;
      return t;
    }
  };
}

// Runs the functions one per turn, so that what each one writes to a
// PassThrough has reached the REPL before the next one looks.
function steps(fns) {
  var i = 0;
  function next() {
    if (i >= fns.length) return;
    fns[i++]();
    setImmediate(next);
  }
  setImmediate(next);
}

module.exports = { session: session, steps: steps };
