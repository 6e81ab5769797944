var assert = require('assert');
var t = setTimeout(function () { console.log('re-ref timer fired'); }, 5);
t.unref();
t.ref();
var i = setInterval(function () {}, 1000);
i.unref();
process.on('exit', function (code) {
  assert.strictEqual(code, 0);
  console.log('exit after ref timer');
});
