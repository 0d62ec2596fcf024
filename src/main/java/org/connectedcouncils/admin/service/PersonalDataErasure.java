package org.connectedcouncils.admin.service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.AdminAccess;
import org.connectedcouncils.common.service.PersonalData;
import org.connectedcouncils.common.service.Transactions;

/**
 * An admin's erasure of one person from the app: every feature replaces the person's user key by one new anonymous
 * marker, all in one transaction, and the audit log records the marker and the counts, never the key.
 */
public final class PersonalDataErasure {

    static final String SUMMARY = "connected-councils.audit.personalData.anonymised";
    static final String MARKER_PREFIX = "anonymised-";
    static final int KEY_LENGTH = 255;

    private final ActorProvider actors;
    private final List<PersonalData> features;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataErasure(ActorProvider actors, List<PersonalData> features, Transactions transactions,
            AuditTrail audit) {
        this.actors = actors;
        this.features = List.copyOf(features);
        this.transactions = transactions;
        this.audit = audit;
    }

    /** What an erasure did: the marker that now stands for the person, and the rows rewritten per place. */
    public record Erasure(String marker, Map<String, Integer> rewritten) {

        public int total() {
            return rewritten.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Replaces {@code userKey} everywhere the app stores it; refuses a blank, over-long or already-anonymous key. */
    public Erasure anonymise(String userKey) {
        Actor actor = admin();
        String key = userKey == null ? "" : userKey.strip();
        if (key.isEmpty()) {
            throw ValidationException.of(FieldError.of("userKey", "connected-councils.error.required"));
        }
        if (key.length() > KEY_LENGTH) {
            throw ValidationException.of(FieldError.of("userKey", "connected-councils.error.tooLong", KEY_LENGTH));
        }
        if (key.startsWith(MARKER_PREFIX)) {
            throw ValidationException.of(FieldError.of("userKey", "connected-councils.error.alreadyAnonymous"));
        }
        String marker = MARKER_PREFIX + HexFormat.of().formatHex(bytes());
        return transactions.inTransaction(() -> {
            Map<String, Integer> rewritten = new LinkedHashMap<>();
            features.forEach(f -> rewritten.putAll(f.anonymise(key, marker)));
            Erasure erasure = new Erasure(marker, rewritten);
            audit.record(new AuditRecord(SUMMARY, "person", marker, marker, actor.userKey(), changes(erasure)));
            return erasure;
        });
    }

    private byte[] bytes() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return bytes;
    }

    private static List<AuditRecord.Change> changes(Erasure erasure) {
        List<AuditRecord.Change> changes = new ArrayList<>();
        erasure.rewritten().forEach((place, rows) -> {
            if (rows > 0) {
                changes.add(new AuditRecord.Change(place, null, rows + " rows"));
            }
        });
        return changes;
    }

    private Actor admin() {
        return AdminAccess.require(actors);
    }
}
