// Typed arrays: a sieve, a matrix product, a CRC-32 over bytes.
(function () {
  var sum = 0;
  var N = 300000;
  for (var r = 0; r < 6; r++) {
    var sieve = new Uint8Array(N);
    var primes = 0;
    for (var i = 2; i < N; i++) {
      if (sieve[i] === 0) {
        primes++;
        for (var j = i * 2; j < N; j += i) sieve[j] = 1;
      }
    }
    sum = (sum + primes) | 0;
  }
  var n = 90;
  var a = new Float64Array(n * n), b = new Float64Array(n * n), c = new Float64Array(n * n);
  for (var k = 0; k < n * n; k++) { a[k] = k % 13; b[k] = k % 7; }
  for (var x = 0; x < n; x++)
    for (var y = 0; y < n; y++) {
      var acc = 0;
      for (var z = 0; z < n; z++) acc += a[x * n + z] * b[z * n + y];
      c[x * n + y] = acc;
    }
  for (var q = 0; q < n * n; q += 17) sum = (sum + c[q]) | 0;
  var table = new Int32Array(256);
  for (var t = 0; t < 256; t++) {
    var v = t;
    for (var s = 0; s < 8; s++) v = v & 1 ? 0xedb88320 ^ (v >>> 1) : v >>> 1;
    table[t] = v;
  }
  var bytes = new Uint8Array(400000);
  for (var u = 0; u < bytes.length; u++) bytes[u] = (u * 31) & 255;
  var crc = -1;
  for (var w = 0; w < bytes.length; w++) crc = table[(crc ^ bytes[w]) & 255] ^ (crc >>> 8);
  sum = (sum + ((crc ^ -1) >>> 0) % 1000003) | 0;
  console.log('typed ' + sum);
})();
