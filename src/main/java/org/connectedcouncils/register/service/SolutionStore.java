package org.connectedcouncils.register.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.ImpactEntry;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.SimilarEntry;
import org.connectedcouncils.register.domain.SimilarityQuery;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;

/** Storage of register entries, adoptions and history. Each write is one transaction, history included. */
public interface SolutionStore {

    /** A current adoption as the re-confirmation cycle reads it, with when its adopter was last asked (or null). */
    record AdoptionCheck(Adoption adoption, Instant askedAt) {
    }

    /** Where a batch of adoption checks ends: the last (entry number, council code) read. */
    record AdoptionCursor(long solution, String council) {
    }

    /** Stores a new draft with a fresh, never reused key, and its "created" history line. */
    Solution create(SolutionContent content, String actor, Instant now);

    /**
     * Replaces the stored entry with {@code next} (content, state, confirmation date, update time) and appends the
     * history lines, provided the stored version is still {@code current.version()}.
     *
     * @throws org.connectedcouncils.common.domain.Refusal.StaleVersion when someone saved in between
     */
    Solution save(Solution current, Solution next, List<HistoryEntry> history);

    Optional<Solution> find(SolutionKey key);

    /**
     * Deletes a draft with its index rows, version claims, publiccode extras and history, in one transaction,
     * provided it is still the unpublished, unadopted version {@code current} describes.
     *
     * @throws org.connectedcouncils.common.domain.Refusal.StaleVersion when it changed in between
     */
    void delete(Solution current);

    /** A page of the entries that match and that the reader may see, with facets when the query asks. */
    SolutionList list(SolutionQuery query, Visibility visibility);

    /**
     * The key of every matching entry the reader may see, in the query's sort order (paging ignored), read in one
     * statement that carries nothing but the keys: with {@link #findAll} it reads a whole view in batches at the
     * cost of one sort, where pages by offset would re-read every earlier row.
     */
    List<SolutionKey> keys(SolutionQuery query, Visibility visibility);

    /**
     * Inserts or replaces one council's adoption of an entry, keeps the entry's adoption counts in step and appends
     * the history, in one transaction. The database allows one row per (entry, council).
     */
    Adoption saveAdoption(Solution solution, Adoption previous, Adoption next, List<HistoryEntry> history);

    Optional<Adoption> findAdoption(SolutionKey key, CouncilCode council);

    Page<Adoption> adoptions(SolutionKey key, PageRequest page);

    /** Adoptions declared by one council, newest first. */
    Page<Adoption> adoptionsBy(CouncilCode council, PageRequest page);

    Page<HistoryEntry> history(SolutionKey key, PageRequest page);

    /** Entries by key, without their long texts, in one query; unknown keys are left out. At most 100 keys. */
    Map<SolutionKey, Solution> findAll(Collection<SolutionKey> keys);

    /**
     * The entry as a card shows it: everything but its description and citizen outcomes (the two long texts a card
     * leaves out), in one statement.
     */
    Optional<Solution> findShown(SolutionKey key);

    /** Most keys {@link #findColumns} takes in one call (one IN list). */
    int MAX_PROJECTED = 500;

    /**
     * Entries by key carrying only what {@code columns} show (the others left empty), in one statement that reads
     * only those columns: the CSV export's projection. Unknown keys are left out; at most {@link #MAX_PROJECTED}.
     */
    Map<SolutionKey, Solution> findColumns(Collection<SolutionKey> keys, Collection<RegisterColumn> columns);

    /** Up to {@link SimilarityQuery#MAX_RESULTS} entries the reader may see that look like the query, best first. */
    List<SimilarEntry> similar(SimilarityQuery query, Visibility visibility);

    /**
     * Up to {@code limit} published, not retired entries with a key number above {@code afterNumber}, in key order,
     * last confirmed (or, never confirmed, created) before {@code before}: the freshness jobs read them in batches.
     */
    List<Solution> confirmedBefore(Instant before, long afterNumber, int limit);

    /** Up to {@code limit} published, not retired entries naming a key contact, with key numbers above, in order. */
    List<Solution> withContact(long afterNumber, int limit);

    /** How many entries, in any state, name this user key as their key contact (one statement). */
    int countByContact(String userKey);

    /**
     * Hands up to {@code limit} entries (any state, lowest keys first) whose key contact is {@code from} to
     * {@code to} in one transaction: each gets its next version and a history line by {@code actor}. Answers the
     * entries as they were (without long texts); a save in between refuses the whole batch (conflict).
     */
    List<Solution> reassignContact(String from, String to, int limit, String actor, Instant at);

    /** Up to {@code limit} current adoptions after {@code after} (null: from the start) last checked before. */
    List<AdoptionCheck> adoptionsCheckedBefore(Instant before, AdoptionCursor after, int limit);

    /** Up to {@code limit} current adoptions after {@code after} (null: from the start) last asked before. */
    List<AdoptionCheck> adoptionsAskedBefore(Instant before, AdoptionCursor after, int limit);

    /** Records the question to the adopter; false when the adoption changed since {@code check} was read. */
    boolean markAsked(AdoptionCheck check, Instant at);

    /** Lapses the adoption with its history line and recounts the entry; empty when it changed since read. */
    Optional<Adoption> lapse(AdoptionCheck check, Instant at, HistoryEntry line);

    /**
     * How many entries, in any state, each of these councils owns (one without any is absent); one statement per
     * 1,000 councils.
     */
    Map<CouncilCode, Integer> countByOwner(Collection<CouncilCode> owners);

    /** The key of every entry, in any state, these councils own, in key order; one statement per 1,000 councils. */
    List<SolutionKey> keysOwnedBy(Collection<CouncilCode> owners);

    /** Totals over every entry that matches the query's filters and that the reader may see (paging ignored). */
    AdoptionFigures figures(SolutionQuery query, Visibility visibility);

    /**
     * Every council that declared an adoption of an entry the query matches and the reader may see, with how many
     * such entries it uses, evaluates and stopped using (one statement; bounded by the directory, not a list).
     */
    Map<CouncilCode, AdoptionCounts> adopters(SolutionQuery query, Visibility visibility);

    /** Published entries with their counted adoptions (two statements); see {@link SolutionRegister#impactEntries}. */
    List<ImpactEntry> impactEntries();
}
