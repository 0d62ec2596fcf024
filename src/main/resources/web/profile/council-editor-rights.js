/*
 * The council profile's editor rights: a signed-in person who does not edit for the council asks to, with a reason;
 * its editors and admins approve a pending request, or refuse it with a reason. Each goes to the REST API in JSON;
 * the page then reloads so the panel's state comes from the server again. Errors show in the panel's status line.
 */
(function (cc) {
    'use strict';

    var http = cc.http;

    function start(section) {
        var base = http.contextPath() + '/rest/connected-councils/1.0/councils/' +
            encodeURIComponent(section.getAttribute('data-council')) + '/editor-requests';
        var status = section.querySelector('.cc-editor-rights-feedback');

        function send(path, body, button, doneText) {
            cc.dom.reloadAfter(function () {
                return http.requestJson('POST', base + path, body);
            }, button, status, doneText, section.getAttribute('data-text-error'));
        }

        var ask = section.querySelector('form.cc-editor-rights-ask');
        if (ask) {
            ask.addEventListener('submit', function (event) {
                event.preventDefault();
                send('', {reason: ask.elements.reason.value}, ask.querySelector('button[type="submit"]'),
                    section.getAttribute('data-text-sent'));
            });
        }
        section.querySelectorAll('form.cc-editor-rights-decide').forEach(function (form) {
            var path = '/' + encodeURIComponent(form.getAttribute('data-request'));
            form.querySelector('button[data-action="approve"]').addEventListener('click', function (event) {
                send(path + '/approve', {}, event.currentTarget, section.getAttribute('data-text-approved'));
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                send(path + '/refuse', {reason: form.elements.reason.value},
                    form.querySelector('button[data-action="refuse"]'), section.getAttribute('data-text-refused'));
            });
        });
    }

    cc.dom.startEach('section.cc-editor-rights', start);
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
