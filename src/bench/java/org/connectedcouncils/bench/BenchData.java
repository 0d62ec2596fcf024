package org.connectedcouncils.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import org.connectedcouncils.council.ao.AoCouncil;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.register.ao.AoAdoption;
import org.connectedcouncils.register.ao.AoSearchToken;
import org.connectedcouncils.register.ao.AoSolution;
import org.connectedcouncils.register.ao.AoSolutionArea;
import org.connectedcouncils.register.ao.AoSolutionOffer;
import org.connectedcouncils.register.ao.AoWordArea;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SearchText;
import org.connectedcouncils.register.domain.SolutionKind;

/**
 * Seeds the register through the app's own Active Objects tables with the bulk {@code create(Class, List<Map>)} path
 * (one multi-row insert per chunk): 400 councils, entries with realistic names and summaries, 1–3 service areas,
 * 0–3 offers, a phase mix, and 0–10 adoptions per entry (5 on average) by distinct councils. Deterministic (fixed
 * seed) and incremental: {@link #growTo(int)} adds entries until the register holds that many.
 */
final class BenchData {

    static final int COUNCILS = 400;
    /** The word of the text query; one entry in 12 has it in its name. */
    static final String QUERY_WORD = "reminders";
    static final String QUERY_AREA = "waste";
    static final int CARD_ADOPTIONS = 50;
    private static final int CHUNK = 1000;

    static final String[] AREAS = {"adult-social-care", "benefits", "births-deaths-marriages",
            "building-control", "business", "children", "community-safety", "council-tax", "customer-services",
            "democracy", "education", "environmental-health", "highways", "homelessness", "housing",
            "it-infrastructure", "leisure-culture", "parking", "parks", "planning", "public-health", "waste",
            "workforce"};
    private static final Map<String, String[]> TOPICS = Map.of(
            "waste", new String[]{"Bin collection", "Recycling", "Bulky waste", "Garden waste", "Fly-tipping"},
            "highways", new String[]{"Pothole", "Street lighting", "Gritting route", "Roadworks"},
            "housing", new String[]{"Housing repairs", "Damp and mould", "Tenancy", "Void property"},
            "parking", new String[]{"Parking permit", "Blue badge", "Penalty charge"},
            "council-tax", new String[]{"Council tax", "Single person discount", "Business rates"},
            "adult-social-care", new String[]{"Care needs", "Home care", "Carers support"},
            "children", new String[]{"School admissions", "Early help", "Childcare place"},
            "planning", new String[]{"Planning application", "Local plan", "Tree preservation"});
    private static final String[] GENERIC_TOPICS = {"Resident account", "Complaints", "Appointment", "Licence",
            "Contact centre", "Payments", "Consultation", "Case management", "Casework", "Form"};
    private static final String[] TOOLS = {"reminders", "portal", "chatbot", "dashboard", "tracker", "booking",
            "reporting", "app", "checker", "workflow", "API", "notifications"};
    private static final String[] PREFIXES = {"", "", "", "Digital ", "Online ", "Open ", "Shared ", "Smart "};
    private static final String[] VERBS = {"report", "book", "track", "pay for", "apply for", "check", "renew"};
    private static final String[] TECH = {"GOV.UK Notify", "Power Apps", "Drupal", "a Rails app", "Salesforce",
            "an open-source Python service", "Microsoft Dynamics", "a low-code form builder"};
    private static final String[] TOWNS = {"Ash", "Brook", "Castle", "Dale", "Elm", "Fen", "Glen", "Haver",
            "Ivy", "Kings", "Lyn", "Marsh", "North", "Oak", "Port", "Queens", "River", "Stone", "Thorn", "Wold"};
    private static final String[] TOWN_ENDS = {"ford", "ham", "ley", "bury", "field", "worth", "ton", "wick",
            "mouth", "stead"};
    private static final String[] LICENCES = {"MIT", "Apache-2.0", "GPL-3.0-or-later", "OGL-UK-3.0", null};

