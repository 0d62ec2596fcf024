package org.connectedcouncils.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks at the same moment: one thread each, all held at a gate until every thread is ready, so they reach the
 * database together; collects what each returned or threw, in the tasks' order.
 */
public final class Races {

    /** One task's outcome: its value, or the exception it ended with. */
    public record Outcome<T>(T value, Throwable failure) {

        public boolean succeeded() {
            return failure == null;
        }
    }

    private Races() {
    }

    /** Each task's outcome, in the tasks' order. */
    public static <T> List<Outcome<T>> race(List<? extends Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The racing threads did not all start");
            }
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                outcomes.add(outcome(future));
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while racing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same task {@code times} times at once. */
    public static <T> List<Outcome<T>> race(int times, Callable<T> task) {
        return race(Collections.nCopies(times, task));
    }

    /** Each task's result, or the exception (or assertion error) it threw, in the tasks' order. */
    public static List<Object> all(List<? extends Callable<?>> tasks) {
        List<Callable<Object>> untyped = new ArrayList<>();
        for (Callable<?> task : tasks) {
            untyped.add(task::call);
        }
        List<Object> outcomes = new ArrayList<>();
        for (Outcome<Object> outcome : race(untyped)) {
            outcomes.add(outcome.succeeded() ? outcome.value() : outcome.failure());
        }
        return outcomes;
    }

    /** The same task {@code times} times at once; each result or exception. */
    public static List<Object> repeat(int times, Callable<?> task) {
        return all(Collections.nCopies(times, task));
    }

    /** How many outcomes are not exceptions. */
    public static long successes(List<Object> outcomes) {
        return outcomes.stream().filter(o -> !(o instanceof Throwable)).count();
    }

    private static <T> Outcome<T> outcome(Future<T> future) throws InterruptedException {
        try {
            return new Outcome<>(future.get(60, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("A racing task did not finish", e);
        }
    }
}
