// A server echoes what a client sends; both ends see data, end and close.
'use strict';
var assert = require('assert');
var net = require('net');
var h = require('./n-helpers');

h.steps([
  function echo(t) {
    var server = t.server(net.createServer(function (c) {
      t.socket(c);
      assert.strictEqual(c.remoteAddress, '127.0.0.1');
      assert.strictEqual(typeof c.remotePort, 'number');
      c.pipe(c);
    }));
    server.listen(0, '127.0.0.1', function () {
      var port = server.address().port;
      var got = '';
      var c = t.socket(net.connect(port, '127.0.0.1', function () {
        assert.strictEqual(c.remotePort, port);
        assert.strictEqual(c.localAddress, '127.0.0.1');
        console.log('client connected');
        c.write('hello ');
        c.end('world');
      }));
      c.setEncoding('utf8');
      c.on('data', function (d) { got += d; });
      c.on('end', function () {
        assert.strictEqual(got, 'hello world');
        console.log('echoed: ' + got);
      });
      c.on('close', function (hadError) {
        if (t.stale) return;
        assert.strictEqual(hadError, false);
        assert.strictEqual(c.bytesWritten, 11);
        assert.strictEqual(c.bytesRead, 11);
        server.close(function () {
          console.log('server closed');
          t.done();
        });
      });
    });
  },
  function binary(t) {
    var big = new Buffer(200000);
    for (var i = 0; i < big.length; i++) big[i] = (i * 7) & 255;
    var server = t.server(net.createServer(function (c) {
      t.socket(c);
      var chunks = [];
      c.on('data', function (d) { chunks.push(d); });
      c.on('end', function () {
        var all = Buffer.concat(chunks);
        assert.strictEqual(all.length, big.length);
        assert.ok(all.equals(big));
        console.log('server got ' + all.length + ' bytes intact');
        c.end();
        server.close();
      });
    }));
    server.listen(0, '127.0.0.1', function () {
      var c = t.socket(net.createConnection({ port: server.address().port, host: '127.0.0.1' }));
      c.on('connect', function () { c.end(big); });
      c.resume();
      c.on('close', function () { t.done(); });
    });
  }
]);
