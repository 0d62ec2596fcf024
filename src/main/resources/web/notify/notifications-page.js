/*
 * The Notifications page: mark one or all read, stop watching something, and save how each kind is mailed (or stop
 * one kind from a mail's link), each as JSON through the REST API. Texts come from the page's data-text-* attributes.
 */
(function (cc) {
    'use strict';

    var http = cc.http;

    function start(root) {
        var rest = http.contextPath() + root.getAttribute('data-rest');
        var text = cc.text.lookup(root);
        var feedback = root.querySelector('.cc-notify-feedback');

        function say(message) {
            feedback.textContent = message;
        }

        function failed(error) {
            say(http.errorText(error, text('error')));
        }

        function thenReload(promise) {
            say(text('working'));
            promise.then(function () {
                window.location.reload();
            }, failed);
        }

        root.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (!button || !root.contains(button)) {
                return;
            }
            if (button.classList.contains('cc-notify-read')) {
                thenReload(http.requestJson('POST', rest + '/notifications/' +
                    encodeURIComponent(button.getAttribute('data-id')) + '/read', {}));
            } else if (button.classList.contains('cc-notify-read-all')) {
                thenReload(http.requestJson('POST', rest + '/notifications/read-all', {}));
            } else if (button.classList.contains('cc-notify-unwatch')) {
                thenReload(http.requestJson('PUT', rest + '/watches/' +
                    encodeURIComponent(button.getAttribute('data-type')) + '/' +
                    encodeURIComponent(button.getAttribute('data-key')), {watching: false}));
            } else if (button.classList.contains('cc-notify-stop')) {
                var kind = button.getAttribute('data-kind');
                say(text('working'));
                http.requestJson('PUT', rest + '/notifications/choices/' + encodeURIComponent(kind),
                    {choice: 'off'}).then(function () {
                    var select = root.querySelector('select[name="' + kind + '"]');
                    if (select) {
                        select.value = 'off';
                    }
                    button.disabled = true;
                    say(text('saved'));
                }, failed);
            }
        });

        var form = root.querySelector('.cc-notify-choices');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            say(text('working'));
            var saves = Array.prototype.map.call(form.querySelectorAll('select'), function (select) {
                return http.requestJson('PUT', rest + '/notifications/choices/' + encodeURIComponent(select.name),
                    {choice: select.value});
            });
            Promise.all(saves).then(function () {
                say(text('saved'));
            }, failed);
        });
    }

    cc.dom.startEach('[data-cc-notifications]', start);
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
