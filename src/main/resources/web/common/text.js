/*
 * Texts on a page: every text a script shows comes from the server's i18n, as data-text-* attributes of the
 * component's root element, with {0}-style placeholders filled here.
 */
(function (cc) {
    'use strict';

    /** Fills {0}, {1}… in {@code pattern} with {@code args}; unknown placeholders stay as they are. */
    function format(pattern, args) {
        return String(pattern || '').replace(/\{(\d+)\}/g, function (match, index) {
            return args && args[index] !== undefined ? String(args[index]) : match;
        });
    }

    /** A lookup of the data-text-{name} attributes of {@code root}: lookup(name, args) gives the filled text. */
    function lookup(root) {
        return function (name, args) {
            return format(root.getAttribute('data-text-' + name) || '', args);
        };
    }

    cc.text = {format: format, lookup: lookup};
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
