package org.connectedcouncils.common.service;

import org.connectedcouncils.common.domain.Actor;

/** Tells who is acting in the current request; implemented by the host (Confluence) and by the local preview. */
public interface ActorProvider {

    Actor current();
}
