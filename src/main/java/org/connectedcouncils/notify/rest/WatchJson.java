package org.connectedcouncils.notify.rest;

/** One watch: the type and key of the thing, whether the person watches it, since when (null when not). */
public record WatchJson(String type, String key, boolean watching, String since) {
}
