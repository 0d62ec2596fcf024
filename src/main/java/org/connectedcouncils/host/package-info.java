/**
 * The only code that talks to Confluence: the imported host services, adapters for the features' ports (signed-in
 * user, permissions, pages, audit, i18n, cluster locks) and the servlets. Nothing in the features depends on it.
 */
package org.connectedcouncils.host;
