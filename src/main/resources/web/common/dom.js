/*
 * Small DOM helpers shared by the app's scripts: building elements with text (never markup), swapping in an HTML
 * fragment rendered and escaped by the server, starting each component once the page is ready, showing a status
 * as an AUI message, and a write whose result the page shows by reloading.
 */
(function (cc) {
    'use strict';

    /** A new element with {@code text} as its text content (when given) and {@code cssClass} (when given). */
    function element(tag, text, cssClass) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        if (cssClass) {
            node.className = cssClass;
        }
        return node;
    }

    /** The elements of a server-rendered HTML fragment, parsed inert (a template runs no script, loads nothing). */
    function fragment(html) {
        var template = document.createElement('template');
        template.innerHTML = html;
        return template.content;
    }

    /** Runs {@code start(root)} once for each element matching {@code selector}, when the page is ready. */
    function startEach(selector, start) {
        function run() {
            Array.prototype.forEach.call(document.querySelectorAll(selector), function (root) {
                if (!root.getAttribute('data-cc-started')) {
                    root.setAttribute('data-cc-started', 'true');
                    start(root);
                }
            });
        }
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', run);
        } else {
            run();
        }
    }

    /** Shows {@code text} in {@code box} as an AUI message of {@code type}, beside the box's own {@code cssClass}. */
    function message(box, text, type, cssClass) {
        box.className = 'aui-message aui-message-' + type + ' ' + cssClass;
        box.textContent = text;
        box.hidden = false;
    }

    /**
     * Runs {@code write} (a function answering the request's promise) for a page that shows its result by reloading:
     * {@code button} is disabled meanwhile; then {@code status} says {@code doneText} and the page reloads, or the
     * button is enabled again and {@code status} says the server's error (else {@code errorText}).
     */
    function reloadAfter(write, button, status, doneText, errorText) {
        button.disabled = true;
        return write().then(function () {
            status.textContent = doneText;
            window.location.reload();
        }, function (error) {
            button.disabled = false;
            status.textContent = cc.http.errorText(error, errorText);
        });
    }

    cc.dom = {element: element, fragment: fragment, startEach: startEach, message: message, reloadAfter: reloadAfter};
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
