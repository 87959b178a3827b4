// Upload page: sends the files to POST /api/ingest with the token as a header (never in
// the URL or the form body) and shows what was stored.
(function () {
  "use strict";
  var form = document.getElementById("ingest-form");
  var out = document.getElementById("ingest-result");
  if (!form) return;
  function show(lines, isError) {
    out.hidden = false;
    out.className = "panel" + (isError ? " error" : "");
    out.textContent = "";
    lines.forEach(function (line) { var p = document.createElement("p"); p.textContent = line; out.appendChild(p); });
    out.focus();
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var data = new FormData();
    var files = document.getElementById("i-files").files;
    for (var i = 0; i < files.length; i++) data.append("files", files[i]);
    var button = form.querySelector("button");
    button.disabled = true;
    show(["Analysing " + files.length + " file(s)…"], false);
    fetch("/api/ingest", {method: "POST", body: data,
                          headers: {"X-Armsgraph-Token": document.getElementById("i-token").value}})
      .then(function (r) { return r.json().then(function (body) { return [r.status, body]; }); })
      .then(function (res) {
        var status = res[0], body = res[1];
        if (body.error) {
          show([body.error.code + ": " + body.error.message, body.error.hint || ""], true);
          return;
        }
        var lines = ["Stored: " + body.added + " new, " + body.updated + " changed, " + body.unchanged +
                     " unchanged document(s); " + body.claims + " claim(s); " + body.deals + " deal(s) updated."];
        (body.input_errors || []).concat(body.errors || []).forEach(function (e) { lines.push("Skipped: " + e); });
        show(lines, false);
        (body.documents || []).forEach(function (id) {
          var a = document.createElement("a");
          a.href = "/documents/" + encodeURIComponent(id);
          a.textContent = "Open " + id;
          var p = document.createElement("p"); p.appendChild(a); out.appendChild(p);
        });
      })
      .catch(function (err) { show(["Upload failed: " + err], true); })
      .then(function () { button.disabled = false; });
  });
})();
