package org.connectedcouncils.register.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.PubliccodeSyncStore;

/**
 * {@link PubliccodeSyncStore} on Active Objects. Problems are stored one a line as line, key path, message key and
 * arguments separated by tabs (tabs and line breaks in arguments are replaced by spaces).
 */
public final class AoPubliccodeSyncStore implements PubliccodeSyncStore {

    private static final Date NEVER = new Date(0);

    private final ActiveObjects ao;

    public AoPubliccodeSyncStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<PubliccodeSync> find(SolutionKey key) {
        OptionalInt id = EntryIds.of(key);
        return id.isEmpty() ? Optional.empty() : row(id.getAsInt()).map(AoPubliccodeSyncStore::toSync);
    }

    @Override
    public void setUrl(SolutionKey key, String url) {
        int id = (int) key.number();
        ao.executeInTransaction(() -> {
            Optional<AoPubliccodeSync> row = row(id);
            if (url == null) {
                row.ifPresent(r -> ao.delete(r));
                return null;
            }
            AoPubliccodeSync r = row.orElseGet(() -> ao.create(AoPubliccodeSync.class, Map.of(
                    AoPubliccodeSync.SOLUTION_ID, id, AoPubliccodeSync.SOURCE_URL, url, AoPubliccodeSync.TRIED_AT, NEVER)));
            r.setSourceUrl(url);
            r.setTriedAt(NEVER);
            r.setResult(null);
            r.setProblems(null);
            r.save();
            return null;
        });
    }

    @Override
    public void record(SolutionKey key, Instant at, PubliccodeSync.Result result, List<PubliccodeSync.Problem> problems) {
        ao.executeInTransaction(() -> {
            row((int) key.number()).ifPresent(r -> {
                r.setTriedAt(Date.from(at));
                r.setResult(result.name());
                r.setProblems(problems.isEmpty() ? null : encode(new PubliccodeSync(key, r.getSourceUrl(), at, result,
                        problems).problems()));
                r.save();
            });
            return null;
        });
    }

    @Override
    public List<PubliccodeSync> due(int limit) {
        return Arrays.stream(ao.find(AoPubliccodeSync.class, Query.select()
                        .order(AoPubliccodeSync.TRIED_AT + " ASC, " + AoPubliccodeSync.SOLUTION_ID + " ASC")
                        .limit(limit)))
                .map(AoPubliccodeSyncStore::toSync).toList();
    }

    private Optional<AoPubliccodeSync> row(int solutionId) {
        AoPubliccodeSync[] rows = ao.find(AoPubliccodeSync.class,
                Query.select().where(AoPubliccodeSync.SOLUTION_ID + " = ?", solutionId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static PubliccodeSync toSync(AoPubliccodeSync row) {
        Instant tried = row.getTriedAt() == null || row.getTriedAt().getTime() == 0 ? null
                : row.getTriedAt().toInstant();
        PubliccodeSync.Result result = row.getResult() == null ? PubliccodeSync.Result.NEVER
                : PubliccodeSync.Result.valueOf(row.getResult());
        return new PubliccodeSync(SolutionKey.of(row.getSolutionId()), row.getSourceUrl(), tried, result,
                decode(row.getProblems()));
    }

    static String encode(List<PubliccodeSync.Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (PubliccodeSync.Problem e : problems) {
            out.append(e.line()).append('\t').append(clean(e.field())).append('\t').append(clean(e.code()));
            for (String argument : e.arguments()) {
                out.append('\t').append(clean(argument));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static List<PubliccodeSync.Problem> decode(String text) {
        List<PubliccodeSync.Problem> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length < 3) {
                continue;
            }
            int at;
            try {
                at = Integer.parseInt(parts[0]);
            } catch (NumberFormatException e) {
                at = 0;
            }
            out.add(new PubliccodeSync.Problem(parts[1], at, parts[2], List.of(Arrays.copyOfRange(parts, 3,
                    parts.length))));
        }
        return out;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
