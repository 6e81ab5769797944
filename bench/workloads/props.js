// Property access: monomorphic and polymorphic reads and writes, computed keys.
(function () {
  function Point(x, y) { this.x = x; this.y = y; this.z = 0; }
  var shapes = [];
  for (var i = 0; i < 1000; i++) {
    var o = new Point(i, i * 2);
    if (i % 3 === 1) o.w = i;
    if (i % 3 === 2) { o.a = 1; o.b = 2; }
    shapes.push(o);
  }
  var keys = ['x', 'y', 'z'];
  var sum = 0;
  for (var round = 0; round < 1500; round++) {
    for (var j = 0; j < shapes.length; j++) {
      var s = shapes[j];
      s.z = (s.x + s.y + round) | 0;
      sum = (sum + s.z + s[keys[j % 3]]) | 0;
    }
  }
  var dict = {};
  for (var k = 0; k < 100000; k++) dict['k' + (k % 500)] = (dict['k' + (k % 500)] | 0) + k;
  for (var key in dict) sum = (sum + dict[key]) | 0;
  console.log('props ' + sum);
})();
