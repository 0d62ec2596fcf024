/*
 * The "Working group project page" wizard. On submit it asks the app to create the group and its project page
 * together (one transaction on the server: no page without a group, no group without a page) and opens the page.
 * Confluence's own page creation is cancelled by returning false. Unverified against a real Confluence 10: the
 * 'submit.<page id>' event name, state.wizardData.spaceKey and cancelling by returning false.
 */
(function ($) {
    'use strict';

    var WEB_ITEM = 'org.connectedcouncils.connected-councils:cc-working-group-create-item';
    var PAGE_ID = 'cc-working-group-page';

    function councilCodes(raw) {
        return (raw || '').split(/[\s,;]+/).filter(function (code) {
            return code.length > 0;
        });
    }

    function requestBody(state) {
        var page = state.pageData || {};
        return {
            spaceKey: state.wizardData && state.wizardData.spaceKey,
            name: page.name,
            aim: page.aim,
            leadCouncil: page.leadCouncil,
            serviceAreas: page.serviceArea ? [page.serviceArea] : [],
            model: page.model,
            memberCouncils: councilCodes(page.memberCouncils)
        };
    }

    function showError(state, xhr) {
        var box = state.$container.find('.cc-wizard-error');
        var errors = (xhr.responseJSON && xhr.responseJSON.errors) || [];
        box.empty();
        if (errors.length === 0) {
            box.append($('<p/>').text(AJS.I18n.getText('connected-councils.workinggroup.wizard.failed')));
        }
        errors.forEach(function (error) {
            box.append($('<p/>').text(error.message || error.field));
        });
        box.removeClass('hidden');
    }

    Confluence.Blueprint.setWizard(WEB_ITEM, function (wizard) {
        wizard.on('submit.' + PAGE_ID, function (event, state) {
            $.ajax({
                url: AJS.contextPath() + '/rest/connected-councils/1.0/working-groups/project-pages',
                type: 'POST',
                contentType: 'application/json',
                dataType: 'json',
                data: JSON.stringify(requestBody(state))
            }).done(function (group) {
                window.location.href = AJS.contextPath() + '/pages/viewpage.action?pageId='
                    + encodeURIComponent(group.projectPageId);
            }).fail(function (xhr) {
                showError(state, xhr);
            });
            return false;
        });
    });
}(AJS.$));
