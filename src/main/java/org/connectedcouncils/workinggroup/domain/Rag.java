package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Coded;

/** Red/amber/green rating of a status report, worst first (the order "sort by RAG" uses). */
public enum Rag implements Coded {
    RED,
    AMBER,
    GREEN;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** 0 for red, 2 for green. */
    public int rank() {
        return ordinal();
    }
}
