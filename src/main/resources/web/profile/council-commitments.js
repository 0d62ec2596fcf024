/*
 * The council profile's commitments (for the council's own editors): the form records a commitment, or changes the
 * one whose edit button filled it; each remove button removes one. Everything goes through the REST API in JSON;
 * the page then reloads so the list comes from the server again. Errors show beside their fields.
 */
(function (cc) {
    'use strict';

    var http = cc.http;
    var FIELDS = ['kind', 'title', 'status', 'madeOn', 'dueBy', 'metOn', 'group'];

    function start(section) {
        var base = http.contextPath() + '/rest/connected-councils/1.0/maturity/councils/' +
            encodeURIComponent(section.getAttribute('data-council')) + '/commitments';
        var status = section.querySelector('.cc-commitment-feedback');
        var form = section.querySelector('form.cc-commitment-form');
        if (!form) {
            return;
        }
        var cancel = form.querySelector('.cc-commitment-cancel');
        var editing = null;

        function clearErrors() {
            Array.prototype.forEach.call(form.querySelectorAll('.error'), function (n) {
                n.parentNode.removeChild(n);
            });
            Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (n) {
                n.removeAttribute('aria-invalid');
            });
        }

        function showErrors(error) {
            var errors = error && error.body && error.body.errors;
            if (!errors || !errors.length) {
                status.textContent = http.errorText(error, section.getAttribute('data-text-error'));
                return;
            }
            var first = null;
            errors.forEach(function (e) {
                var input = form.elements[e.field];
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                    var message = cc.dom.element('div', e.message, 'error');
                    message.id = input.id + '-error';
                    input.setAttribute('aria-describedby', message.id);
                    input.closest('.field-group').appendChild(message);
                    first = first || input;
                }
            });
            status.textContent = errors[0].message;
            if (first) {
                first.focus();
            }
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors();
            var body = {};
            FIELDS.forEach(function (name) {
                var value = form.elements[name].value;
                if (value !== '') {
                    body[name] = value;
                }
            });
            var button = form.querySelector('button[type="submit"]');
            button.disabled = true;
            var request = editing ? http.requestJson('PUT', base + '/' + encodeURIComponent(editing), body)
                : http.requestJson('POST', base, body);
            request.then(function () {
                status.textContent = section.getAttribute('data-text-saved');
                window.location.reload();
            }, function (error) {
                button.disabled = false;
                showErrors(error);
            });
        });

        cancel.addEventListener('click', function () {
            editing = null;
            form.reset();
            clearErrors();
            cancel.hidden = true;
            status.textContent = '';
        });

        section.querySelectorAll('button.cc-commitment-edit').forEach(function (button) {
            button.addEventListener('click', function () {
                var item = button.closest('li');
                editing = item.getAttribute('data-id');
                clearErrors();
                FIELDS.forEach(function (name) {
                    form.elements[name].value = item.dataset[name] || '';
                });
                cancel.hidden = false;
                status.textContent = section.getAttribute('data-text-editing');
                form.elements.kind.focus();
            });
        });

        section.querySelectorAll('button.cc-commitment-remove').forEach(function (button) {
            button.addEventListener('click', function () {
                var id = button.closest('li').getAttribute('data-id');
                cc.dom.reloadAfter(function () {
                    return http.requestJson('DELETE', base + '/' + encodeURIComponent(id), {});
                }, button, status, section.getAttribute('data-text-removed'), section.getAttribute('data-text-error'));
            });
        });
    }

    cc.dom.startEach('section.cc-council-commitments', start);
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
