package org.connectedcouncils.workinggroup.service;

import java.util.function.Supplier;

/** Runs work that spans several stores or ports in one database transaction; store writes inside join it. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
