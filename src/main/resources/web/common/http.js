/*
 * The app's one way to call its REST API from a page: same-origin requests that send JSON, read JSON or an HTML
 * fragment, and fail with an Error carrying the server's JSON error body (so errorText can show its message).
 */
(function (cc) {
    'use strict';

    function contextPath() {
        return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
    }

    function parse(text) {
        try {
            return text ? JSON.parse(text) : null;
        } catch (e) {
            return null;
        }
    }

    function request(method, url, body, accept, read, contentType) {
        var init = {method: method, credentials: 'same-origin', headers: {'Accept': accept}};
        if (body !== undefined && contentType) {
            init.headers['Content-Type'] = contentType;
            init.body = body;
        } else if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return window.fetch(url, init).then(function (response) {
            return response.text().then(function (text) {
                if (!response.ok) {
                    var error = new Error('HTTP ' + response.status);
                    error.body = parse(text);
                    throw error;
                }
                return read(text);
            });
        });
    }

    /** Sends {@code body} (when given) as JSON and resolves to the JSON answer, or null when there is none. */
    function requestJson(method, url, body) {
        return request(method, url, body, 'application/json', function (text) {
            return text ? JSON.parse(text) : null;
        });
    }

    /**
     * Sends {@code text} as it is, with {@code contentType} (a type no cross-site form can send, such as
     * application/yaml), and resolves to the JSON answer, or null when there is none.
     */
    function sendText(method, url, text, contentType) {
        return request(method, url, text, 'application/json', function (answer) {
            return answer ? JSON.parse(answer) : null;
        }, contentType);
    }

    /** GETs an HTML fragment rendered by the server and resolves to its markup. */
    function requestHtml(url) {
        return request('GET', url, undefined, 'text/html', function (text) {
            return text;
        });
    }

    /** The first message of the server's error body, or {@code fallback}. */
    function errorText(error, fallback) {
        var errors = error && error.body && error.body.errors;
        return errors && errors.length && errors[0].message ? errors[0].message : fallback;
    }

    cc.http = {
        contextPath: contextPath, requestJson: requestJson, sendText: sendText, requestHtml: requestHtml,
        errorText: errorText
    };
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
