/**
 * Watches, notifications, mail choices, e-mail digests and the jobs that run once per cluster. Hears the lower
 * features' domain events through the kernel's event port; may use common, council, register, workinggroup and
 * maturity, and is used by profile, admin and host.
 */
package org.connectedcouncils.notify;
