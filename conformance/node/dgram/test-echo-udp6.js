// Echo over the IPv6 loopback (::1), if the machine has one.
var assert = require('assert');
var h = require('./d-helpers');

h.step(function (t) {
  h.haveIPv6(t, function (ok) {
    if (!ok) {
      console.log('no IPv6 loopback: skipped');
      t.done();
      return;
    }
    var server = t.socket({ type: 'udp6' });
    var client = t.socket('udp6');
    server.on('message', function (msg, rinfo) {
      assert.strictEqual(rinfo.address, '::1');
      assert.strictEqual(rinfo.family, 'IPv6');
      assert.strictEqual(rinfo.port, client.address().port);
      assert.strictEqual(rinfo.size, msg.length);
      server.send(msg, 0, msg.length, rinfo.port, rinfo.address);
    });
    server.bind(0, '::1', t.cb(function () {
      var a = server.address();
      assert.deepEqual(a, { address: '::1', family: 'IPv6', port: a.port });
      console.log('udp6 server listening');
      client.on('message', function (msg, rinfo) {
        assert.strictEqual(msg.toString(), 'over six');
        assert.strictEqual(rinfo.family, 'IPv6');
        assert.strictEqual(rinfo.port, a.port);
        console.log('udp6 reply: ' + msg);
        // An unbound socket binds itself to '::' (any address) to send.
        assert.strictEqual(client.address().address, '::');
        client.close();
        server.close(t.cb(function () {
          console.log('udp6 closed');
          t.done();
        }));
      });
      var buf = new Buffer('over six');
      client.send(buf, 0, buf.length, a.port, '::1', t.cb(function (err, n) {
        assert.ifError(err);
        assert.strictEqual(n, 8);
      }));
    }));
  });
}, function () {
  console.log('echo udp6 done');
});
