package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Sort;

/**
 * The columns the portfolio can be sorted by; its sort is written {@code -reported}, {@code rag} (red first) or
 * {@code name}. Ties are broken by the newest report.
 */
public enum PortfolioSortField implements Coded {
    REPORTED,
    RAG,
    NAME;

    public static final Sort<PortfolioSortField> DEFAULT = new Sort<>(REPORTED, true);

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
