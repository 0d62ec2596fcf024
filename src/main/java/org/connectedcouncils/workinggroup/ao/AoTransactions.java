package org.connectedcouncils.workinggroup.ao;

import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.workinggroup.service.Transactions;

/**
 * {@link Transactions} through Active Objects. Inside Confluence, AO runs in the host's transaction, which page
 * writes through PageManager are expected to share (to be confirmed on a real Confluence); in any case a failure
 * anywhere in the work rolls back every AO write in it.
 */
public final class AoTransactions implements Transactions {

    private final ActiveObjects ao;

    public AoTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
