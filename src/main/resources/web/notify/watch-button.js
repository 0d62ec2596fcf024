/*
 * Watch buttons on the app's pages and macros (an entry, a working group, a council): each button names what it
 * watches in data-watch-type and data-watch-key, shows whether the person watches it with aria-pressed, and toggles
 * it through the REST API in JSON. Hidden until the current state is known; stays hidden for anonymous readers.
 */
(function (cc) {
    'use strict';

    var http = cc.http;

    function start(button) {
        var url = http.contextPath() + '/rest/connected-councils/1.0/watches/' +
            encodeURIComponent(button.getAttribute('data-watch-type')) + '/' +
            encodeURIComponent(button.getAttribute('data-watch-key'));
        var status = button.parentNode.querySelector('.cc-watch-status');

        function show(watching) {
            button.setAttribute('aria-pressed', watching ? 'true' : 'false');
            button.classList.toggle('cc-watch-on', watching);
            if (status) {
                status.textContent = button.getAttribute(watching ? 'data-text-on' : 'data-text-off');
            }
        }

        http.requestJson('GET', url).then(function (watch) {
            show(watch.watching);
            button.hidden = false;
        }, function () {
            button.hidden = true;
        });
        button.addEventListener('click', function () {
            var watching = button.getAttribute('aria-pressed') !== 'true';
            button.disabled = true;
            http.requestJson('PUT', url, {watching: watching}).then(function (watch) {
                show(watch.watching);
                button.disabled = false;
            }, function (error) {
                button.disabled = false;
                if (status) {
                    status.textContent = http.errorText(error, button.getAttribute('data-text-error'));
                }
            });
        });
    }

    cc.dom.startEach('button[data-watch-type]', start);
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
