/**
 * Working groups: membership, join requests, status reports written once and rolled up into the portfolio, and the
 * project-page blueprint. It may use {@code common}, {@code council} and the register's domain and services.
 */
package org.connectedcouncils.workinggroup;
