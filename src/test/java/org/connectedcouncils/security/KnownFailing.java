package org.connectedcouncils.security;

import java.util.Map;

import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * The cells of the security suites that fail until a fix of issue #14 lands, each with the item it waits for. A
 * listed test must fail (its failure is swallowed, so the build stays green); once it passes the rule fails it,
 * asking for it to be taken off the list. Keep this the only place such cells are named.
 */
final class KnownFailing implements TestRule {

    /**
     * What a listed cell waits for; a {@code racy} cell may pass by luck of the scheduler, so only a deterministic
     * one is failed for passing.
     */
    record Pending(String fix, boolean racy) {
    }

    /** Test class simple name + "." + method name, and the #14 fix it waits for. */
    static final Map<String, Pending> PENDING_FIXES = Map.of();

    @Override
    public Statement apply(Statement base, Description description) {
        String name = description.getTestClass().getSimpleName() + "." + description.getMethodName();
        Pending pending = PENDING_FIXES.get(name);
        if (pending == null) {
            return base;
        }
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                try {
                    base.evaluate();
                } catch (AssertionError | RuntimeException expected) {
                    System.out.println("[known-failing] " + name + " fails as listed: " + pending.fix());
                    return;
                }
                System.out.println("[known-failing] " + name + " passed this run: " + pending.fix());
                if (!pending.racy()) {
                    throw new AssertionError(name + " passes now: take it off KnownFailing.PENDING_FIXES ("
                            + pending.fix() + ")");
                }
            }
        };
    }
}
