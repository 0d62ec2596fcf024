package org.connectedcouncils.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.workinggroup.blueprint.ProjectPageTemplate;
import org.connectedcouncils.workinggroup.domain.SpaceChoice;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;
import org.connectedcouncils.workinggroup.service.ProjectPages;

/**
 * The local implementation of {@link ProjectPages}: pages live in memory, rendered from the real project-page
 * template (i18n keys left as keys). Spaces must be added first; {@link #failNextWith} makes the next create fail.
 */
public final class LocalProjectPages implements ProjectPages {

    /** A page as Confluence would store it. */
    public record StoredPage(long id, String spaceKey, String title, String body) {
    }

    private final ProjectPageTemplate template = ProjectPageTemplate.load();
    private final Map<Long, StoredPage> pages = new ConcurrentHashMap<>();
    private final Map<String, String> spaces = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(98_000);
    private volatile RuntimeException nextFailure;

    public LocalProjectPages addSpace(String spaceKey) {
        return addSpace(spaceKey, spaceKey);
    }

    /** A space the current user may create pages in, with its name. */
    public LocalProjectPages addSpace(String spaceKey, String name) {
        spaces.put(spaceKey, name);
        return this;
    }

    public void failNextWith(RuntimeException failure) {
        this.nextFailure = failure;
    }

    public void clear() {
        pages.clear();
        spaces.clear();
        nextFailure = null;
    }

    public Map<Long, StoredPage> pages() {
        return Map.copyOf(pages);
    }

    @Override
    public List<SpaceChoice> creatableSpaces(int limit) {
        return spaces.entrySet().stream().map(e -> new SpaceChoice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SpaceChoice::name, String.CASE_INSENSITIVE_ORDER)).limit(limit).toList();
    }

    @Override
    public long create(String spaceKey, WorkingGroup group) {
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
        if (!spaces.containsKey(spaceKey)) {
            throw ValidationException.of(FieldError.of("spaceKey", WorkingGroupValidator.UNKNOWN_SPACE, spaceKey));
        }
        String title = group.details().name();
        String body = template.render(ProjectPageTemplate.variables(group), key -> key);
        long id = ids.incrementAndGet();
        pages.put(id, new StoredPage(id, spaceKey, title, body));
        return id;
    }
}
