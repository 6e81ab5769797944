// Bodies larger than the stream buffers, both ways, with a reader that
// pauses: the parser holds the socket back and lets it go again, and every
// byte arrives once, in order.
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

var SIZE = 128 * 1024;

function pattern(n) {
  var b = new Buffer(n);
  for (var i = 0; i < n; i++) b[i] = (i * 7 + (i >> 10)) & 0xff;
  return b;
}

function check(buf) {
  assert.strictEqual(buf.length, SIZE);
  for (var i = 0; i < SIZE; i++) {
    if (buf[i] !== ((i * 7 + (i >> 10)) & 0xff)) throw new Error('byte ' + i + ' differs');
  }
}

h.run([
  function bigResponse(t) {
    var data = pattern(SIZE);
    var server = t.server(function (req, res) {
      res.setHeader('Content-Length', SIZE);
      var pos = 0;
      (function write() {
        while (pos < SIZE) {
          var piece = data.slice(pos, pos + 16384);
          pos += piece.length;
          if (!res.write(piece)) {
            res.once('drain', write);
            return;
          }
        }
        res.end();
      })();
    });
    t.listen(server, function (port) {
      t.get({ port: port }, function (res) {
        var chunks = [];
        var pauses = 0;
        res.on('data', function (d) {
          chunks.push(d);
          if (chunks.length % 8 === 1) {
            pauses++;
            res.pause();
            setTimeout(function () { res.resume(); }, 2);
          }
        });
        res.on('end', t.cb(function () {
          check(Buffer.concat(chunks));
          assert.ok(pauses > 0);
          t.log('large response: ' + SIZE + ' bytes intact through pauses');
          t.done();
        }));
      });
    });
  },

  function bigUpload(t) {
    var server = t.server(function (req, res) {
      var chunks = [];
      req.on('readable', function () {
        var d;
        while ((d = req.read()) !== null) chunks.push(d);
      });
      req.on('end', function () {
        check(Buffer.concat(chunks));
        res.end('received ' + SIZE);
      });
    });
    t.listen(server, function (port) {
      var req = t.request({ port: port, method: 'POST' }, function (res) {
        t.body(res, function (body) {
          t.log('large chunked upload: ' + body);
          t.done();
        });
      });
      var data = pattern(SIZE);
      for (var pos = 0; pos < SIZE; pos += 20000) req.write(data.slice(pos, pos + 20000));
      req.end();
    });
  }
]);
