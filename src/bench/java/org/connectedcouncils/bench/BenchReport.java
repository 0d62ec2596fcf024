package org.connectedcouncils.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Puts the sections the benchmark runs wrote between the results markers of BENCHMARKS.md, under a header naming the
 * machine, date and command; the hand-written findings outside the markers stay as they are.
 */
public final class BenchReport {

    static final String START = "<!-- results:start (written by bin/bench; edits here are overwritten) -->";
    static final String END = "<!-- results:end -->";

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        StringBuilder results = new StringBuilder(START).append("\n\n");
        results.append("Run of `bin/bench` (`mvn -B -Pstand-ins,bench verify`) finished ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" on ").append(machine())
                .append(". Load average when the report was written: ").append(loadAverage())
                .append(" (other engineers' builds share the 2 cores, so figures are noisy).\n\n");
        for (int i = 1; i < args.length; i++) {
            Path section = Path.of(args[i]);
            results.append(Files.exists(section) ? Files.readString(section, StandardCharsets.UTF_8)
                    : "(no results: " + section.getFileName() + " missing)\n\n");
        }
        results.append(END);
        String text = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8)
                : "# Benchmarks\n\n" + START + "\n" + END + "\n";
        int from = text.indexOf(START);
        int to = text.indexOf(END);
        String next = from < 0 || to < 0 ? text + "\n" + results + "\n"
                : text.substring(0, from) + results + text.substring(to + END.length());
        Files.writeString(target, next, StandardCharsets.UTF_8);
    }

    static String machine() {
        String cpu = "unknown CPU";
        String mem = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> ", " + Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
                    .orElse("");
        } catch (IOException | RuntimeException ignored) {
            // not Linux: leave the defaults
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + ")" + mem + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
