/*
 * Notifications on the admin page: the scheduled jobs (last run, mails sent, last failure, next run) and the mail
 * settings, read from the admin REST API; "Run the jobs now" and "Send me a test e-mail" post JSON to it. Every text
 * shown comes from the section's data-text-* attributes.
 */
(function () {
    'use strict';

    var cc = window.ConnectedCouncils;
    var element = cc.dom.element;
    var http = cc.http;

    function start(root) {
        var rest = root.getAttribute('data-rest') + '/notifications';
        var text = cc.text.lookup(root);
        var status = root.querySelector('.cc-notify-admin-status');
        var tbody = root.querySelector('.cc-notify-jobs tbody');

        function say(message, type) {
            cc.dom.message(status, message, type || 'info', 'cc-notify-admin-status');
        }

        function when(iso) {
            return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : text('never');
        }

        function failed(error) {
            say(http.errorText(error, text('failed')), 'error');
        }

        function load() {
            http.requestJson('GET', rest + '/jobs').then(function (jobs) {
                tbody.textContent = '';
                jobs.forEach(function (job) {
                    var row = element('tr');
                    [job.key, job.schedule, when(job.lastEnd || job.lastStart), String(job.lastSent),
                        job.lastFailure ? job.lastFailure + ' (' + when(job.lastFailureAt) + ')' : '',
                        when(job.nextRun)].forEach(function (cell) {
                        row.appendChild(element('td', cell));
                    });
                    tbody.appendChild(row);
                });
            }, failed);
            http.requestJson('GET', rest + '/mail').then(function (mail) {
                root.querySelector('[data-cc-mail=server]').textContent = mail.configured
                    ? text('configured', [mail.server]) : text('unconfigured');
                root.querySelector('[data-cc-mail=from]').textContent = mail.from || '';
            }, failed);
        }

        root.querySelector('[data-cc-notify-run]').addEventListener('click', function () {
            say(text('working'));
            http.requestJson('POST', rest + '/jobs/run', {}).then(function (run) {
                var total = Object.keys(run.sent).reduce(function (sum, key) {
                    return sum + Math.max(0, run.sent[key]);
                }, 0);
                say(text('ran', [total]), 'confirmation');
                load();
            }, failed);
        });
        root.querySelector('[data-cc-notify-test]').addEventListener('click', function () {
            say(text('working'));
            http.requestJson('POST', rest + '/mail/test', {}).then(function (sent) {
                say(text('sent', [sent.to]), 'confirmation');
                load();
            }, failed);
        });
        load();
    }

    cc.dom.startEach('[data-cc-notify-admin]', start);
}());
