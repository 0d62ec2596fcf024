package org.connectedcouncils.notify.service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.SignedIn;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.notify.domain.Watch;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroups;

/**
 * The signed-in person's watches: watch or unwatch an entry they may see, a group, a council or an active service
 * area, list what they watch. A thing that does not exist (or that they may not see) is {@link NotFound}.
 */
public final class Watching {

    /** Most things one person may watch. */
    public static final int MAX_WATCHES = 500;
    static final String TOO_MANY = "connected-councils.notify.conflict.tooManyWatches";
    static final String BAD_KEY = "connected-councils.notify.error.badWatchKey";

    private final WatchStore store;
    private final ActorProvider actors;
    private final SolutionRegister register;
    private final WorkingGroups groups;
    private final CouncilDirectory councils;
    private final ServiceAreaCatalogue serviceAreas;
    private final Clock clock;

    public Watching(WatchStore store, ActorProvider actors, SolutionRegister register, WorkingGroups groups,
            CouncilDirectory councils, ServiceAreaCatalogue serviceAreas, Clock clock) {
        this.store = store;
        this.actors = actors;
        this.register = register;
        this.groups = groups;
        this.councils = councils;
        this.serviceAreas = serviceAreas;
        this.clock = clock;
    }

    /** Starts watching; answers the target in its canonical form (watching twice is fine). */
    public WatchTarget watch(WatchTarget.Type type, String key) {
        Actor actor = signedIn();
        WatchTarget target = existing(type, key);
        if (store.watched(actor.userKey(), List.of(target)).isEmpty() && store.count(actor.userKey()) >= MAX_WATCHES) {
            throw new Conflict(TOO_MANY);
        }
        store.watch(actor.userKey(), target, clock.instant());
        return target;
    }

    public void unwatch(WatchTarget.Type type, String key) {
        Actor actor = signedIn();
        store.unwatch(actor.userKey(), canonical(type, key));
    }

    /** Which of {@code targets} the person watches (for the watch buttons of a page). */
    public Set<WatchTarget> watched(Collection<WatchTarget> targets) {
        return store.watched(signedIn().userKey(), targets);
    }

    public Page<Watch> watches(PageRequest page) {
        return store.watches(signedIn().userKey(), page);
    }

    private Actor signedIn() {
        return SignedIn.require(actors);
    }

    /** The target, provided it exists and the person may see it. */
    private WatchTarget existing(WatchTarget.Type type, String key) {
        WatchTarget target = canonical(type, key);
        switch (target.type()) {
            case ENTRY -> register.get(SolutionKey.parse(target.key()).orElseThrow(() -> new NotFound(key)));
            case GROUP -> groups.get(WorkingGroupKey.parse(target.key()).orElseThrow(() -> new NotFound(key)));
            case COUNCIL -> CouncilCode.parse(target.key()).flatMap(councils::find)
                    .orElseThrow(() -> new NotFound(key));
            case SERVICE_AREA -> {
                if (!serviceAreas.activeCodes().contains(target.key())) {
                    throw new NotFound(key);
                }
            }
            default -> throw new NotFound(key);
        }
        return target;
    }

    /** The key as stored: entry and group keys upper case, council codes upper case, area codes as given. */
    public static WatchTarget canonical(WatchTarget.Type type, String key) {
        String k = key == null ? "" : key.strip();
        if (type == null || k.isEmpty() || k.length() > WatchTarget.KEY_MAX) {
            throw ValidationException.of(FieldError.of("key", BAD_KEY));
        }
        boolean upper = type != WatchTarget.Type.SERVICE_AREA;
        return new WatchTarget(type, upper ? k.toUpperCase(java.util.Locale.ROOT) : k);
    }
}
