// Server options and limits: allowHalfOpen, maxConnections, the 'connection'
// listener argument, close() waiting for its connections.
'use strict';
var assert = require('assert');
var net = require('net');
var h = require('./n-helpers');

h.steps([
  function halfOpen(t) {
    var s = t.server(net.createServer({ allowHalfOpen: true }, function (c) {
      t.socket(c);
      var got = '';
      c.setEncoding('utf8');
      c.on('data', function (d) { got += d; });
      c.on('end', function () {
        // The client has ended; with allowHalfOpen we may still answer.
        assert.strictEqual(c.writable, true);
        c.end('reply to ' + got);
      });
    }));
    s.listen(0, '127.0.0.1', function () {
      var c = t.socket(net.connect(s.address().port, '127.0.0.1'));
      var back = '';
      c.setEncoding('utf8');
      c.on('data', function (d) { back += d; });
      c.end('question');
      c.on('end', function () {
        assert.strictEqual(back, 'reply to question');
        console.log('half-open server answered after the client ended');
      });
      c.on('close', function () {
        if (t.stale) return;
        s.close(function () { t.done(); });
      });
    });
  },
  function maxConnections(t) {
    var accepted = 0;
    var s = t.server(net.createServer(function (c) {
      t.socket(c);
      accepted++;
    }));
    s.maxConnections = 1;
    s.listen(0, '127.0.0.1', function () {
      var port = s.address().port;
      var a = t.socket(net.connect(port, '127.0.0.1'));
      a.on('connect', function () {
        setTimeout(function () {
          var b = t.socket(net.connect(port, '127.0.0.1'));
          b.resume();
          b.on('close', function () {
            if (t.stale) return;
            assert.strictEqual(accepted, 1);
            console.log('a connection over maxConnections is closed');
            a.destroy();
            s.close(function () { t.done(); });
          });
        }, 30);
      });
    });
  },
  function closeWaitsForConnections(t) {
    var order = [];
    var s = t.server(net.createServer(function (c) {
      t.socket(c);
      s.close(function () {
        if (t.stale) return;
        order.push('server close');
        assert.deepEqual(order, ['client close', 'server close']);
        console.log('close() waited for the open connection');
        t.done();
      });
      setTimeout(function () { c.end(); }, 30);
    }));
    s.listen(0, '127.0.0.1', function () {
      var c = t.socket(net.connect(s.address().port, '127.0.0.1'));
      c.resume();
      c.on('close', function () { if (!t.stale) order.push('client close'); });
    });
  }
]);
