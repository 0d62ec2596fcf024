// The preview's forms for the digital council: record a self-assessment and review another council's, over the
// app's REST API. Text comes from data attributes rendered by the server.
(function () {
    'use strict';
    var base = '/rest/connected-councils/1.0/';

    function send(method, path, body) {
        return fetch(base + path, {
            method: method, credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.json().then(function (json) { return {ok: response.ok, json: json}; });
        });
    }

    function show(box, ok, message) {
        box.className = 'aui-message ' + (ok ? 'aui-message-success' : 'aui-message-error');
        box.textContent = message;
        box.hidden = false;
    }

    function errors(json) {
        return (json.errors || []).map(function (e) {
            return (e.field ? e.field + ': ' : '') + e.message;
        }).join(' ') || json.message || '';
    }

    function lines(value, separator) {
        return value.split(separator).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
    }

    var assess = document.getElementById('maturity-assess');
    if (assess) {
        assess.addEventListener('submit', function (event) {
            event.preventDefault();
            var box = document.getElementById('assess-result');
            var f = assess.elements;
            send('POST', 'maturity/councils/' + encodeURIComponent(f.council.value) + '/assessments', {
                area: f.area.value,
                level: Number(assess.querySelector('input[name=level]:checked').value),
                date: f.date.value,
                justification: f.justification.value,
                entries: lines(f.entries.value, ','),
                links: lines(f.links.value, '\n')
            }).then(function (r) {
                show(box, r.ok, r.ok ? box.getAttribute('data-saved') : errors(r.json));
            });
        });
    }

    var review = document.getElementById('maturity-review');
    if (review) {
        review.addEventListener('submit', function (event) {
            event.preventDefault();
            var box = document.getElementById('review-result');
            var f = review.elements;
            send('GET', 'maturity/councils/' + encodeURIComponent(f.assessed.value) + '?limit=100')
                .then(function (r) {
                    var found = r.ok && r.json.results.filter(function (a) { return a.area === f.area.value; })[0];
                    if (!found) {
                        show(box, false, r.ok ? review.getAttribute('data-none') : errors(r.json));
                        return null;
                    }
                    return send('POST', 'maturity/assessments/' + found.id + '/reviews', {
                        councilCode: f.council.value,
                        verdict: review.querySelector('input[name=verdict]:checked').value,
                        comment: f.comment.value
                    }).then(function (saved) {
                        show(box, saved.ok, saved.ok ? box.getAttribute('data-saved') : errors(saved.json));
                    });
                });
        });
    }
}());
