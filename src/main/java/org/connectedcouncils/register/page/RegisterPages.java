package org.connectedcouncils.register.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.macro.RegisterTableView;
import org.connectedcouncils.register.macro.RegisterText;
import org.connectedcouncils.register.macro.SolutionCardView;
import org.connectedcouncils.register.macro.SolutionPageView;
import org.connectedcouncils.register.service.LinkingGroups;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.register.service.RegisterQueries.SolutionCard;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.PubliccodeSyncStore;
import org.connectedcouncils.register.service.SolutionRegister;

/**
 * The register's own pages under {@value SolutionPages#PATH}: {@code CC-12} (the entry's home), {@code CC-12/edit}
 * and {@code new} (the editor), {@code import} (publiccode.yml). Each reads through the register's services, so a
 * draft is shown only to those who may see it; the host decorates the body and turns the outcome into a status.
 */
public final class RegisterPages {

    public static final String WEB_RESOURCE = "org.connectedcouncils.connected-councils:register-pages";
    public static final String DOCUMENT = "templates/register/solution-page.vm";
    static final String ENTRY = "templates/register/entry-page.vm";
    static final String EDITOR = "templates/register/entry-editor.vm";
    static final String IMPORT = "templates/register/publiccode-import.vm";
    static final String SYNC = "templates/register/publiccode-sync.vm";
    static final String SYNC_NOTE = "templates/register/publiccode-sync-note.vm";
    static final String NEW = "new";
    static final String IMPORT_PATH = "import";
    static final String EDIT_SUFFIX = "/edit";
    /** The similar-entries endpoint under the solutions resource. */
    static final String SIMILAR = "/similar";
    static final int HISTORY_PAGE = PageRequest.DEFAULT_LIMIT;

    /** How showing a page went; the host turns it into an HTTP status or a sign-in redirect. */
    public enum Outcome {
        SHOWN,
        NOT_FOUND,
        NOT_ALLOWED,
        SIGN_IN
    }

    /** A page: its title (plain text) and its body, HTML already escaped by the templates. */
    public record Shown(Outcome outcome, String title, String bodyHtml) {
    }

    /** A whole page for Confluence's decorator (empty when the reader must sign in first). */
    public record Document(Outcome outcome, String html) {
    }

    private final RegisterQueries queries;
    private final SolutionRegister register;
    private final CouncilDirectory councils;
    private final ServiceAreaCatalogue serviceAreas;
    private final ActorProvider actors;
    private final MacroOutput output;
    private final LinkingGroups groups;
    private final PersonNames people;
    private final PubliccodeSyncStore syncs;

    public RegisterPages(RegisterQueries queries, SolutionRegister register, CouncilDirectory councils,
            ServiceAreaCatalogue serviceAreas, ActorProvider actors, MacroOutput output, LinkingGroups groups,
            PersonNames people, PubliccodeSyncStore syncs) {
        this.queries = queries;
        this.register = register;
        this.councils = councils;
        this.serviceAreas = serviceAreas;
        this.actors = actors;
        this.output = output;
        this.groups = groups;
        this.people = people;
        this.syncs = syncs;
    }

    /**
     * The page for {@code path} (what follows {@code /solutions/}); {@code historyStart} is the History page's
     * first line (the {@code history} query parameter, may be null or junk).
     */
    public Shown show(String path, String historyStart) throws MacroExecutionException {
        String p = path == null ? "" : path;
        try {
            if (actors.current().isAnonymous()) {
                return new Shown(Outcome.SIGN_IN, "", "");
            }
            if (p.equals(NEW)) {
                return creator();
            }
            if (p.equals(IMPORT_PATH)) {
                return importer();
            }
            if (p.endsWith(EDIT_SUFFIX)) {
                return editor(key(p.substring(0, p.length() - EDIT_SUFFIX.length())));
            }
            return entry(key(p), start(historyStart));
        } catch (Refusal.NotAuthenticated e) {
            return new Shown(Outcome.SIGN_IN, "", "");
        } catch (Refusal.NotFound e) {
            return message(Outcome.NOT_FOUND, "connected-councils.solution.page.notFound",
                    output.failure(new InvalidParameter("key", MacroParameters.UNKNOWN_KEY, p)));
        } catch (Refusal e) {
            return message(Outcome.NOT_ALLOWED, "connected-councils.solution.page.notAllowed", output.failure(e));
        }
    }

