package org.connectedcouncils.testing;

import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;

import java.util.LinkedHashMap;
import java.util.Map;

import org.connectedcouncils.common.domain.Actor;

/**
 * The signed-in users of REST tests and the local preview, by id: {@code anonymous}, {@code viewer},
 * {@code brighton-editor} (council A), {@code hackney-editor} (council B) and {@code admin}. User keys are
 * {@code user-<id>}, so the brighton editor is the key contact of {@link SolutionTestData}'s entries.
 */
public final class DemoUsers {

    public static final String ANONYMOUS = "anonymous";
    public static final String VIEWER = "viewer";
    public static final String BRIGHTON_EDITOR = "brighton-editor";
    public static final String HACKNEY_EDITOR = "hackney-editor";
    public static final String ADMIN = "admin";
    /** Test-only (not offered by the preview): an editor of council C (Leeds). */
    public static final String LEEDS_EDITOR = "leeds-editor";
    /** Test-only (not offered by the preview): a second Hackney editor, named key contact of Brighton's entries. */
    public static final String HACKNEY_CONTACT = "hackney-contact";

    private static final Map<String, Actor> ACTORS = new LinkedHashMap<>();
    private static final Map<String, Actor> TEST_ONLY = Map.of(
            LEEDS_EDITOR, Actor.editor("user-leeds-editor", LEEDS),
            HACKNEY_CONTACT, Actor.editor("user-hackney-contact", HACKNEY));

    static {
        ACTORS.put(ANONYMOUS, Actor.anonymous());
        ACTORS.put(VIEWER, Actor.viewer("user-viewer"));
        ACTORS.put(BRIGHTON_EDITOR, Actor.editor("user-brighton-editor", BRIGHTON));
        ACTORS.put(HACKNEY_EDITOR, Actor.editor("user-hackney-editor", HACKNEY));
        ACTORS.put(ADMIN, Actor.administrator("user-admin"));
    }

    private DemoUsers() {
    }

    /** The actor with this id; anyone unknown (or no id) is anonymous. */
    public static Actor actor(String id) {
        return id == null ? Actor.anonymous()
                : ACTORS.getOrDefault(id, TEST_ONLY.getOrDefault(id, Actor.anonymous()));
    }

    public static Map<String, Actor> all() {
        return Map.copyOf(ACTORS);
    }

    /** Every demo user, the test-only ones included. */
    public static Map<String, Actor> everyone() {
        Map<String, Actor> out = new LinkedHashMap<>(ACTORS);
        out.putAll(TEST_ONLY);
        return out;
    }
}
