package org.connectedcouncils.workinggroup.domain;

import java.time.LocalDate;

/**
 * What a council commits to a group: people-days a month (in tenths of a day), money (whole pounds a year), a role
 * in its own words ("hosts the service", "tests with residents") and the day its editors agreed (nullable).
 */
public record CommitmentTerms(int peopleDayTenths, long moneyPerYear, String role, LocalDate agreedOn) {
}