    /** {@link #show} as an HTML document titled with the page title, which Confluence decorates. */
    public Document document(String path, String historyStart) throws MacroExecutionException {
        Shown shown = show(path, historyStart);
        if (shown.outcome() == Outcome.SIGN_IN) {
            return new Document(Outcome.SIGN_IN, "");
        }
        return new Document(shown.outcome(), output.fragment(DOCUMENT,
                new SolutionPageView(shown.title(), shown.bodyHtml())));
    }

    private Shown entry(SolutionKey key, int historyStart) throws MacroExecutionException {
        SolutionCard card = queries.card(key);
        Solution s = card.solution();
        Actor actor = actors.current();
        RegisterText text = text();
        String id = "cc-entry-" + s.key();
        SolutionCardView cardView = SolutionCardView.of(id + "-card", card, OutputMode.INTERACTIVE, text);
        boolean edit = RegisterPolicy.canEdit(actor, s);
        boolean neverPublished = s.state() == EntryState.DRAFT && card.adoptions().total() == 0;
        EntryPageView.Allowed allowed = new EntryPageView.Allowed(edit, edit && !s.isPublished(),
                edit && EntryPageView.retirable(s), edit && s.isPublished(), edit && neverPublished,
                RegisterPolicy.canCreateAny(actor));
        SolutionPages pages = output.solutionPages(OutputMode.INTERACTIVE);
        EntryPageView.Addresses at = new EntryPageView.Addresses(pages.href(s.key() + EDIT_SUFFIX),
                contextPath(pages) + RegisterTableView.REST_PATH + "/" + s.key() + "/publiccode.yml",
                pages.href(NEW), pages.href(s.key().toString()) + "?history=", RegisterTableView.REST_PATH + SIMILAR,
                pages.pattern());
        var history = register.history(key, new PageRequest(historyStart, HISTORY_PAGE));
        List<EntryPageView.Section> extra = new ArrayList<>();
        EntryGroups.section(groups.linking(key, PageRequest.FIRST), pages, text).ifPresent(extra::add);
        EntryPageView view = EntryPageView.of(id, cardView, card, history, names(history),
                contactActive(s.content().keyContact()), allowed, at, text, extra);
        // The entry is visible to the reader (the card was read as them): its sync state may be shown.
        Optional<SyncPanelView> sync = SyncPanelView.of(id, RegisterTableView.REST_PATH, s, syncs.find(key), edit,
                text);
        String syncHtml = sync.isEmpty() ? "" : output.fragment(SYNC, sync.get());
        return new Shown(Outcome.SHOWN, s.content().name(), output.render(ENTRY, view, OutputMode.INTERACTIVE,
                WEB_RESOURCE) + syncHtml);
    }

    /** Whether the key contact (a user key) is an active user now; an entry naming no one has nothing to flag. */
    private boolean contactActive(String keyContact) {
        return keyContact == null || keyContact.isBlank() || people.active(List.of(keyContact)).contains(keyContact);
    }

    /** The people and councils a page of History names: one host lookup and one statement, whatever the page. */
    private HistoryNames names(Page<HistoryEntry> history) {
        Set<String> keys = new HashSet<>();
        Set<String> codes = new HashSet<>();
        EntryPageView.named(history, keys, codes);
        Set<CouncilCode> councilCodes = new HashSet<>();
        codes.forEach(c -> CouncilCode.parse(c).ifPresent(councilCodes::add));
        Map<String, String> councilNames = new HashMap<>();
        if (!councilCodes.isEmpty()) {
            councils.findAll(councilCodes).forEach((code, council) -> councilNames.put(code.value(), council.name()));
        }
        return new HistoryNames(keys.isEmpty() ? Map.of() : people.names(keys), councilNames);
    }

