// Enhancements for the melding pages; everything works without this file.
(function () {
  "use strict";

  // "Snel weg": leave without leaving this page in the back-button history.
  document.querySelectorAll("[data-snel-weg]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      window.location.replace(link.href);
    });
  });

  // Move focus to the error summary so keyboard and screen-reader users start there.
  var summary = document.getElementById("foutoverzicht");
  if (summary) {
    summary.focus();
  }
})();
