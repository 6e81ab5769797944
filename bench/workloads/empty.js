// Start-up calibration: no work at all. Not counted in the averages.
(function () {
  console.log('empty 0');
})();
