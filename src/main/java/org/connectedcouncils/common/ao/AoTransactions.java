package org.connectedcouncils.common.ao;

import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.common.service.Transactions;

/** {@link Transactions} through Active Objects, whose stores join the outer transaction this opens. */
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
