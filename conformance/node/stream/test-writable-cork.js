// Without _writev, uncork() writes the queued chunks one by one through
// _write(); cork() nests and needs as many uncork() calls.
var assert = require('assert');
var Writable = require('stream').Writable;

var seen = [];
var w = new Writable();
w._write = function (chunk, enc, cb) {
  seen.push(chunk.toString());
  if (seen.length % 2) cb();
  else setImmediate(cb);
};
w.cork();
w.cork();
w.write('1');
w.write('2');
w.write('3');
w.uncork();
assert.deepEqual(seen, [], 'still corked once');
console.log('nested cork holds');
w.uncork();
// '1' completes synchronously, '2' asynchronously: '3' waits for it.
assert.deepEqual(seen, ['1', '2']);
console.log('uncork started writing ' + seen.join(''));
w.uncork(); // extra uncork is harmless
w.write('4');
w.end(function () {
  assert.deepEqual(seen, ['1', '2', '3', '4']);
  console.log('all written in order ' + seen.join(''));
});
