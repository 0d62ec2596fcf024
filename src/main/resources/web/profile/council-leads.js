/*
 * The council profile's offers to lead (for the council's own editors): the form offers to lead in the chosen service
 * area and each withdraw button withdraws an offer, through the REST API in JSON; the page then reloads so the list,
 * the levels and the form's choices come from the server again. Errors show in the section's status line.
 */
(function (cc) {
    'use strict';

    var http = cc.http;

    function start(section) {
        var base = http.contextPath() + '/rest/connected-councils/1.0/maturity/councils/' +
            encodeURIComponent(section.getAttribute('data-council')) + '/leads/';
        var status = section.querySelector('.cc-lead-feedback');

        function send(method, area, button, doneText) {
            cc.dom.reloadAfter(function () {
                return http.requestJson(method, base + encodeURIComponent(area), {});
            }, button, status, doneText, section.getAttribute('data-text-error'));
        }

        var form = section.querySelector('form.cc-lead-offer');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                send('PUT', form.elements.area.value, form.querySelector('button[type="submit"]'),
                    section.getAttribute('data-text-offered'));
            });
        }
        section.querySelectorAll('button.cc-lead-withdraw').forEach(function (button) {
            button.addEventListener('click', function () {
                send('DELETE', button.getAttribute('data-area'), button, section.getAttribute('data-text-withdrawn'));
            });
        });
    }

    cc.dom.startEach('section.cc-council-leads', start);
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
