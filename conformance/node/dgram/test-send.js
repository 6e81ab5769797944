// send(): argument checks, auto-bind, slices, strings, names, callbacks.
var assert = require('assert');
var dgram = require('dgram');
var h = require('./d-helpers');

var s = dgram.createSocket('udp4');
var buf = new Buffer('0123456789');
assert.throws(function () { s.send(42, 0, 1, 9, '127.0.0.1'); }, TypeError);
assert.throws(function () { s.send(buf, -1, 1, 9, '127.0.0.1'); }, /Offset should be >= 0/);
assert.throws(function () { s.send(buf, 10, 1, 9, '127.0.0.1'); }, /Offset into buffer too large/);
assert.throws(function () { s.send(buf, 0, -1, 9, '127.0.0.1'); }, /Length should be >= 0/);
assert.throws(function () { s.send(buf, 5, 6, 9, '127.0.0.1'); }, /Offset \+ length beyond buffer length/);
assert.throws(function () { s.send(buf, 0, 1, 0, '127.0.0.1'); }, /Port should be > 0 and < 65536/);
assert.throws(function () { s.send(buf, 0, 1, 65536, '127.0.0.1'); }, RangeError);
// None of these bound the socket.
assert.throws(function () { s.address(); }, /EINVAL/);
s.close();
assert.throws(function () { s.send(buf, 0, 1, 9, '127.0.0.1'); }, /Not running/);
console.log('argument checks throw');

h.steps([
  function (t) {
    var server = t.socket('udp4');
    var got = [];
    var expected = ['2345', 'from a string', '', 'by name'];
    var callbacks = [];
    function finish() {
      if (got.length < expected.length || callbacks.length < expected.length) return;
      assert.deepEqual(got, expected);
      console.log('server got the slice, the string, the empty and the named');
      assert.deepEqual(callbacks, ['0:4', '1:13', '2:0', '3:7']);
      console.log('send callbacks in order with lengths');
      t.done();
    }
    server.on('message', function (msg, rinfo) {
      got.push(msg.toString());
      assert.strictEqual(rinfo.size, msg.length);
      finish();
    });
    server.bind(0, '127.0.0.1', t.cb(function () {
      var port = server.address().port;
      var client = t.socket('udp4');
      var listening = false;
      client.on('listening', function () { listening = true; });
      function cb(i) {
        return t.cb(function (err, n) {
          assert.ifError(err);
          callbacks.push(i + ':' + n);
          finish();
        });
      }
      // The socket is not bound: send binds it first (to any address).
      client.send(buf, 2, 4, port, '127.0.0.1', cb(0));
      assert.strictEqual(listening, false);
      client.send('from a string', 0, 13, port, '127.0.0.1', cb(1));
      client.send(new Buffer(0), 0, 0, port, '127.0.0.1', cb(2));
      client.once('listening', t.cb(function () {
        assert.strictEqual(client.address().address, '0.0.0.0');
        // A name is looked up first; the earlier sends are already out.
        client.send(new Buffer('by name'), 0, 7, port, 'localhost', cb(3));
      }));
    }));
  },
  function (t) {
    // A name that does not exist: the callback and an 'error' event.
    var c = t.socket('udp4');
    var calls = 0;
    c.on('error', t.cb(function (err) {
      assert.strictEqual(err.code, 'ENOTFOUND');
      assert.strictEqual(calls, 1);
      console.log('unknown name: error event after callback');
      t.done();
    }));
    c.bind(0, '127.0.0.1', t.cb(function () {
      c.send(buf, 0, 1, 9, 'nowhere.invalid', t.cb(function (err) {
        calls++;
        assert.strictEqual(err.code, 'ENOTFOUND');
        assert.strictEqual(err.hostname, 'nowhere.invalid');
        console.log('unknown name: callback gets ENOTFOUND');
      }));
    }));
  },
  function (t) {
    // A send made just before close is still answered.
    var server = t.socket('udp4');
    server.bind(0, '127.0.0.1', t.cb(function () {
      var c = t.socket('udp4');
      c.bind(0, '127.0.0.1', t.cb(function () {
        var closed = false;
        var arrived = false;
        var answered = false;
        function finish() {
          if (!arrived || !answered) return;
          console.log('datagram sent before close arrived');
          console.log('send callback after close');
          t.done();
        }
        server.once('message', t.cb(function (msg) {
          assert.strictEqual(msg.toString(), 'last words');
          arrived = true;
          finish();
        }));
        c.send(new Buffer('last words'), 0, 10, server.address().port, '127.0.0.1', t.cb(function (err, n) {
          assert.ifError(err);
          assert.strictEqual(n, 10);
          assert.ok(closed);
          answered = true;
          finish();
        }));
        // After the send's lookup (a tick), before its answer.
        process.nextTick(function () {
          c.close();
          closed = true;
        });
      }));
    }));
  }
], function () {
  console.log('send done');
});
