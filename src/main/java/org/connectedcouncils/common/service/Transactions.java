package org.connectedcouncils.common.service;

import java.util.function.Supplier;

/**
 * Runs a unit of work in one database transaction; the stores' own transactions join it, so everything inside
 * commits together or, when the work throws, not at all.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
