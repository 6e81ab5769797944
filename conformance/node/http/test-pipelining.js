// Pipelined requests on one connection are answered in order, even when a
// later answer is ready first; a request body between them is framed by
// its Content-Length; 'Connection: close' on the last one ends it.
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

h.run([
  function inOrder(t) {
    var arrived = [];
    var server = t.server(function (req, res) {
      arrived.push(req.url);
      var body = '';
      req.on('data', function (d) { body += d; });
      req.on('end', function () {
        var reply = function () { res.end(req.method + ' ' + req.url + (body ? ' ' + body : '')); };
        // The first answer is the slowest.
        if (req.url === '/1') t.setTimeout(reply, 30);
        else reply();
      });
    });
    t.listen(server, function (port) {
      var sock = t.connect(port, function () {
        sock.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n' +
          'POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\ndata' +
          'GET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      });
      var got = '';
      sock.setEncoding('utf8');
      sock.on('data', function (d) { got += d; });
      sock.on('end', t.cb(function () {
        assert.deepEqual(arrived, ['/1', '/2', '/3']);
        var bodies = got.split(/HTTP\/1\.1 200 OK\r\n/).slice(1).map(function (r) {
          return r.split('\r\n\r\n')[1].split('\r\n')[1];
        });
        assert.deepEqual(bodies, ['GET /1', 'POST /2 data', 'GET /3']);
        t.log('pipelined answers in order: ' + bodies.join(' | '));
        t.done();
      }));
    });
  }
]);
