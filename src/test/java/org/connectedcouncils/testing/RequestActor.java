package org.connectedcouncils.testing;

import java.util.HashSet;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.PreMatching;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.council.service.CouncilActors;

/**
 * Who is acting in the current HTTP request, standing in for Confluence's signed-in user: a filter reads the header
 * {@code X-Test-User} (tests) or the cookie {@code preview-user} (the local preview) as a {@link DemoUsers} id and
 * holds the actor on the request thread until the response is written.
 */
public final class RequestActor implements ActorProvider {

    public static final String HEADER = "X-Test-User";
    public static final String COOKIE = "preview-user";

    private final RequestScoped<Actor> actor;

    /** The {@link DemoUsers} as they are. */
    public RequestActor() {
        actor = new RequestScoped<>(HEADER, COOKIE, DemoUsers::actor, Actor::anonymous);
    }

    /**
     * The {@link DemoUsers}, each also editing for the councils the stored user mappings give their key (the preview:
     * an approved request for editor rights takes effect on the next request, as in Confluence).
     */
    public RequestActor(CouncilActors mapped) {
        actor = new RequestScoped<>(HEADER, COOKIE, id -> widened(DemoUsers.actor(id), mapped), Actor::anonymous);
    }

    private static Actor widened(Actor demo, CouncilActors mapped) {
        if (demo.isAnonymous()) {
            return demo;
        }
        Set<CouncilCode> councils = new HashSet<>(demo.editorOf());
        councils.addAll(mapped.resolve(demo.userKey(), demo.admin(), group -> false).editorOf());
        return new Actor(demo.userKey(), demo.admin(), councils, demo.mayCreate());
    }

    @Override
    public Actor current() {
        return actor.current();
    }

    /** The filter that sets and clears the actor; register it with the application. */
    public Filter filter() {
        return new Filter(actor);
    }

    /** The actor's own filter class (Jersey takes one provider per class). */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public static final class Filter extends RequestScoped.Filter<Actor> {

        Filter(RequestScoped<Actor> scoped) {
            super(scoped);
        }
    }
}
