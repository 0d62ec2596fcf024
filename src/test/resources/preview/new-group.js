// The preview's stand-in for Confluence's create-dialog wizard: posts the project-page form to the blueprint
// endpoint of the REST API and opens the new group's page. Text comes from data attributes rendered by the server.
(function () {
    'use strict';
    var form = document.getElementById('new-group');
    var errors = document.getElementById('new-group-errors');
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        errors.hidden = true;
        var members = Array.prototype.filter.call(form.elements.memberCouncils.options, function (o) {
            return o.selected;
        }).map(function (o) { return o.value; });
        var body = {
            spaceKey: form.getAttribute('data-space'),
            name: form.elements.name.value,
            aim: form.elements.aim.value,
            leadCouncil: form.elements.leadCouncil.value,
            serviceAreas: [form.elements.serviceArea.value],
            model: form.elements.model.value,
            memberCouncils: members
        };
        fetch('/rest/connected-councils/1.0/working-groups/project-pages', {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().then(function (json) { return {ok: response.ok, json: json}; });
        }).then(function (result) {
            if (result.ok) {
                window.location.assign('/groups/' + encodeURIComponent(result.json.key));
                return;
            }
            errors.textContent = (result.json.errors || []).map(function (e) {
                return (e.field ? e.field + ': ' : '') + e.message;
            }).join(' ');
            errors.hidden = false;
        });
    });
}());
