package org.connectedcouncils.common.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.connectedcouncils.common.service.Transactions;

/**
 * The app's audit trail and transactions in one: a record made inside a transaction is held until that transaction
 * has committed and only then written, so work that is rolled back leaves no record of what did not happen. Records
 * made outside a transaction are written at once; a nested transaction's records wait for the outermost one.
 */
public final class AuditAfterCommit implements AuditTrail, Transactions {

    private final Transactions transactions;
    private final AuditTrail audit;
    private final ThreadLocal<List<AuditRecord>> pending = new ThreadLocal<>();

    public AuditAfterCommit(Transactions transactions, AuditTrail audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public void record(AuditRecord record) {
        List<AuditRecord> held = pending.get();
        if (held == null) {
            audit.record(record);
        } else {
            held.add(record);
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (pending.get() != null) {
            return transactions.inTransaction(work);
        }
        List<AuditRecord> held = new ArrayList<>();
        pending.set(held);
        T result;
        try {
            result = transactions.inTransaction(work);
        } finally {
            pending.remove();
        }
        held.forEach(audit::record);
        return result;
    }
}
