// Sorting: numbers with a comparator, strings, records by key.
(function () {
  var seed = 12345;
  function rand() {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return seed >>> 0;
  }
  var sum = 0;
  for (var r = 0; r < 10; r++) {
    var nums = [];
    for (var i = 0; i < 20000; i++) nums.push(rand() % 100000);
    nums.sort(function (a, b) { return a - b; });
    for (var j = 0; j < nums.length; j += 101) sum = (sum + nums[j]) | 0;
    var strs = [];
    for (var k = 0; k < 5000; k++) strs.push('s' + (rand() % 50000));
    strs.sort();
    sum = (sum + strs[0].length + strs[2500].charCodeAt(1) + strs[4999].length) | 0;
    var recs = [];
    for (var m = 0; m < 5000; m++) recs.push({ key: rand() % 1000, id: m });
    recs.sort(function (a, b) { return a.key - b.key || a.id - b.id; });
    for (var q = 0; q < recs.length; q += 97) sum = (sum + recs[q].id) | 0;
  }
  console.log('sort ' + sum);
})();
