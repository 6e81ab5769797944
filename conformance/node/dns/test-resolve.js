// resolve4/6, Mx, Txt, Srv, Ns, Cname, Soa and resolve(name, rrtype)
// against a DNS server of our own on the loopback.
var assert = require('assert');
var dns = require('dns');
var h = require('./d-helpers');

var zone = {
  'www.persha.test': {
    A: ['192.0.2.1', '192.0.2.2'],
    AAAA: ['2001:db8::1', '2001:db8:0:1::abcd'],
    TXT: [['v=spf1 -all'], ['two', 'chunks']]
  },
  'persha.test': {
    MX: [{ priority: 10, exchange: 'mx1.persha.test' }, { priority: 20, exchange: 'mx2.persha.test' }],
    NS: ['ns1.persha.test', 'ns2.persha.test'],
    SOA: [{
      nsname: 'ns1.persha.test', hostmaster: 'hostmaster.persha.test',
      serial: 2015020601, refresh: 7200, retry: 900, expire: 1209600, minttl: 300
    }]
  },
  '_sip._udp.persha.test': {
    SRV: [{ priority: 1, weight: 5, port: 5060, name: 'sip.persha.test' }]
  },
  'alias.persha.test': { CNAME: ['www.persha.test'] }
};

h.step(function (t) {
  h.dnsServer(t, zone, function (port) {
    dns.setServers(['127.0.0.1:' + port]);
    var checks = [
      ['resolve4', function (cb) { dns.resolve4('www.persha.test', cb); },
        ['192.0.2.1', '192.0.2.2']],
      ['resolve6', function (cb) { dns.resolve6('www.persha.test', cb); },
        ['2001:db8::1', '2001:db8:0:1::abcd']],
      ['resolveMx', function (cb) { dns.resolveMx('persha.test', cb); },
        [{ exchange: 'mx1.persha.test', priority: 10 }, { exchange: 'mx2.persha.test', priority: 20 }]],
      ['resolveTxt', function (cb) { dns.resolveTxt('www.persha.test', cb); },
        [['v=spf1 -all'], ['two', 'chunks']]],
      ['resolveSrv', function (cb) { dns.resolveSrv('_sip._udp.persha.test', cb); },
        [{ name: 'sip.persha.test', port: 5060, priority: 1, weight: 5 }]],
      ['resolveNs', function (cb) { dns.resolveNs('persha.test', cb); },
        ['ns1.persha.test', 'ns2.persha.test']],
      ['resolveCname', function (cb) { dns.resolveCname('alias.persha.test', cb); },
        ['www.persha.test']],
      ['resolveSoa', function (cb) { dns.resolveSoa('persha.test', cb); },
        { nsname: 'ns1.persha.test', hostmaster: 'hostmaster.persha.test', serial: 2015020601,
          refresh: 7200, retry: 900, expire: 1209600, minttl: 300 }],
      ['resolve default', function (cb) { dns.resolve('www.persha.test', cb); },
        ['192.0.2.1', '192.0.2.2']],
      ['resolve MX', function (cb) { dns.resolve('persha.test', 'MX', cb); },
        [{ exchange: 'mx1.persha.test', priority: 10 }, { exchange: 'mx2.persha.test', priority: 20 }]],
      ['resolve AAAA', function (cb) { dns.resolve('www.persha.test', 'AAAA', cb); },
        ['2001:db8::1', '2001:db8:0:1::abcd']]
    ];
    (function next(i) {
      if (i === checks.length) {
        t.done();
        return;
      }
      var c = checks[i];
      c[1](t.cb(function (err, result) {
        assert.ifError(err);
        assert.deepEqual(result, c[2]);
        console.log(c[0] + ': ' + JSON.stringify(result));
        next(i + 1);
      }));
    })(0);
  });
}, function () {
  console.log('resolve done');
});
