package org.connectedcouncils.register.service;

import java.util.Map;

import org.connectedcouncils.register.domain.Phase;

/**
 * How the register's vocabularies are shown: the i18n key prefixes of phases, kinds, offers and adoption states,
 * and the AUI lozenge classes of phases and of entries due for confirmation. Any view of register entries uses it.
 */
public final class RegisterVocabulary {

    public static final String PHASE = "connected-councils.phase.";
    public static final String KIND = "connected-councils.kind.";
    public static final String OFFER = "connected-councils.offer.";
    public static final String ADOPTION = "connected-councils.adoption.";
    public static final String SUPPORT = "connected-councils.support.";
    public static final String PROCUREMENT = "connected-councils.procurement.";
    public static final String HOSTING = "connected-councils.hosting.";
    /** The text of the "not confirmed" lozenge, e.g. "Not confirmed for over 180 days". */
    public static final String CONFIRMATION_DUE = "connected-councils.solution.confirmationDue";
    /** The "not confirmed" lozenge: subtle, so it reads as a prompt beside the phase rather than another phase. */
    public static final String CONFIRMATION_DUE_LOZENGE =
            "aui-lozenge aui-lozenge-subtle aui-lozenge-moved cc-confirmation-due";

    private static final Map<Phase, String> LOZENGES = Map.of(
            Phase.CONCEPT, "aui-lozenge aui-lozenge-subtle",
            Phase.DISCOVERY, "aui-lozenge aui-lozenge-new",
            Phase.ALPHA, "aui-lozenge aui-lozenge-moved",
            Phase.BETA, "aui-lozenge aui-lozenge-current",
            Phase.LIVE, "aui-lozenge aui-lozenge-success",
            Phase.RETIRED, "aui-lozenge");

    private RegisterVocabulary() {
    }

    /** AUI lozenge classes for a phase: the lifecycle reads left to right from subtle to success. */
    public static String lozenge(Phase phase) {
        return phase == null ? "aui-lozenge" : LOZENGES.get(phase);
    }
}
