package org.connectedcouncils.register.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.connectedcouncils.register.domain.SearchText;
import org.connectedcouncils.register.domain.SimilarEntry;
import org.connectedcouncils.register.domain.SimilarityQuery;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/**
 * The similar-entries check's quality (issue 15 item 3): among 1,000 entries written from one council vocabulary, 20
 * planted pairs describe the same thing in other words; each twin must be in the other's top five, another council's
 * draft that copies a twin word for word must never appear, and a request costs the same statements at any size.
 */
public class SolutionSimilarityDbTest {

    /** Name, summary, area of one twin; then name, summary, area of the other. */
    private static final String[][] TWINS = {
        {"Garden waste subscriptions", "Residents pay for a brown bin collection online", "waste",
            "Green waste collection sign-up", "Sign up and pay online for collecting garden waste bins", "waste"},
        {"Resident parking permits", "Apply for and renew a parking permit for your street", "parking",
            "Online residents permit for parking", "Renew or apply for a street parking permit online", "parking"},
        {"Missed bin reports", "Report a missed bin collection and track the crews response", "waste",
            "Report bins missed on collection day", "Residents report a missed collection; crews see it", "waste"},
        {"Council tax single person discount", "Claim the single person discount on council tax", "revenues",
            "Single occupancy council tax reduction", "Apply for a council tax discount if you live alone", "revenues"},
        {"Pothole reporting map", "Report potholes on a map with photos for highways inspectors", "highways",
            "Map-based pothole reports", "Photograph and pin potholes so highways inspectors can act", "highways"},
        {"Housing repairs booking", "Tenants book repairs to council homes and pick a slot", "housing",
            "Book a council home repair", "Council tenants choose a repair appointment slot online", "housing"},
        {"Blue badge applications", "Apply for a disabled parking blue badge with evidence upload", "parking",
            "Disabled badge online application", "Upload evidence and apply for a blue badge", "parking"},
        {"Bulky waste collection booking", "Book and pay for collecting bulky items like sofas", "waste",
            "Book a bulky item pickup", "Pay to have large household items such as sofas collected", "waste"},
        {"School admissions portal", "Parents apply for primary and secondary school places", "education",
            "Apply for a school place", "Online school place applications for parents, primary and secondary",
            "education"},
        {"Free school meals eligibility checker", "Check eligibility for free school meals and apply",
            "education", "Eligibility checks for free meals at school", "Parents check if a child gets free school"
                + " meals", "education"},
        {"Fly-tipping reports", "Report fly-tipping with a location and photos for enforcement", "environment",
            "Report illegal dumping (fly-tipping)", "Send a photo and location of fly-tipping to enforcement officers",
            "environment"},
        {"Planning application comments", "Comment on planning applications near you", "planning",
            "Comments on nearby planning applications", "Residents leave comments on planning applications",
            "planning"},
        {"Library e-book lending", "Borrow e-books and audiobooks with your library card", "libraries",
            "E-book and audiobook loans", "Library members borrow e-books and audiobooks online", "libraries"},
        {"Adult social care needs assessment", "Start an adult social care assessment online", "social-care",
            "Online needs assessment for adult care", "Begin an assessment of adult social care needs", "social-care"},
        {"Homelessness prevention triage", "Triage people at risk of homelessness and refer them early",
            "housing", "Early homelessness risk triage", "Refer people at risk of becoming homeless to early help",
            "housing"},
        {"Street light fault reporting", "Report a broken street light by its column number", "highways",
            "Report faulty street lights", "Tell us a street light is broken using the column number", "highways"},
        {"Business rates relief claims", "Businesses claim small business rates relief", "revenues",
            "Small business rate relief application", "Apply for rates relief as a small business", "revenues"},
        {"Register a birth appointment booking", "Book an appointment to register a birth", "registration",
            "Birth registration appointments", "Parents book a birth registration appointment online",
            "registration"},
        {"Taxi licence renewals", "Hackney carriage and private hire drivers renew licences online", "licensing",
            "Private hire and taxi driver licence renewal", "Drivers renew hackney carriage or private hire licences",
            "licensing"},
        {"Allotment waiting list", "Join the allotment waiting list and see your position", "parks",
            "Allotment plot waiting list", "See your place on the waiting list for an allotment plot", "parks"},
    };

    private static final String[] WORDS = {"online", "residents", "council", "service", "apply", "report",
        "book", "pay", "digital", "form", "portal", "tracker", "case", "management", "system", "data", "dashboard",
        "housing", "waste", "parking", "tax", "school", "library", "planning", "licence", "permit", "care",
        "repairs", "street", "bins", "collection", "application", "booking", "reminders", "notifications", "map",
        "payments", "claims", "requests", "enquiries", "appointments", "records", "register", "team", "staff",
        "officers", "tenants", "parents", "businesses", "visitors", "community", "support", "advice", "grants",
        "benefits", "transport", "roads", "events", "venues", "sports", "leisure", "cemeteries", "markets",
        "recycling", "noise", "pest", "control", "food", "safety", "inspections", "trees", "flooding", "energy"};
    private static final String[] AREAS = {"waste", "parking", "revenues", "highways", "housing", "education",
        "environment", "planning", "libraries", "social-care", "registration", "licensing", "parks"};
    private static final String OTHER_COUNCIL = "E08000035";

