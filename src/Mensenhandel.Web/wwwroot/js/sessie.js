// Idle-timeout warning: two minutes before the server ends an inactive session, show the warning with
// "Blijf ingelogd". The button posts the form with fetch (the page stays as it is); without JavaScript the
// warning never shows and the server still ends the session after the idle timeout.
(function () {
  "use strict";
  var minutes = parseInt(document.body.getAttribute("data-sessie-minuten") || "0", 10);
  var warning = document.getElementById("sessie-waarschuwing");
  if (!minutes || !warning) return;

  var warnAfter = (minutes - 2) * 60 * 1000;
  var endAfter = minutes * 60 * 1000;
  var warnTimer, endTimer;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warning.hidden = true;
    warnTimer = setTimeout(function () {
      warning.hidden = false;
      var button = warning.querySelector("button");
      if (button) button.focus();
    }, warnAfter);
    endTimer = setTimeout(function () {
      window.location.href = "/inloggen";
    }, endAfter);
  }

  var form = warning.querySelector("form");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      if (response.ok) schedule();
      else window.location.href = "/inloggen";
    });
  });

  schedule();
})();
