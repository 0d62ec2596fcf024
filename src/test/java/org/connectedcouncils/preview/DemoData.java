package org.connectedcouncils.preview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.BudgetBand;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.testing.MutableClock;
import org.connectedcouncils.testing.SwitchableActor;

/**
 * Demo data for the preview: real councils, plausible (invented) solutions across service areas and phases, and
 * adoptions in every state. Everything is written through the real use cases, acting as the right council's editor.
 * Entries say "Demo data" in their outcomes so nobody mistakes them for real claims.
 */
public final class DemoData {

    /** name | summary | kind | phase | owner | areas | offers | licence | repository | one-off £ | running £ | saving £ | adopters. */
    private static final String[] SOLUTIONS = {
        "Bin collection day finder|Residents find their next bin day and set reminders by postcode|software|live|E06000043|waste|share-code,open-to-conversation|MIT|https://github.com/example-councils/bin-day-finder|25000|3000|12000|E09000008:using,E08000035:using,E06000045:evaluating,E07000178:stopped",
        "Report a missed bin|A short form that sends missed collections straight to the crew's tablets|software|beta|E08000035|waste|share-code|AGPL-3.0-or-later|https://github.com/example-councils/missed-bin|18000|2000|9000|E08000019:evaluating,E06000014:using",
        "Garden waste subscriptions|Online sign-up and renewal for garden waste collections with card payments|service|live|E10000030|waste|offer-hosting,co-fund||https://www.example-councils.org/garden-waste|40000|8000|30000|E07000209:using,E10000016:evaluating",
        "Bulky waste booking|Book and pay for bulky item collections with slot availability|software|alpha|E09000022|waste|seek-partners|GPL-3.0-or-later|https://github.com/example-councils/bulky-waste|12000|1500|5000|E09000028:evaluating",
        "Report a pothole|Map-based reporting of road defects with photos and status updates|software|live|E10000014|highways|share-code,offer-hosting|Apache-2.0|https://github.com/example-councils/report-a-pothole|60000|9000|45000|E10000016:using,E10000020:using,E06000052:evaluating",
        "Roadworks permit checker|Checks planned roadworks against permits and clashes|software|discovery|E08000026|highways|seek-partners|||10000|||",
        "Residents' parking permits|Apply, renew and manage virtual parking permits online|software|live|E09000012|parking|share-code,co-fund|MIT|https://github.com/example-councils/parking-permits|80000|12000|60000|E09000007:using,E09000019:using,E09000030:evaluating,E06000038:stopped",
        "Parking suspension requests|Request bay suspensions for moves and works with automatic signage orders|software|beta|E09000028|parking|open-to-conversation|MIT||20000|2500|8000|E09000022:evaluating",
        "Housing repairs online|Tenants report repairs, book appointments and follow progress|software|live|E09000012|housing|share-code,seek-partners|MIT|https://github.com/example-councils/housing-repairs|150000|20000|110000|E09000008:using,E08000003:evaluating,E06000023:evaluating",
        "Damp and mould reporting|Guided reporting of damp and mould with photo evidence and triage|software|beta|E08000003|housing|co-fund,share-code|EUPL-1.2|https://github.com/example-councils/damp-mould|35000|4000|20000|E08000012:using,E08000006:evaluating",
        "Housing register eligibility checker|Tells applicants whether they are likely to qualify before they apply|software|alpha|E06000018|housing,homelessness|share-code|OGL-UK-3.0||15000|1000|7000|E06000016:evaluating",
        "Homelessness prevention triage|A shared triage pattern for the first conversation under the prevention duty|pattern|live|E09000008|homelessness|share-ideas|CC-BY-4.0||5000|||E09000028:using,E09000022:using",
        "Temporary accommodation booking|Book and track temporary accommodation placements across providers|software|discovery|E09000030|homelessness|seek-partners,co-fund|||30000|||",
        "Planning application tracker|Follow a planning application from validation to decision with alerts|software|beta|E07000209|planning|share-code|GPL-3.0-or-later|https://github.com/example-councils/planning-tracker|45000|6000|25000|E07000178:evaluating,E07000008:using",
        "Local plan consultation platform|Map-based consultation on local plan sites with moderated comments|service|live|E06000023|planning|offer-hosting,co-fund||https://www.example-councils.org/consult|70000|15000|30000|E06000037:using,E06000042:using",
        "Planning data standards research|Research with twelve councils on publishing planning data to a common schema|research|concept|E06000060|planning|share-ideas|CC-BY-SA-4.0||0|||",
        "Building control inspection app|Inspectors record site inspections offline on tablets|software|alpha|E06000042|building-control|seek-partners|MPL-2.0|https://github.com/example-councils/inspections|28000|3000|14000|",
        "Apply for a blue badge|Accessible online application for blue badges with evidence upload|software|live|E08000025|adult-social-care|share-code|MIT|https://github.com/example-councils/blue-badge|55000|7000|38000|E08000012:using,E08000021:using,W06000015:evaluating",
        "Adult social care financial assessment|Calculator that estimates what a resident will pay towards care|software|beta|E10000016|adult-social-care,benefits|share-code,open-to-conversation|Apache-2.0|https://github.com/example-councils/care-calculator|42000|5000|26000|E10000014:evaluating,E10000030:using",
        "Care provider directory|Searchable directory of care providers with vacancies|data|live|E06000052|adult-social-care|offer-hosting|OGL-UK-3.0||20000|4000|6000|E06000014:using",
        "Carers' assessment self-referral|Carers start their own assessment online and get advice straight away|software|discovery|E08000019|adult-social-care|seek-partners|||8000|||",
        "Children's services case-note templates|Research-led templates that make case notes quicker to write and read|pattern|beta|E09000019|children|share-ideas|CC-BY-4.0||6000|||E09000007:using,E09000012:evaluating",
        "School admissions chatbot|Answers common questions about school admissions in plain English|software|alpha|E06000045|education,children|open-to-conversation|Apache-2.0||16000|3000|6000|E06000044:evaluating",
        "Free school meals auto-enrolment|Uses benefits data to enrol eligible children without a form|service|live|E06000044|education,benefits|share-ideas,open-to-conversation|||30000|2000|90000|E06000045:using,E09000025:evaluating",
        "Council tax single person discount|Online claim with automatic checks and fewer reviews|software|live|E07000008|council-tax|share-code|MIT|https://github.com/example-councils/spd|22000|2000|40000|E07000178:using,E07000209:using",
        "Council tax direct debit sign-up|Residents set up and change direct debits without calling|software|beta|E06000014|council-tax|share-code|MIT||9000|1000|15000|",
        "Benefits calculator pattern|A tested pattern for showing residents what they may be entitled to|pattern|live|E08000006|benefits|share-ideas|CC-BY-4.0||3000|||E08000003:using,E08000007:using",
        "Household support fund applications|Apply for crisis support with eligibility checks and payments|software|retired|E08000007|benefits|open-to-conversation|GPL-3.0-or-later||25000|||E08000006:stopped",
        "Register a death online|Book a registration appointment and send documents in advance|software|beta|E10000020|births-deaths-marriages|share-code|Apache-2.0||14000|1500|9000|",
        "Tell Us Once integration|Passes registration outcomes to council services automatically|service|live|S12000036|births-deaths-marriages|open-to-conversation|||18000|3000|12000|S12000049:evaluating",
        "Library e-card sign-up|Join the library online and borrow e-books at once|software|live|W06000015|leisure-culture|share-code|MIT||10000|1000|4000|W06000011:using",
        "Leisure booking platform|Book classes and courts across council leisure centres|contract|live|E08000021|leisure-culture|co-fund||https://www.example-councils.org/leisure|90000|18000|35000|E08000019:evaluating",
        "Tree works requests|Request and track work on council-owned trees|software|alpha|E06000037|parks|share-code|MIT||7000|800|3000|",
        "Allotment waiting list|Join, manage and be offered allotment plots online|software|live|E06000038|parks|share-code|MIT|https://github.com/example-councils/allotments|6000|600|4000|E06000037:using,E07000178:evaluating",
        "Food hygiene inspection scheduler|Plans inspections by risk and publishes ratings on time|software|beta|N09000003|environmental-health|open-to-conversation|EUPL-1.2||20000|2500|11000|",
        "Noise nuisance reporting|Residents log noise with recordings and diaries from their phone|software|discovery|E09000030|environmental-health,community-safety|seek-partners|||9000|||",
        "Taxi licensing portal|Drivers and operators apply and renew licences online|software|live|E08000012|business|share-code|AGPL-3.0-or-later||38000|5000|22000|E08000003:evaluating",
        "Street trading licences|Apply for pavement and market trading licences|software|concept|NL-GM0363|business|share-ideas|EUPL-1.2||0|||",
        "Digital inclusion device lending|A pattern and contract for lending devices and data to residents|contract|live|E06000016|customer-services|share-ideas,co-fund|||15000|5000|8000|E06000018:using",
        "Contact centre call summaries|Research on summarising calls to cut wrap-up time|research|discovery|S12000049|customer-services|share-ideas|CC-BY-4.0||12000|||",
        "Shared identity and sign-in|One account for residents across council services|software|alpha|E06000060|it-infrastructure,customer-services|co-fund,seek-partners|Apache-2.0|https://github.com/example-councils/resident-id|120000|25000|60000|E10000030:evaluating,E06000042:evaluating",
        "LocalGov website platform|A shared website platform and component library for councils|software|live|E06000043|it-infrastructure,democracy|share-code,co-fund|GPL-2.0-or-later|https://github.com/example-councils/website-platform|200000|30000|150000|E09000008:using,E06000052:using,E08000035:using,W06000011:evaluating,E06000023:evaluating",
    };

