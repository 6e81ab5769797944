var assert = require('assert');
var Console = require('console').Console;
var out = [];
var c = new Console({ write: function (s) { out.push(s); } });
c.time('job');
setTimeout(function () {
  c.timeEnd('job');
  assert.ok(/^job: \d+ms\n$/.test(out[0]), out[0]);
  console.log('timeEnd reports milliseconds');
  assert.throws(function () { c.timeEnd('never-started'); }, /No such label/);
  console.log('unknown label throws');
}, 5);
