package org.connectedcouncils.register.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The publiccode.yml fixtures (written from the standard, in src/test/resources/publiccode) and variants of them. */
final class PubliccodeFiles {

    static final String MINIMAL = "minimal.yml";
    static final String FULL = "full.yml";
    static final String VERSION_02 = "version-0.2.yml";

    private PubliccodeFiles() {
    }

    static String text(String name) {
        try (InputStream in = PubliccodeFiles.class.getResourceAsStream("/publiccode/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with one exact piece of text replaced; fails loudly when the piece is not there. */
    static String with(String name, String from, String to) {
        String text = text(name);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(name + " has no '" + from + "'");
        }
        return text.replace(from, to);
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The line (1-based) of the first occurrence of {@code piece} in {@code text}. */
    static int lineOf(String text, String piece) {
        int at = text.indexOf(piece);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + piece + "'");
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** A billion-laughs document: nine levels of lists, each repeating the previous one nine times. */
    static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("publiccodeYmlVersion: \"0.7\"\na: &a [\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.toString();
    }
}
