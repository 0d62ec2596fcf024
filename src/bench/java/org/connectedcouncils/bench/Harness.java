package org.connectedcouncils.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm-up then measured rounds, ours and the baseline interleaved (A, B, A, B…) so that load from other processes
 * hits both alike. Each round is timed with {@link System#nanoTime()}; heap allocated is the growth of every live
 * thread's allocated-bytes counter across the round (so the HTTP server's and client's threads count too), read
 * outside the timed span.
 */
final class Harness {

    /** One measured operation. */
    interface Op {
        Object run() throws Exception;
    }

    /** Percentiles in milliseconds, mean bytes allocated, rounds, and the size of the last output. */
    record Stats(double p50, double p95, double p99, long bytesPerOp, double cpuMsPerOp, int rounds,
            int outputSize) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long warmUpNanos;
    private final long measureNanos;
    private final int maxRounds;

    Harness(double warmUpSeconds, double measureSeconds, int maxRounds) {
        this.warmUpNanos = (long) (warmUpSeconds * 1e9);
        this.measureNanos = (long) (measureSeconds * 1e9);
        this.maxRounds = maxRounds;
    }

    /** Runs both, interleaved; returns {ours, baseline}. */
    Stats[] compare(Op ours, Op baseline) throws Exception {
        long end = System.nanoTime() + warmUpNanos;
        for (int i = 0; i < 5 || System.nanoTime() < end && i < maxRounds; i++) {
            ours.run();
            baseline.run();
        }
        Round a = new Round();
        Round b = new Round();
        end = System.nanoTime() + measureNanos;
        for (int i = 0; i < 10 || System.nanoTime() < end && i < maxRounds; i++) {
            a.once(ours);
            b.once(baseline);
        }
        return new Stats[]{a.stats(), b.stats()};
    }

    /** CPU time of every live thread of this JVM (a database server in another process is not included). */
    static long cpuOfAllThreads() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long t = THREADS.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    static long allocatedByAllThreads() {
        long[] bytes = THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds());
        long sum = 0;
        for (long b : bytes) {
            if (b > 0) {
                sum += b;
            }
        }
        return sum;
    }

    static double percentile(long[] sortedNanos, double p) {
        int idx = (int) Math.ceil(p * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, idx))] / 1e6;
    }

    static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static final class Round {
        private final List<Long> nanos = new ArrayList<>();
        private long bytes;
        private long cpu;
        private int size;

        void once(Op op) throws Exception {
            long cpuBefore = cpuOfAllThreads();
            long before = allocatedByAllThreads();
            long t0 = System.nanoTime();
            Object out = op.run();
            long t1 = System.nanoTime();
            long after = allocatedByAllThreads();
            long cpuAfter = cpuOfAllThreads();
            nanos.add(t1 - t0);
            bytes += Math.max(0, after - before);
            cpu += Math.max(0, cpuAfter - cpuBefore);
            size = out instanceof byte[] b ? b.length : out == null ? 0 : out.toString().length();
        }

        Stats stats() {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return new Stats(percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                    bytes / sorted.length, cpu / 1e6 / sorted.length, sorted.length, size);
        }
    }
}
