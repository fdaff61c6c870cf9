/* global window, setTimeout */
// Stands in for office.js when the benchmark loads the task pane outside Excel: Office is ready
// at once, so the time measured is the pane's own (office.js is excluded from the budget too).
window.Office = {
  onReady: function (callback) {
    var info = { host: "Excel", platform: "PC" };
    if (callback)
      setTimeout(function () {
        callback(info);
      }, 0);
    return Promise.resolve(info);
  },
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: "zh-CN",
    requirements: {
      isSetSupported: function () {
        return true;
      },
    },
    document: {
      settings: {
        get: function () {
          return null;
        },
        set: function () {},
        saveAsync: function (cb) {
          if (cb) cb({ status: "succeeded" });
        },
      },
    },
  },
};
