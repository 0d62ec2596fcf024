package org.connectedcouncils.register.service;

/** The i18n keys of the register use cases' refusals and audit records. */
final class RegisterMessages {

    static final String NOT_EDITOR = "connected-councils.denied.notEditor";
    static final String NOT_OWNER_EDITOR = "connected-councils.denied.notOwnerEditor";
    static final String NOT_COUNCIL_EDITOR = "connected-councils.denied.notCouncilEditor";
    static final String NOT_BOTH_COUNCILS_EDITOR = "connected-councils.denied.notBothCouncilsEditor";
    static final String ALREADY_PUBLISHED = "connected-councils.conflict.alreadyPublished";
    static final String ALREADY_RETIRED = "connected-councils.conflict.alreadyRetired";
    static final String NOT_PUBLISHED = "connected-councils.conflict.notPublished";
    static final String ALREADY_CONFIRMED = "connected-councils.conflict.alreadyConfirmed";
    static final String OWN_COUNCIL = "connected-councils.error.ownCouncil";
    static final String FUTURE_DATE = "connected-councils.error.futureDate";
    static final String DELETE_PUBLISHED = "connected-councils.conflict.deletePublished";
    static final String DELETE_ADOPTED = "connected-councils.conflict.deleteAdopted";
    static final String AUDIT_DELETED = "connected-councils.audit.solution.deleted";
    static final String AUDIT_CREATED = "connected-councils.audit.solution.created";
    static final String AUDIT_UPDATED = "connected-councils.audit.solution.updated";
    static final String AUDIT_PUBLISHED = "connected-councils.audit.solution.published";
    static final String AUDIT_RETIRED = "connected-councils.audit.solution.retired";
    static final String AUDIT_CONFIRMED = "connected-councils.audit.solution.confirmed";
    static final String AUDIT_ADOPTION_DECLARED = "connected-councils.audit.adoption.declared";
    static final String AUDIT_ADOPTION_CONFIRMED = "connected-councils.audit.adoption.confirmed";
    static final String AUDIT_ADOPTION_RECONFIRMED = "connected-councils.audit.adoption.reconfirmed";
    static final String STOPPED_NO_CHECK = "connected-councils.conflict.stoppedNoCheck";

    private RegisterMessages() {
    }
}
