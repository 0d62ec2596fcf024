/**
 * The digital council: a maturity model per service area, councils' self-assessments with evidence and history,
 * peer review by other councils, and the heat map and profile pictures. Uses common, council, register and
 * workinggroup; impact roll-ups (issue #20) will live here too.
 */
package org.connectedcouncils.maturity;
