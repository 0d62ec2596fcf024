package org.connectedcouncils.admin.rest;

import java.util.Map;

/** Outcome of an erasure: the marker now standing for the person, and rows rewritten per place and in all. */
public record AnonymisedJson(String marker, Map<String, Integer> rewritten, int total) {
}
