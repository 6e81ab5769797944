// listen() forms, address(), 'listening', getConnections, close errors.
'use strict';
var assert = require('assert');
var net = require('net');
var h = require('./n-helpers');

h.steps([
  function defaultHost(t) {
    var s = t.server(net.createServer());
    assert.strictEqual(s.address(), null);
    s.listen(0, function () {
      var a = s.address();
      assert.strictEqual(typeof a.port, 'number');
      assert.ok(a.port > 0);
      assert.ok(a.family === 'IPv6' || a.family === 'IPv4');
      assert.ok(a.address === '::' || a.address === '0.0.0.0');
      console.log('default host listens on any address');
      s.close(function () {
        assert.strictEqual(s.address(), null);
        console.log('closed, no address');
        t.done();
      });
    });
  },
  function optionsForm(t) {
    var s = t.server(net.createServer());
    s.on('listening', function () {
      assert.deepEqual(Object.keys(s.address()).sort(), ['address', 'family', 'port']);
      assert.strictEqual(s.address().address, '127.0.0.1');
      assert.strictEqual(s.address().family, 'IPv4');
      console.log('listen(options) works');
      s.getConnections(function (err, n) {
        assert.strictEqual(err, null);
        assert.strictEqual(n, 0);
        s.close();
        s.close(function (err) {
          assert.ok(err instanceof Error);
          assert.strictEqual(err.message, 'Not running');
          console.log('second close reports Not running');
          t.done();
        });
      });
    });
    s.listen({ port: 0, host: '127.0.0.1' });
  },
  function connectionsCounted(t) {
    var s = t.server(net.createServer(function (c) {
      t.socket(c);
      s.getConnections(function (err, n) {
        assert.strictEqual(n, 1);
        console.log('one connection counted');
        c.end();
      });
    }));
    s.listen(0, '127.0.0.1', function () {
      var c = t.socket(net.connect(s.address().port, '127.0.0.1'));
      c.resume();
      c.on('close', function () {
        if (t.stale) return;
        s.close(function () {
          console.log('server closed after its connection');
          t.done();
        });
      });
    });
  },
  function badPort(t) {
    var s = net.createServer();
    assert.throws(function () { s.listen(70000); }, RangeError);
    assert.throws(function () { net.connect(-1); }, RangeError);
    console.log('bad ports throw RangeError');
    t.done();
  }
]);