    private Shown creator() throws MacroExecutionException {
        List<Council> owners = ownersFor(actors.current());
        if (owners.isEmpty()) {
            throw new Refusal.NotAllowed("create");
        }
        EditorView view = EditorView.create("cc-editor", owners, serviceAreas.all(),
                addresses(pages().prefix() + "/"), text());
        return new Shown(Outcome.SHOWN, view.heading(), output.render(EDITOR, view, OutputMode.INTERACTIVE,
                WEB_RESOURCE));
    }

    private Shown editor(SolutionKey key) throws MacroExecutionException {
        Solution s = register.get(key);
        Actor actor = actors.current();
        if (!RegisterPolicy.canEdit(actor, s)) {
            throw new Refusal.NotAllowed("edit");
        }
        List<Council> owners = new ArrayList<>(ownersFor(actor));
        CouncilCode current = s.content().ownerCouncil();
        if (current != null && owners.stream().noneMatch(c -> c.code().equals(current))) {
            councils.findAll(List.of(current)).values().forEach(owners::add);
        }
        EditorView view = EditorView.edit("cc-editor", s.key().toString(), s.content().name(), owners,
                serviceAreas.all(), addresses(pages().href(s.key().toString())), text());
        Optional<SyncNoteView> note = SyncNoteView.of(view.id(), syncs.find(key), text());
        String noteHtml = note.isEmpty() ? "" : output.fragment(SYNC_NOTE, note.get());
        return new Shown(Outcome.SHOWN, view.heading(), noteHtml + output.render(EDITOR, view,
                OutputMode.INTERACTIVE, WEB_RESOURCE));
    }

    private Shown importer() throws MacroExecutionException {
        List<Council> owners = ownersFor(actors.current());
        if (owners.isEmpty()) {
            throw new Refusal.NotAllowed("create");
        }
        RegisterText text = text();
        EditorView editor = EditorView.create("cc-import", owners, serviceAreas.all(),
                addresses(pages().prefix() + "/"), text);
        SolutionPages pages = output.solutionPages(OutputMode.INTERACTIVE);
        ImportPageView view = ImportPageView.of("cc-import", RegisterTableView.REST_PATH + "/import/publiccode",
                editor, pages.href("{key}" + EDIT_SUFFIX), text);
        return new Shown(Outcome.SHOWN, text.text(ImportPageView.PREFIX + "title"),
                output.render(IMPORT, view, OutputMode.INTERACTIVE, WEB_RESOURCE));
    }

    /** The councils the actor may create entries for: an admin any council of the directory, else theirs. */
    private List<Council> ownersFor(Actor actor) {
        if (actor.admin()) {
            return councils.all().stream().filter(c -> !c.retired()).toList();
        }
        List<CouncilCode> own = actor.editorOf().stream().filter(c -> RegisterPolicy.canCreateFor(actor, c))
                .toList();
        return councils.findAll(own).values().stream().filter(c -> !c.retired())
                .sorted(Comparator.comparing(Council::name)).toList();
    }

    private EditorView.Addresses addresses(String cancel) {
        SolutionPages pages = output.solutionPages(OutputMode.INTERACTIVE);
        String rest = RegisterTableView.REST_PATH;
        return new EditorView.Addresses(rest, rest + SIMILAR, pages.pattern(), cancel, pages.href(IMPORT_PATH));
    }

    private SolutionPages pages() {
        return output.solutionPages(OutputMode.INTERACTIVE);
    }

    private Shown message(Outcome outcome, String titleKey, String html) {
        return new Shown(outcome, output.text().text(titleKey), html);
    }

    private RegisterText text() {
        return new RegisterText(output.text());
    }

    private static String contextPath(SolutionPages pages) {
        return pages.prefix();
    }

    private static SolutionKey key(String raw) {
        return SolutionKey.parse(raw).orElseThrow(() -> new Refusal.NotFound(String.valueOf(raw)));
    }

    private static int start(String raw) {
        try {
            int n = raw == null ? 0 : Integer.parseInt(raw.trim());
            return Math.max(0, Math.min(n, PageRequest.MAX_START));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