    /** Every this-many-th entry (unless retired) is left unconfirmed for over a year. */
    static final int DUE_EVERY = 7;

    private DemoData() {
    }

    /**
     * Writes the directory and the demo register; the register must be empty. The entries are written long before
     * {@code now} (on {@code clock}); then most are confirmed as still current in the weeks before {@code now} and
     * every {@link #DUE_EVERY}th one is left unconfirmed since, so the preview shows a few entries due for
     * confirmation. Returns the number of entries.
     */
    public static int load(CouncilDirectory councils, SolutionRegister register, SwitchableActor actor,
            MutableClock clock, Instant now) {
        for (Council council : DemoCouncils.ALL) {
            councils.save(council.keepingListDataOf(councils.find(council.code()).orElse(null)));
        }
        DemoCouncils.ENDED.forEach(councils::save);
        int count = 0;
        List<String[]> adoptions = new ArrayList<>();
        List<Solution> current = new ArrayList<>();
        for (String line : SOLUTIONS) {
            String[] f = line.split("\\|", -1);
            CouncilCode owner = CouncilCode.of(f[4]);
            actor.actAs(Actor.editor("demo-editor-" + owner.value().toLowerCase(Locale.ROOT), owner));
            clock.advance(Duration.ofHours(7));
            boolean retire = f[3].equals("retired");
            Solution created = register.create(content(f, retire ? Phase.LIVE : Coded.fromCode(Phase.class, f[3])
                    .orElseThrow()));
            Solution published = register.publish(created.key());
            if (retire) {
                register.retire(published.key(), new Retirement("Replaced by a national service (demo data).",
                        "Check for a national service before building a local one (demo data).", null));
            }
            if (count % 3 == 0) {
                register.confirmStillCurrent(created.key());
            }
            if (!retire && count % DUE_EVERY != DUE_EVERY - 1) {
                current.add(created);
            }
            if (!f[12].isEmpty()) {
                for (String adopter : f[12].split(",")) {
                    adoptions.add(new String[] {created.key().toString(), owner.value(), adopter});
                }
            }
            count++;
        }
        int n = 0;
        for (String[] a : adoptions) {
            String[] councilAndState = a[2].split(":");
            CouncilCode adopter = CouncilCode.of(councilAndState[0]);
            var key = org.connectedcouncils.register.domain.SolutionKey.parse(a[0]).orElseThrow();
            actor.actAs(Actor.editor("demo-editor-" + adopter.value().toLowerCase(Locale.ROOT), adopter));
            clock.advance(Duration.ofHours(3));
            register.declareAdoption(key, adopter, new AdoptionDeclaration(
                    Coded.fromCode(AdoptionState.class, councilAndState[1]).orElseThrow(),
                    LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(20L + 9L * n), null));
            if (n % 2 == 0) {
                CouncilCode owner = CouncilCode.of(a[1]);
                actor.actAs(Actor.editor("demo-editor-" + owner.value().toLowerCase(Locale.ROOT), owner));
                register.confirmAdoption(key, adopter);
            }
            n++;
        }
        confirmRecently(register, actor, clock, now, current);
        actor.actAs(Actor.anonymous());
        return count;
    }

