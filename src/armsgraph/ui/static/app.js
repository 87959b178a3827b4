// armsgraph web UI: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Document page: bring the sentence named in the URL (#s-N) into view and focus it,
  // so keyboard and screen-reader users land on the quoted sentence too.
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^s-\d+$/.test(id)) return;
    var el = document.getElementById(id);
    if (!el) return;
    el.setAttribute("tabindex", "-1");
    el.classList.add("target");
    el.scrollIntoView({block: "center"});
    el.focus({preventScroll: true});
  }
  window.addEventListener("hashchange", function () {
    var old = document.querySelectorAll(".s.target");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("target");
    focusTarget();
  });
  document.addEventListener("DOMContentLoaded", function () {
    focusTarget();
    var toggle = document.getElementById("show-mentions");
    var text = document.getElementById("doctext");
    if (toggle && text) {
      toggle.addEventListener("change", function () {
        text.classList.toggle("plain", !toggle.checked);
      });
    }
    // Network: arrow keys move between edges (Tab still works everywhere).
    var edges = document.querySelectorAll("#network a.edge");
    for (var j = 0; j < edges.length; j++) {
      edges[j].addEventListener("keydown", function (ev) {
        if (ev.key !== "ArrowRight" && ev.key !== "ArrowLeft") return;
        var list = Array.prototype.slice.call(edges);
        var k = list.indexOf(ev.currentTarget) + (ev.key === "ArrowRight" ? 1 : -1);
        if (k >= 0 && k < list.length) { list[k].focus(); ev.preventDefault(); }
      });
    }
  });
})();