    private final ActiveObjects ao;
    private final EntityManager em;
    private final Random random = new Random(20261127L);
    private final List<String> councilCodes = new ArrayList<>();
    private int size;
    private int cardId;

    BenchData(ActiveObjects ao, EntityManager em) {
        this.ao = ao;
        this.em = em;
    }

    /** Adds the councils up to {@link #COUNCILS}, beside the fixture's three. */
    void seedCouncils(List<String> existing) {
        councilCodes.addAll(existing);
        List<Map<String, Object>> rows = new ArrayList<>();
        CouncilType[] types = CouncilType.values();
        for (int i = existing.size(); i < COUNCILS; i++) {
            String code = String.format(Locale.ROOT, "E07%06d", i);
            String name = TOWNS[i % TOWNS.length] + TOWN_ENDS[(i / TOWNS.length) % TOWN_ENDS.length]
                    + (i >= TOWNS.length * TOWN_ENDS.length ? " and District" : "") + " Council " + i;
            Map<String, Object> row = new HashMap<>();
            row.put(AoCouncil.CODE, code);
            row.put("NAME", name);
            row.put(AoCouncil.NAME_LOWER, name.toLowerCase(Locale.ROOT));
            row.put("TYPE", types[i % types.length].code());
            row.put("REGION", "Region " + (i % 9));
            row.put("RETIRED", false);
            rows.add(row);
            councilCodes.add(code);
        }
        ao.create(AoCouncil.class, rows);
    }

    /** The codes of every council seeded (the existing ones first). */
    List<String> councilCodes() {
        return List.copyOf(councilCodes);
    }

    int size() {
        return size;
    }

    /** The entry given exactly {@link #CARD_ADOPTIONS} adoptions (the card benchmark's subject). */
    int cardId() {
        return cardId;
    }

    /** Adds entries (and their areas, offers, tokens and adoptions) until there are {@code target}. */
    void growTo(int target) throws SQLException {
        while (size < target) {
            int n = Math.min(CHUNK, target - size);
            addChunk(n);
        }
    }