    /** Confirms {@code entries} on days spread over the 60 days before {@code now}; the clock then carries on. */
    private static void confirmRecently(SolutionRegister register, SwitchableActor actor, MutableClock clock,
            Instant now, List<Solution> entries) {
        Instant carryOn = clock.instant();
        int i = 0;
        for (Solution entry : entries) {
            CouncilCode owner = entry.content().ownerCouncil();
            actor.actAs(Actor.editor("demo-editor-" + owner.value().toLowerCase(Locale.ROOT), owner));
            clock.set(now.minus(Duration.ofDays(1L + (i * 7L) % 60)).minus(Duration.ofHours(i % 9)));
            register.confirmStillCurrent(entry.key());
            i++;
        }
        clock.set(carryOn);
    }

    private static SolutionContent content(String[] f, Phase phase) {
        SolutionKind kind = Coded.fromCode(SolutionKind.class, f[2]).orElseThrow();
        Set<CollaborationOffer> offers = new java.util.HashSet<>();
        for (String o : f[6].split(",")) {
            if (!o.isBlank()) {
                offers.add(Coded.fromCode(CollaborationOffer.class, o).orElseThrow());
            }
        }
        boolean software = kind == SolutionKind.SOFTWARE;
        return new SolutionContent(
                f[0],
                f[1],
                "Demo data for the local preview. " + f[1] + ". Built with residents and staff, tested in private"
                        + " beta and measured against call volumes before and after launch.",
                kind,
                phase,
                CouncilCode.of(f[4]),
                "demo-editor-" + f[4].toLowerCase(Locale.ROOT),
                new TreeSet<>(List.of(f[5].split(","))),
                offers,
                f[8].isEmpty() ? null : f[8],
                f[8].startsWith("https://github.com/") ? f[8] : null,
                f[7].isEmpty() ? null : f[7],
                software ? SoftwareType.STANDALONE_WEB : null,
                software ? MaintenanceType.INTERNAL : null,
                software ? List.of("web") : List.of(),
                List.of(),
                band(f[9]),
                pounds(f[9]),
                pounds(f[10]),
                pounds(f[11]),
                "Demo data: fewer phone calls and quicker answers for residents.");
    }

    private static Money pounds(String value) {
        return value.isEmpty() ? null : Money.of(Long.parseLong(value) * 100, "GBP");
    }

    private static BudgetBand band(String oneOff) {
        if (oneOff.isEmpty()) {
            return null;
        }
        long pounds = Long.parseLong(oneOff);
        if (pounds < 10_000) {
            return BudgetBand.UNDER_10K;
        } else if (pounds < 50_000) {
            return BudgetBand.FROM_10K_TO_50K;
        } else if (pounds < 100_000) {
            return BudgetBand.FROM_50K_TO_100K;
        }
        return BudgetBand.FROM_100K_TO_500K;
    }
}
