package org.connectedcouncils.register.service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.ImpactEntry;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.SimilarEntry;
import org.connectedcouncils.register.domain.SimilarityQuery;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;

/**
 * The register use cases: authenticate, load, check permission, validate, then one store write. Entries and
 * adoptions each have their own class; both start with the same {@link RegisterGuards}.
 */
public final class DefaultSolutionRegister implements SolutionRegister {

    private final RegisterEntries entries;
    private final RegisterAdoptions adoptions;
    private final SolutionStore store;

    /** The register that publishes what happens to entries through {@code events} (after commit). */
    public DefaultSolutionRegister(SolutionStore store, CouncilDirectory councils, ServiceAreaCatalogue serviceAreas,
            ActorProvider actors, AuditTrail audit, ConfirmationPolicy confirmation, DomainEvents events,
            Clock clock) {
        this.store = store;
        RegisterGuards guards = new RegisterGuards(store, actors);
        RegisterAudit auditLog = new RegisterAudit(audit);
        this.entries = new RegisterEntries(store, guards, auditLog, councils, serviceAreas, confirmation, events,
                clock);
        this.adoptions = new RegisterAdoptions(store, guards, auditLog, councils, events, clock);
    }

    @Override
    public Solution create(SolutionContent content) {
        return entries.create(content);
    }

    @Override
    public void checkCreate(SolutionContent content) {
        entries.checkCreate(content);
    }

    @Override
    public Solution update(SolutionKey key, int expectedVersion, SolutionContent content) {
        return entries.update(key, expectedVersion, content);
    }

    @Override
    public Solution updateAs(Actor actor, SolutionKey key, int expectedVersion, SolutionContent content,
            String source) {
        return entries.updateAs(actor, key, expectedVersion, content, source);
    }

    @Override
    public Solution takeOver(SolutionKey key, CouncilCode to) {
        return entries.takeOver(key, to);
    }

    @Override
    public Solution editableBy(Actor actor, SolutionKey key) {
        return entries.getAs(actor, key);
    }

    @Override
    public void checkUpdate(SolutionKey key, int expectedVersion, SolutionContent content) {
        entries.checkUpdate(key, expectedVersion, content);
    }

    @Override
    public Solution publish(SolutionKey key) {
        return entries.publish(key);
    }

    @Override
    public Solution retire(SolutionKey key, Retirement retirement) {
        return entries.retire(key, retirement);
    }

    @Override
    public void delete(SolutionKey key) {
        entries.delete(key);
    }

    @Override
    public List<SimilarEntry> similar(SimilarityQuery query) {
        return entries.similar(query);
    }

    @Override
    public Solution confirmStillCurrent(SolutionKey key) {
        return entries.confirmStillCurrent(key);
    }

    @Override
    public ConfirmationRule confirmationRule() {
        return entries.confirmationRule();
    }

    @Override
    public Solution get(SolutionKey key) {
        return entries.get(key);
    }

    @Override
    public SolutionList list(SolutionQuery query) {
        return entries.list(query);
    }

    @Override
    public Map<SolutionKey, Solution> findVisible(Collection<SolutionKey> keys) {
        return entries.findVisible(keys);
    }

    @Override
    public void readAll(SolutionQuery query, Consumer<List<Solution>> batch) {
        entries.readAll(query, batch);
    }

    @Override
    public void readColumns(SolutionQuery query, List<RegisterColumn> columns, Consumer<List<Solution>> batch) {
        entries.readColumns(query, columns, batch);
    }

    @Override
    public Page<HistoryEntry> history(SolutionKey key, PageRequest page) {
        return entries.history(key, page);
    }

    @Override
    public Adoption declareAdoption(SolutionKey key, CouncilCode council, AdoptionDeclaration declaration) {
        return adoptions.declare(key, council, declaration);
    }

    @Override
    public Adoption reconfirmAdoption(SolutionKey key, CouncilCode council) {
        return adoptions.reconfirm(key, council);
    }

    @Override
    public Adoption confirmAdoption(SolutionKey key, CouncilCode council) {
        return adoptions.confirm(key, council);
    }

    @Override
    public Page<Adoption> adoptions(SolutionKey key, PageRequest page) {
        return adoptions.ofEntry(key, page);
    }

    @Override
    public Page<Adoption> adoptionsBy(CouncilCode council, PageRequest page) {
        return adoptions.byCouncil(council, page);
    }

    @Override
    public List<ImpactEntry> impactEntries() {
        return store.impactEntries();
    }
}
