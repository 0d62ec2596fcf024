/*
 * The publiccode.yml part of an entry's page: its editors name the file's https URL (PUT, JSON) and sync now (POST,
 * JSON); the page then reloads to show the stored result, problems and History. Texts come from data-text-*.
 */
(function (cc) {
    'use strict';

    var http = cc.http;
    var dom = cc.dom;

    function start(root) {
        var rest = http.contextPath() + root.getAttribute('data-rest');
        var text = cc.text.lookup(root);
        var feedback = root.querySelector('.cc-sync-feedback');
        var form = root.querySelector('.cc-sync-form');
        if (!form) {
            return;
        }
        var url = form.elements.url;
        var error = root.querySelector('#' + CSS.escape(url.id + '-error'));

        function failed(problem) {
            var message = http.errorText(problem, text('error'));
            if (problem && problem.body && problem.body.errors && problem.body.errors[0]
                    && problem.body.errors[0].field === 'url') {
                error.textContent = message;
                url.setAttribute('aria-invalid', 'true');
                url.focus();
            }
            feedback.textContent = message;
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            error.textContent = '';
            url.removeAttribute('aria-invalid');
            feedback.textContent = text('working');
            http.requestJson('PUT', rest, {url: url.value}).then(function () {
                feedback.textContent = text('saved');
                window.location.reload();
            }).catch(failed);
        });
        Array.prototype.forEach.call(root.querySelectorAll('.cc-sync-now'), function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                feedback.textContent = text('working');
                button.disabled = true;
                http.requestJson('POST', rest + '/run', {}).then(function () {
                    feedback.textContent = text('synced');
                    window.location.reload();
                }).catch(function (problem) {
                    button.disabled = false;
                    failed(problem);
                });
            });
        });
    }

    /** In the editor: the fields a synced file fills are read-only (a choice list is disabled), pointing at the note. */
    function readOnly(note) {
        var form = document.querySelector('.cc-editor-form');
        if (!form) {
            return;
        }
        note.getAttribute('data-fields').split(' ').forEach(function (name) {
            var field = form.elements[name];
            if (!field || !field.tagName) {
                return;
            }
            if (field.tagName === 'SELECT') {
                field.disabled = true;
            } else {
                field.readOnly = true;
            }
            var described = field.getAttribute('aria-describedby');
            field.setAttribute('aria-describedby', (described ? described + ' ' : '') + note.id);
        });
    }

    dom.startEach('[data-cc-entry-sync]', start);
    dom.startEach('[data-cc-sync-note]', readOnly);
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
