package org.connectedcouncils.register.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.ImpactEntry;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.SimilarEntry;
import org.connectedcouncils.register.domain.SimilarityQuery;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;

/**
 * The register's use cases, acting as the current user. Failures are reported as
 * {@link org.connectedcouncils.common.domain.Refusal}s; nothing is written when one is thrown.
 */
public interface SolutionRegister {

    /** Creates a draft owned by the content's council. */
    Solution create(SolutionContent content);

    /** Replaces an entry's content, provided {@code expectedVersion} is still the stored version. */
    Solution update(SolutionKey key, int expectedVersion, SolutionContent content);

    /**
     * The update as {@code actor} rather than the signed-in user (the publiccode.yml sync: its job acts as the app),
     * with the same permission and validation rules; an update that changes nothing writes nothing, one that does
     * gets a "synced from" history line naming {@code source}.
     */
    Solution updateAs(Actor actor, SolutionKey key, int expectedVersion, SolutionContent content, String source);

    /** The entry, if {@code actor} may edit it (not found or not allowed otherwise). */
    Solution editableBy(Actor actor, SolutionKey key);

    /** Runs every check {@link #create} runs (sign-in, permission, validation) and writes nothing: a dry run. */
    void checkCreate(SolutionContent content);

    /** Runs every check {@link #update} runs and writes nothing: a dry run. */
    void checkUpdate(SolutionKey key, int expectedVersion, SolutionContent content);

    /** Makes a draft visible to everyone. */
    Solution publish(SolutionKey key);

    /**
     * Moves an entry to the retired phase with why, what was learned and optionally the entry that replaces it; it
     * stays readable with its history.
     */
    Solution retire(SolutionKey key, Retirement retirement);

    /** Deletes a draft that was never published and has no adoptions; refused (conflict) otherwise. */
    void delete(SolutionKey key);

    /**
     * Up to {@code limit} (at most {@link SimilarityQuery#MAX_RESULTS}) entries the reader may see that look like
     * the described one, best first: for "is this already in the register?" while an entry is written.
     */
    List<SimilarEntry> similar(SimilarityQuery query);

    /** Records that the owner checked the entry is still accurate ("last confirmed" becomes now). */
    Solution confirmStillCurrent(SolutionKey key);

    /**
     * Which entries are due for confirmation, as of now and with the administrator's current setting (read on
     * every call: a changed setting shows at once). Anyone may ask; it reveals no entry.
     */
    /**
     * Moves an entry of an ended council to its successor {@code to}, for the successor's editors and admins (the
     * ownership rule's exception), validated, with its history line; see {@link CouncilTakeOver}.
     */
    Solution takeOver(SolutionKey key, CouncilCode to);

    ConfirmationRule confirmationRule();

    Solution get(SolutionKey key);

    SolutionList list(SolutionQuery query);

    /** The entries of these keys the reader may see (without their long texts), read 100 at a time. */
    Map<SolutionKey, Solution> findVisible(Collection<SolutionKey> keys);

    /**
     * Hands every entry of a view the reader may see, in its order, to {@code batch} up to 100 at a time (without
     * their long texts): for exports, which must not hold the whole view at once.
     */
    void readAll(SolutionQuery query, Consumer<List<Solution>> batch);

    /**
     * As {@link #readAll}, up to {@link SolutionStore#MAX_PROJECTED} at a time, each entry carrying only what
     * {@code columns} show (the CSV export's projection: the database reads only those columns).
     */
    void readColumns(SolutionQuery query, List<RegisterColumn> columns, Consumer<List<Solution>> batch);

    /** Declares or changes a council's adoption; a change of state needs the owner's confirmation again. */
    Adoption declareAdoption(SolutionKey key, CouncilCode council, AdoptionDeclaration declaration);

    /** The owner council confirms a council's declared adoption. */
    Adoption confirmAdoption(SolutionKey key, CouncilCode council);

    /** The adopter council says it still uses the entry: checked now, and restored if it had lapsed. */
    Adoption reconfirmAdoption(SolutionKey key, CouncilCode council);

    Page<Adoption> adoptions(SolutionKey key, PageRequest page);

    /** Adoptions declared by a council across the entries the reader may see. */
    Page<Adoption> adoptionsBy(CouncilCode council, PageRequest page);

    Page<HistoryEntry> history(SolutionKey key, PageRequest page);

    /**
     * Every published entry with the adoptions that count towards reuse (owner-confirmed, in use), for the impact
     * roll-up: two statements whatever the register's size. Needs no permission beyond reading published entries.
     */
    List<ImpactEntry> impactEntries();
}
