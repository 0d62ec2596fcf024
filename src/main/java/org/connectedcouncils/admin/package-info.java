/**
 * The app settings and the administration use cases (councils, role mappings, service areas, CSV import), and the
 * admin page's view. It may use every feature below it; it implements the ports through which lower features read
 * the settings (e.g. {@code council.service.CreatorGroup}).
 */
package org.connectedcouncils.admin;
