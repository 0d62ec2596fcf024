package org.connectedcouncils.admin.service;

import static org.connectedcouncils.common.audit.AuditRecord.Change.addIfChanged;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.council.service.CouncilEdits;
import org.connectedcouncils.council.service.MappingGrants;
import org.connectedcouncils.council.service.RoleMappings;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.AdminAccess;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.admin.domain.AppSettings;

/**
 * What a Confluence admin runs the app with: the council list, who acts for which council, the service-area
 * taxonomy and the settings. Admins only; every change is validated first and then audited.
 */
public final class Administration {

    static final String UNKNOWN_AREA = "connected-councils.error.serviceArea";
    static final String SAME_AREA = "connected-councils.error.mergeSameArea";
    static final int NAME_LENGTH = CouncilEdits.NAME_LENGTH;

    private final ActorProvider actors;
    private final CouncilDirectory councils;
    private final RoleMappings mappings;
    private final ServiceAreaCatalogue serviceAreas;
    private final SettingsStore settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final CouncilEdits councilEdits;
    private final MappingGrants grants;

    public Administration(ActorProvider actors, CouncilDirectory councils, RoleMappings mappings,
            ServiceAreaCatalogue serviceAreas, SettingsStore settings, AuditTrail audit, Clock clock) {
        this.actors = actors;
        this.councils = councils;
        this.mappings = mappings;
        this.serviceAreas = serviceAreas;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.councilEdits = new CouncilEdits(councils, audit);
        this.grants = new MappingGrants(councils, mappings, audit);
    }

    public AppSettings settings() {
        admin();
        return settings.load();
    }

    public AppSettings saveSettings(AppSettings next) {
        Actor actor = admin();
        AppSettings before = settings.load();
        settings.save(next.validated());
        List<AuditRecord.Change> changes = new ArrayList<>();
        addIfChanged(changes, "createGroup", before.createGroup(), next.createGroup());
        addIfChanged(changes, "fundingBidLeadLimit", before.fundingBidLeadLimit(), next.fundingBidLeadLimit());
        addIfChanged(changes, "stalenessDays", before.stalenessDays(), next.stalenessDays());
        addIfChanged(changes, "adoptionCheckDays", before.adoptionCheckDays(), next.adoptionCheckDays());
        addIfChanged(changes, "adoptionGraceDays", before.adoptionGraceDays(), next.adoptionGraceDays());
        audit.record(new AuditRecord("connected-councils.audit.settings.changed", "setting", "settings",
                null, actor.userKey(), changes));
        return next;
    }

    /** The council directory, active and retired, by name; {@code text} (nullable) as in the directory search. */
    public Page<Council> councils(String text, PageRequest page) {
        admin();
        return councils.list(text, page);
    }

    /** Adds a council or changes one (name, type, region, retired); the code identifies it. */
    public Council saveCouncil(Council council) {
        return councilEdits.save(council, admin());
    }

    public Page<RoleMapping> mappings(PageRequest page) {
        admin();
        return mappings.list(page);
    }

    public RoleMapping addMapping(RoleMapping mapping) {
        return grants.grant(mapping, admin());
    }

    public void removeMapping(RoleMapping mapping) {
        Actor actor = admin();
        if (!mappings.remove(mapping)) {
            throw new Refusal.NotFound(describe(mapping));
        }
        audit.record(mappingRecord("connected-councils.audit.mapping.removed", mapping, actor, describe(mapping),
                null));
    }

    public List<ServiceArea> serviceAreas() {
        admin();
        return serviceAreas.all();
    }

    /** Adds an area, or renames / retires / restores an existing one. */
    public ServiceArea saveServiceArea(ServiceArea area) {
        Actor actor = admin();
        if (area.name().isBlank() || area.name().length() > NAME_LENGTH) {
            throw ValidationException.of(FieldError.of("name", "connected-councils.error.tooLong", NAME_LENGTH));
        }
        if (area.nameCy() != null && area.nameCy().length() > NAME_LENGTH) {
            throw ValidationException.of(FieldError.of("nameCy", "connected-councils.error.tooLong", NAME_LENGTH));
        }
        ServiceArea before = serviceAreas.all().stream().filter(a -> a.code().equals(area.code())).findFirst()
                .orElse(null);
        if (before == null) {
            serviceAreas.add(area);
        } else {
            serviceAreas.update(area);
        }
        List<AuditRecord.Change> changes = new ArrayList<>();
        addIfChanged(changes, "name", before == null ? null : before.name(), area.name());
        addIfChanged(changes, "nameCy", before == null ? null : before.nameCy(), area.nameCy());
        addIfChanged(changes, "retired", before == null ? null : before.retired(), area.retired());
        audit.record(new AuditRecord("connected-councils.audit.serviceArea.saved", "serviceArea", area.code(),
                area.name(), actor.userKey(), changes));
        return area;
    }

    /** Moves every entry from one area to another and retires the first; entries keep their history. */
    public int mergeServiceAreas(String from, String into) {
        Actor actor = admin();
        List<String> known = serviceAreas.all().stream().map(ServiceArea::code).toList();
        List<FieldError> errors = new ArrayList<>();
        if (!known.contains(from)) {
            errors.add(FieldError.of("from", UNKNOWN_AREA, String.valueOf(from)));
        }
        if (!known.contains(into)) {
            errors.add(FieldError.of("into", UNKNOWN_AREA, String.valueOf(into)));
        }
        if (Objects.equals(from, into)) {
            errors.add(FieldError.of("into", SAME_AREA));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int moved = serviceAreas.merge(from, into, actor.userKey(), clock.instant());
        audit.record(new AuditRecord("connected-councils.audit.serviceArea.merged", "serviceArea", from, from,
                actor.userKey(), List.of(new AuditRecord.Change("mergedInto", null, into + " (" + moved + ")"))));
        return moved;
    }

    private Actor admin() {
        return AdminAccess.require(actors);
    }

    private static AuditRecord mappingRecord(String key, RoleMapping m, Actor actor, String from, String to) {
        return new AuditRecord(key, "mapping", describe(m), describe(m), actor.userKey(),
                List.of(new AuditRecord.Change("mapping", from, to)));
    }

    private static String describe(RoleMapping m) {
        return MappingGrants.describe(m);
    }
}