    private final RegisterFixture fixture = new RegisterFixture();
    private final Visibility brightonEditor = new Visibility(false, Set.of(SolutionTestData.BRIGHTON),
            "user-brighton-editor");
    private AoSolutionStore target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.store;
    }

    @Test
    public void similar_findsEachPlantedTwinInTheOthersTopFiveAmongAThousandEntries() {
        Random random = new Random(15);
        List<int[]> pairs = new ArrayList<>();
        List<Integer> foreignDrafts = new ArrayList<>();
        for (String[] twin : TWINS) {
            int first = insert(twin[0], twin[1], twin[2], "published", "E06000043");
            int second = insert(twin[3], twin[4], twin[5], "published", "E09000012");
            pairs.add(new int[] {first, second});
            // Another council's draft copying the first twin word for word: the best match, and never shown.
            foreignDrafts.add(insert(twin[0], twin[1], twin[2], "draft", OTHER_COUNCIL));
        }
        while (fixture.db.ao().count(AoSolution.class, net.java.ao.Query.select()) < 1_000) {
            insert(filler(random, 3), filler(random, 9), AREAS[random.nextInt(AREAS.length)],
                    random.nextInt(10) == 0 ? "draft" : "published", random.nextBoolean() ? OTHER_COUNCIL
                            : "E06000043");
        }

        List<String> misses = new ArrayList<>();
        for (int i = 0; i < TWINS.length; i++) {
            String[] twin = TWINS[i];
            List<SolutionKey> ofFirst = keys(target.similar(new SimilarityQuery(twin[0], twin[1], twin[2],
                    SolutionKey.of(pairs.get(i)[0])), brightonEditor));
            List<SolutionKey> ofSecond = keys(target.similar(new SimilarityQuery(twin[3], twin[4], twin[5],
                    SolutionKey.of(pairs.get(i)[1])), brightonEditor));
            if (!ofFirst.contains(SolutionKey.of(pairs.get(i)[1]))) {
                misses.add(twin[0] + " -> " + twin[3]);
            }
            if (!ofSecond.contains(SolutionKey.of(pairs.get(i)[0]))) {
                misses.add(twin[3] + " -> " + twin[0]);
            }
            assertThat(ofFirst).hasSizeLessThanOrEqualTo(5).doesNotContainAnyElementsOf(
                    foreignDrafts.stream().map(SolutionKey::of).toList());
            assertThat(ofSecond).doesNotContainAnyElementsOf(foreignDrafts.stream().map(SolutionKey::of).toList());
        }
        assertThat(misses).as("twins missing from each other's top 5").isEmpty();
    }

    @Test
    public void similar_showsTheReadersOwnDraftsAndAnAdministratorEveryDraft() {
        int own = insert("Garden waste subscriptions", "Pay for brown bins", "waste", "draft", "E06000043");
        int foreign = insert("Garden waste subscriptions", "Pay for brown bins", "waste", "draft", OTHER_COUNCIL);
        SimilarityQuery query = new SimilarityQuery("Garden waste subscription", "brown bin", null, null);

        List<SolutionKey> editor = keys(target.similar(query, brightonEditor));
        List<SolutionKey> admin = keys(target.similar(query, new Visibility(true, Set.of(), "admin")));

        assertThat(editor).containsExactly(SolutionKey.of(own));
        assertThat(admin).containsExactlyInAnyOrder(SolutionKey.of(own), SolutionKey.of(foreign));
    }

    @Test
    public void similar_costsTheSameStatementsAtTenEntriesAsAtAThousand() {
        Random random = new Random(3);
        for (int i = 0; i < 10; i++) {
            insert(filler(random, 3), filler(random, 9), "waste", "published", "E06000043");
        }
        SimilarityQuery query = new SimilarityQuery("Online bins booking", "Residents book bins collection online",
                "waste", null);
        int atTen = statements(query);
        while (fixture.db.ao().count(AoSolution.class, net.java.ao.Query.select()) < 1_000) {
            insert(filler(random, 3), filler(random, 9), "waste", "published", "E06000043");
        }

        int atThousand = statements(query);

        assertThat(atTen).isEqualTo(4);
        assertThat(atThousand).isEqualTo(atTen);
        assertThat(target.similar(query, brightonEditor)).hasSizeBetween(1, 5);
    }

    @Test
    public void similar_withNoWordsAsksNothing() {
        insert("Bins", "Bins", "waste", "published", "E06000043");

        assertThat(statements(new SimilarityQuery(" the and ", null, "waste", null))).isZero();
    }

    private int statements(SimilarityQuery query) {
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            target.similar(query, brightonEditor);
            return sql.count();
        }
    }

    private static List<SolutionKey> keys(List<SimilarEntry> entries) {
        return entries.stream().map(SimilarEntry::key).toList();
    }

    private static String filler(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One entry row and its word-index rows, as the store writes them. */
    private int insert(String name, String summary, String area, String state, String owner) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoSolution.NAME, name);
        row.put(AoSolution.NAME_LOWER, SolutionRows.sortName(name));
        row.put(AoSolution.SUMMARY, summary);
        row.put(AoSolution.KIND, "software");
        row.put(AoSolution.PHASE, "live");
        row.put(AoSolution.PHASE_RANK, 4);
        row.put(AoSolution.STATE, state);
        row.put(AoSolution.OWNER_CODE, owner);
        row.put(AoSolution.AREAS, area);
        row.put(AoSolution.CREATED_AT, new Date());
        row.put(AoSolution.UPDATED_AT, new Date());
        row.put(AoSolution.ENTRY_VERSION, 1);
        int id = fixture.db.ao().create(AoSolution.class, row).getID();
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (String token : SearchText.tokens(name, summary)) {
            tokens.add(Map.of(AoSearchToken.SOLUTION_ID, id, AoSearchToken.TOKEN, token));
        }
        fixture.db.ao().create(AoSearchToken.class, tokens);
        return id;
    }
}