    private void addChunk(int n) throws SQLException {
        long base = 1_700_000_000_000L;
        int first = size;
        List<Map<String, Object>> rows = new ArrayList<>(n);
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Entry e = entry(first + i);
            entries.add(e);
            Map<String, Object> row = new HashMap<>();
            row.put(AoSolution.NAME, e.name);
            row.put(AoSolution.NAME_LOWER, e.name.toLowerCase(Locale.ROOT));
            row.put(AoSolution.SUMMARY, e.summary);
            row.put(AoSolution.SEARCH_TEXT, SearchText.fold(e.name + " " + e.summary));
            row.put(AoSolution.DESCRIPTION, e.description);
            row.put(AoSolution.KIND, e.kind.code());
            row.put(AoSolution.PHASE, e.phase.code());
            row.put(AoSolution.PHASE_RANK, e.phase.rank());
            row.put(AoSolution.STATE, e.state.code());
            row.put(AoSolution.OWNER_CODE, e.owner);
            row.put(AoSolution.AREAS, String.join(",", e.areas));
            row.put(AoSolution.OFFERS, e.offers.isEmpty() ? null : String.join(",", e.offers));
            row.put(AoSolution.LANDING_URL, "https://www.example-council.gov.uk/services/" + (first + i));
            row.put(AoSolution.LICENCE, e.licence);
            row.put(AoSolution.ANNUAL_SAVING, e.saving);
            row.put(AoSolution.CURRENCY, e.saving == null ? null : "GBP");
            row.put(AoSolution.CREATED_AT, new Date(base + (long) (first + i) * 60_000L));
            row.put(AoSolution.CREATED_BY, "user-seed-" + (first + i));
            row.put(AoSolution.UPDATED_AT, new Date(base + random.nextInt(730) * 86_400_000L
                    + random.nextInt(86_400_000)));
            row.put(AoSolution.ENTRY_VERSION, 1);
            row.put(AoSolution.EVALUATING_COUNT, e.count(AdoptionState.EVALUATING));
            row.put(AoSolution.USING_COUNT, e.count(AdoptionState.USING));
            row.put(AoSolution.STOPPED_COUNT, e.count(AdoptionState.STOPPED));
            rows.add(row);
        }
        long t0 = System.nanoTime();
        ao.create(AoSolution.class, rows);
        long t1 = System.nanoTime();
        int[] ids = idsOf(first, n);
        long t2 = System.nanoTime();
        List<Map<String, Object>> areas = new ArrayList<>();
        List<Map<String, Object>> offers = new ArrayList<>();
        List<Map<String, Object>> tokens = new ArrayList<>();
        List<Map<String, Object>> wordAreas = new ArrayList<>();
        List<Map<String, Object>> adoptions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            int id = ids[i];
            if (first + i == 0) {
                cardId = id;
            }
            e.areas.forEach(a -> areas.add(Map.of(AoSolutionArea.SOLUTION_ID, id, AoSolutionArea.AREA_CODE, a)));
            e.offers.forEach(o -> offers.add(Map.of(AoSolutionOffer.SOLUTION_ID, id, AoSolutionOffer.OFFER, o)));
            for (String t : SearchText.tokens(e.name, e.summary)) {
                tokens.add(Map.of(AoSearchToken.SOLUTION_ID, id, AoSearchToken.TOKEN, t));
                e.areas.forEach(a -> wordAreas.add(Map.of(AoWordArea.SOLUTION_ID, id, AoWordArea.WORD, t,
                        AoWordArea.AREA_CODE, a)));
            }
            for (int k = 0; k < e.adopters.size(); k++) {
                Map<String, Object> a = new HashMap<>();
                a.put(AoAdoption.SOLUTION_ID, id);
                a.put(AoAdoption.COUNCIL_CODE, e.adopters.get(k));
                a.put(AoAdoption.PAIR_KEY, id + ":" + e.adopters.get(k));
                a.put(AoAdoption.STATE, e.adoptionStates.get(k).code());
                a.put(AoAdoption.DECLARED_AT, new Date(base + random.nextInt(730) * 86_400_000L));
                a.put("DECLARED_BY", "user-seed-adopter");
                adoptions.add(a);
            }
        }
        createAll(AoSolutionArea.class, areas);
        createAll(AoSolutionOffer.class, offers);
        createAll(AoSearchToken.class, tokens);
        createAll(AoWordArea.class, wordAreas);
        long t3 = System.nanoTime();
        createAll(AoAdoption.class, adoptions);
        long t4 = System.nanoTime();
        if (Boolean.getBoolean("bench.verbose")) {
            System.out.printf(Locale.ROOT, "chunk %d: solutions %.2f s, ids %.2f s, areas/offers/tokens (%d) %.2f s, "
                    + "adoptions (%d) %.2f s%n", first, (t1 - t0) / 1e9, (t2 - t1) / 1e9, tokens.size(),
                    (t3 - t2) / 1e9, adoptions.size(), (t4 - t3) / 1e9);
        }
        size += n;
    }

    /** Multi-row inserts of up to ~20,000 bind values each (PostgreSQL allows 32,767 per statement). */
    private <T extends RawEntity<Integer>> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        int chunk = rows.isEmpty() ? 1 : Math.max(1, 20_000 / rows.get(0).size());
        for (int from = 0; from < rows.size(); from += chunk) {
            ao.create(type, rows.subList(from, Math.min(rows.size(), from + chunk)));
        }
    }

    /** The IDs the database gave the chunk just inserted, matched by the seed's created-by marker. */
    private int[] idsOf(int first, int n) throws SQLException {
        DatabaseProvider p = em.getProvider();
        String table = p.withSchema(em.getTableNameConverter().getName(AoSolution.class));
        int[] ids = new int[n];
        try (Connection c = p.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT " + p.quote("ID")
                + ", " + p.quote(AoSolution.CREATED_BY) + " FROM " + table + " WHERE " + p.quote("ID") + " > ?")) {
            ps.setInt(1, lastId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String marker = rs.getString(2);
                    int index = Integer.parseInt(marker.substring("user-seed-".length())) - first;
                    ids[index] = rs.getInt(1);
                    lastId = Math.max(lastId, rs.getInt(1));
                }
            }
        }
        return ids;
    }

    private int lastId;

    /** Refreshes the planner's statistics after a bulk load, as autovacuum (PostgreSQL) would soon do. */
    void analyze() throws SQLException {
        try (Connection c = em.getProvider().getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private Entry entry(int index) {
        Entry e = new Entry();
        String primary = AREAS[random.nextInt(AREAS.length)];
        String[] topics = TOPICS.getOrDefault(primary, GENERIC_TOPICS);
        String topic = topics[random.nextInt(topics.length)];
        String tool = TOOLS[random.nextInt(TOOLS.length)];
        e.name = PREFIXES[random.nextInt(PREFIXES.length)] + topic + " " + tool;
        e.owner = councilCodes.get(random.nextInt(councilCodes.size()));
        e.summary = "Lets residents " + VERBS[random.nextInt(VERBS.length)] + " " + topic.toLowerCase(Locale.ROOT)
                + " online without calling the contact centre, built with " + TECH[random.nextInt(TECH.length)]
                + ".";
        e.description = e.summary + " It replaced a paper form and a phone line; the team measured fewer failed "
                + "contacts within three months and published its research, service design and code so that other "
                + "councils can reuse them. Entry " + index + ".";
        int p = random.nextInt(100);
        e.phase = p < 5 ? Phase.CONCEPT : p < 15 ? Phase.DISCOVERY : p < 30 ? Phase.ALPHA : p < 55 ? Phase.BETA
                : p < 95 ? Phase.LIVE : Phase.RETIRED;
        e.state = random.nextInt(10) == 0 ? EntryState.DRAFT : EntryState.PUBLISHED;
        SolutionKind[] kinds = SolutionKind.values();
        e.kind = kinds[random.nextInt(kinds.length)];
        Set<String> areas = new LinkedHashSet<>();
        areas.add(primary);
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            areas.add(AREAS[random.nextInt(AREAS.length)]);
        }
        e.areas = new ArrayList<>(new java.util.TreeSet<>(areas));
        CollaborationOffer[] all = CollaborationOffer.values();
        Set<String> offers = new java.util.TreeSet<>();
        int offerCount = random.nextInt(4);
        for (int i = 0; i < offerCount; i++) {
            offers.add(all[random.nextInt(all.length)].code());
        }
        e.offers = new ArrayList<>(offers);
        e.licence = LICENCES[random.nextInt(LICENCES.length)];
        e.saving = random.nextInt(3) == 0 ? null : (long) (random.nextInt(500) + 1) * 100_000L;
        int adopters = index == 0 ? CARD_ADOPTIONS : random.nextInt(11);
        if (index == 0) {
            e.state = EntryState.PUBLISHED;
        }
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < adopters) {
            String c = councilCodes.get(random.nextInt(councilCodes.size()));
            if (!c.equals(e.owner)) {
                chosen.add(c);
            }
        }
        e.adopters = new ArrayList<>(chosen);
        e.adoptionStates = new ArrayList<>();
        for (int i = 0; i < adopters; i++) {
            int s = random.nextInt(10);
            e.adoptionStates.add(s < 6 ? AdoptionState.USING : s < 9 ? AdoptionState.EVALUATING
                    : AdoptionState.STOPPED);
        }
        return e;
    }

    private static final class Entry {
        String name;
        String summary;
        String description;
        String owner;
        Phase phase;
        EntryState state;
        SolutionKind kind;
        List<String> areas;
        List<String> offers;
        String licence;
        Long saving;
        List<String> adopters;
        List<AdoptionState> adoptionStates;

        int count(AdoptionState state) {
            return (int) adoptionStates.stream().filter(state::equals).count();
        }
    }
}
