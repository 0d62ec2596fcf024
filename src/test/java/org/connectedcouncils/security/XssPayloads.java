package org.connectedcouncils.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stored XSS corpus: hostile text that every user-writable field is made to hold, read from {@value #RESOURCE}
 * which the browser test reads too: markup, event handlers, script addresses with entities and whitespace, SVG and
 * MathML, Velocity and moustache syntax, Unicode tricks, CSV formulas and YAML tags. A payload that runs sets
 * {@code window.__xss} or opens a dialog; a template engine that evaluates one prints {@link #EVALUATED}.
 */
public final class XssPayloads {

    /** What a template payload prints if Velocity (or a moustache engine) evaluated it. */
    public static final String EVALUATED = "CCXSSEVAL";
    /** A payload longer than any field takes; {@link #fit} cuts it to a field's limit. */
    public static final String LONG = "<img src=x onerror=window.__xss=1>".repeat(1_800)
            + "\"'><script>window.__xss=1</script>";

    /** Where the corpus lives, so that the browser test ({@code src/test/browser}) writes the same payloads. */
    public static final String RESOURCE = "/security/xss-payloads.json";
    /** Every payload: the shared file's, then {@link #LONG}. */
    public static final List<String> ALL = load();

    private XssPayloads() {
    }

    private static List<String> load() {
        try (InputStream in = XssPayloads.class.getResourceAsStream(RESOURCE)) {
            List<String> payloads = new ArrayList<>(new ObjectMapper().readValue(in,
                    new TypeReference<List<String>>() {
                    }));
            payloads.add(LONG);
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload cut to at most {@code max} characters (the long one fills the field to its limit). */
    public static String fit(String payload, int max) {
        return payload.length() <= max ? payload : payload.substring(0, max);
    }

    /** A web address that carries the payload as far as a valid http(s) address can. */
    public static List<String> urls(String payload) {
        List<String> urls = new ArrayList<>();
        urls.add(payload);
        urls.add("https://example.org/x?q=" + payload);
        urls.add("https://example.org/\"onmouseover=\"alert(1)");
        return urls;
    }
}
