// Closures: creation, captured-variable updates, higher-order calls.
(function () {
  function counter(start) {
    var n = start;
    return function (d) { n = (n + d) | 0; return n; };
  }
  function compose(f, g) { return function (x) { return f(g(x)); }; }
  var sum = 0;
  for (var i = 0; i < 400000; i++) {
    var c = counter(i);
    c(1);
    sum = (sum + c(2)) | 0;
  }
  var inc = function (x) { return x + 1; };
  var dbl = function (x) { return (x * 2) | 0; };
  var f = compose(inc, compose(dbl, inc));
  for (var j = 0; j < 600000; j++) sum = (sum + f(j)) | 0;
  var arr = [];
  for (var k = 0; k < 1000; k++) arr.push(k);
  for (var r = 0; r < 120; r++) {
    sum = (sum + arr.map(function (x) { return x + r; })
      .filter(function (x) { return x % 3 !== 0; })
      .reduce(function (a, b) { return (a + b) | 0; }, 0)) | 0;
  }
  console.log('closures ' + sum);
})();
