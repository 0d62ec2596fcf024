/*
 * The successor council's profile: its editors and admins take over the entries of the ended councils it succeeds.
 * One POST moves up to 50; the script calls again while some remain, then reloads so the profile comes from the
 * server again. Errors show in the panel's status line.
 */
(function (cc) {
    'use strict';

    var http = cc.http;

    function start(section) {
        var url = http.contextPath() + '/rest/connected-councils/1.0/councils/' +
            encodeURIComponent(section.getAttribute('data-council')) + '/take-over';
        var status = section.querySelector('.cc-take-over-feedback');
        var button = section.querySelector('.cc-take-over-action');

        function takeOver() {
            return http.requestJson('POST', url, {}).then(function (result) {
                return result.remaining > 0 ? takeOver() : result;
            });
        }

        button.addEventListener('click', function () {
            cc.dom.reloadAfter(takeOver, button, status, section.getAttribute('data-text-done'),
                section.getAttribute('data-text-error'));
        });
    }

    cc.dom.startEach('section.cc-take-over', start);
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
