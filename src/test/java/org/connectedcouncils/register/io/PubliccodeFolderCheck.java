package org.connectedcouncils.register.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.testing.PropertiesMessages;

/**
 * Runs every publiccode.yml file of a folder (and its subfolders: *.yml, *.yaml) through the import's rules and
 * prints, per file, accepted or refused with each error or warning's line, key path and message, and whether an
 * accepted file survives export and a second check. Not a test: run it with {@code bin/check-publiccode FOLDER}.
 * Exit status 0 whatever the files say (it reports, it does not judge); 2 for a missing folder.
 */
public final class PubliccodeFolderCheck {

    private final PropertiesMessages messages = new PropertiesMessages();
    private final PrintStream out;

    PubliccodeFolderCheck(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: bin/check-publiccode FOLDER");
            System.exit(2);
        }
        new PubliccodeFolderCheck(System.out).run(Path.of(args[0]));
    }

    /** Checks every file under the folder; answers accepted/total per subfolder (relative path of the parent). */
    Map<String, int[]> run(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted()
                    .toList();
        }
        Map<String, int[]> tally = new TreeMap<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            // The bytes as the import reads them (size limit, strict UTF-8), then the trip on the decoded text.
            PubliccodeCheck.Checked read = PubliccodeCheck.check(new ByteArrayInputStream(bytes));
            PubliccodeRoundTrip.Outcome outcome = read.valid()
                    ? PubliccodeRoundTrip.run(new String(bytes, StandardCharsets.UTF_8),
                            PubliccodeImportOptions.DEFAULT_LANGUAGE)
                    : new PubliccodeRoundTrip.Outcome(read.errors(), read.warnings(), null, null, null);
            String name = folder.relativize(file).toString();
            int[] counts = tally.computeIfAbsent(parentOf(name), k -> new int[2]);
            counts[1]++;
            if (outcome.accepted()) {
                counts[0]++;
                out.println("ACCEPTED " + name + (outcome.roundTripHolds() ? "" : "  ROUND TRIP FAILS"));
                print("warning", outcome.warnings());
                if (outcome.again() != null && !outcome.again().valid()) {
                    print("exported", outcome.again().errors());
                } else if (outcome.unmappedChange() != null && !outcome.unmappedChange().isEmpty()) {
                    out.println("    round trip: " + outcome.unmappedChange());
                }
            } else {
                out.println("REFUSED  " + name);
                print("error", outcome.errors());
            }
        }
        out.println();
        tally.forEach((dir, c) -> out.printf("%s: accepted %d, refused %d, of %d%n", dir.isEmpty() ? "." : dir,
                c[0], c[1] - c[0], c[1]));
        return tally;
    }

    private void print(String kind, List<ImportError> problems) {
        for (ImportError p : problems) {
            out.printf("    %s line %d %s: %s%n", kind, p.line(), p.field().isEmpty() ? "(file)" : p.field(),
                    messages.text(p.code(), p.arguments().toArray()));
        }
    }

    private static String parentOf(String relative) {
        int cut = relative.lastIndexOf('/');
        return cut < 0 ? "" : relative.substring(0, cut);
    }
}
