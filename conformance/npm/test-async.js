var assert = require('assert');
var async = require('async');
var order = [];
async.series([
  function (cb) { setTimeout(function () { order.push(1); cb(null, 'a'); }, 10); },
  function (cb) { setImmediate(function () { order.push(2); cb(null, 'b'); }); }
], function (err, results) {
  assert.ifError(err);
  assert.deepEqual(results, ['a', 'b']);
  assert.deepEqual(order, [1, 2]);
  console.log('async.series ok');
  async.parallel({
    x: function (cb) { setTimeout(function () { cb(null, 1); }, 5); },
    y: function (cb) { process.nextTick(function () { cb(null, 2); }); }
  }, function (err2, res) {
    assert.ifError(err2);
    assert.deepEqual(res, { x: 1, y: 2 });
    console.log('async.parallel ok');
    async.mapLimit([1, 2, 3, 4], 2, function (n, cb) {
      setTimeout(function () { cb(null, n * n); }, 5 - n);
    }, function (err3, squares) {
      assert.ifError(err3);
      assert.deepEqual(squares, [1, 4, 9, 16]);
      console.log('async.mapLimit ok');
      async.waterfall([
        function (cb) { cb(null, 3); },
        function (n, cb) { cb(null, n + 4); },
        function (n, cb) { cb(new Error('stop at ' + n)); }
      ], function (err4) {
        assert.strictEqual(err4.message, 'stop at 7');
        console.log('async.waterfall error ok');
      });
    });
  });
});
