package org.connectedcouncils.common.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads an uploaded file as strict UTF-8 within a byte limit, so neither a huge nor a mis-encoded file gets in. */
public final class ImportLimits {

    public static final String TOO_LARGE = "connected-councils.io.error.tooLarge";
    public static final String NOT_UTF8 = "connected-councils.io.error.notUtf8";
    public static final String EMPTY = "connected-councils.io.error.empty";

    private ImportLimits() {
    }

    /** The decoded text without a leading byte-order mark, or the error (size, encoding, emptiness) that stops it. */
    public static Text read(InputStream in, int maxBytes) {
        byte[] bytes;
        try {
            bytes = readAtMost(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes == null) {
            return Text.failed(ImportError.of("", 0, TOO_LARGE, maxBytes / 1024));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(input, output, true);
        if (result.isError()) {
            return Text.failed(ImportError.of("", lineAt(bytes, input.position()), NOT_UTF8));
        }
        output.flip();
        String text = output.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Text.failed(ImportError.of("", 0, EMPTY));
        }
        return new Text(text, null);
    }

    /** The bytes, or null when there are more than {@code max}. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Decoded text, or the error that stopped decoding. */
    public record Text(String value, ImportError error) {

        static Text failed(ImportError error) {
            return new Text(null, error);
        }

        public Optional<ImportError> failure() {
            return Optional.ofNullable(error);
        }
    }
}
