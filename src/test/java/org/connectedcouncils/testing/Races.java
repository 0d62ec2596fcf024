package org.connectedcouncils.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks at the same moment, each on its own thread released by one latch, and collects every outcome. */
public final class Races {

    private Races() {
    }

    /** The same task {@code times} times at once. */
    public static List<Object> repeat(int times, Callable<?> task) {
        return all(Collections.nCopies(times, task));
    }

    /** Each task's result, or the exception it threw, in the tasks' order. */
    public static List<Object> all(List<? extends Callable<?>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<?> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (Exception | AssertionError e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } catch (Exception e) {
            throw new IllegalStateException("A racing task did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many outcomes are not exceptions. */
    public static long successes(List<Object> outcomes) {
        return outcomes.stream().filter(o -> !(o instanceof Throwable)).count();
    }
}
