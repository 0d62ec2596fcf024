package org.connectedcouncils.admin.rest;

/** Outcome of a merge: {@code from} is now retired and {@code moved} entries are filed under {@code into}. */
public record MergeJson(String from, String into, int moved) {
}
