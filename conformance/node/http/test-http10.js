// HTTP/1.0 peers: no chunked encoding unless asked (TE: chunked), the body
// then ends with the connection; keep-alive only when asked for and the
// length is known; the client reading an HTTP/1.0 response to the close.
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

h.run([
  function plain10(t) {
    var server = t.server(function (req, res) {
      assert.strictEqual(req.httpVersion, '1.0');
      res.write('part one, ');
      res.end('part two');
    });
    t.listen(server, function (port) {
      h.rawExchange(t, port, 'GET / HTTP/1.0\r\n\r\n', function (got) {
        assert.ok(/^HTTP\/1\.1 200 OK\r\n/.test(got));
        assert.ok(/\r\nConnection: close\r\n/.test(got));
        assert.ok(!/Transfer-Encoding/.test(got));
        assert.strictEqual(got.split('\r\n\r\n')[1], 'part one, part two');
        t.log('HTTP/1.0: the body ends with the connection');
        t.done();
      });
    });
  },

  function teChunked(t) {
    var server = t.server(function (req, res) { res.end('chunks ok'); });
    t.listen(server, function (port) {
      h.rawExchange(t, port, 'GET / HTTP/1.0\r\nTE: chunked\r\n\r\n', function (got) {
        assert.ok(/\r\nTransfer-Encoding: chunked\r\n/.test(got));
        assert.ok(/\r\n\r\n9\r\nchunks ok\r\n0\r\n\r\n$/.test(got));
        t.log('HTTP/1.0 with TE: chunked gets chunks');
        t.done();
      });
    });
  },

  function keepAlive10(t) {
    var server = t.server(function (req, res) {
      var body = 'reply to ' + req.url;
      if (req.url === '/1') res.setHeader('Content-Length', body.length);
      res.end(body);
    });
    t.listen(server, function (port) {
      var sent = false;
      var sock = h.rawExchange(t, port, 'GET /1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', function (got) {
        var parts = got.split(/(?=HTTP\/1\.1 )/);
        assert.strictEqual(parts.length, 2);
        assert.ok(/\r\nConnection: keep-alive\r\n[\s\S]*reply to \/1$/.test(parts[0]), parts[0]);
        // No length known for the second: it must close to end the body.
        assert.ok(/\r\nConnection: close\r\n\r\nreply to \/2$/.test(parts[1]), parts[1]);
        t.log('HTTP/1.0 keep-alive with a Content-Length, then close without one');
        t.done();
      });
      sock.on('data', function () {
        if (!sent) {
          sent = true;
          sock.write('GET /2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n');
        }
      });
    });
  },

  function clientReadsToClose(t) {
    var server = t.netServer(function (socket) {
      socket.on('data', function () {
        socket.end('HTTP/1.0 200 Fine\r\nX-Old: yes\r\n\r\nall the rest');
      });
    });
    t.listen(server, function (port) {
      t.get({ port: port }, function (res) {
        assert.strictEqual(res.httpVersion, '1.0');
        assert.strictEqual(res.statusMessage, 'Fine');
        assert.strictEqual(res.headers['x-old'], 'yes');
        t.body(res, function (body) {
          t.log('client read an HTTP/1.0 body to the close: ' + body);
          t.done();
        });
      });
    });
  }
]);
