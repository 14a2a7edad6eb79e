package se.kompetensresan.company;


import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.InvitationStatus;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.OrganisationNumber;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public onboarding ("Anmäl ert företag"): a company applies to a project without logging in; the
 * application is judged (by the journey module), then approved — which creates the company and invites its
 * contact person — or rejected.
 */
@Service
@Transactional
public class OnboardingService {

    /** The de minimis ceiling: aid to one undertaking over three fiscal years, EUR. */
    public static final BigDecimal DE_MINIMIS_CAP_EUR = new BigDecimal("300000");
    /** Shortest password accepted from a set-password link. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final CompanyApplicationRepository applications;
    private final CompanyRepository companies;
    private final CompanyService companyService;
    private final ProjectService projects;
    private final ApplicationRules rules;
    private final MailService mail;
    private final UserService users;
    private final InvitationMailer invitations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final BundleI18NProvider i18n;
    private final Geography geography;
    private final CompanySettings props;
    private final Clock clock;

    OnboardingService(CompanyApplicationRepository applications, CompanyRepository companies, CompanyService companyService,
                      ProjectService projects, ApplicationRules rules, MailService mail, UserService users,
                      InvitationMailer invitations, CurrentUser currentUser, ApplicationEventPublisher events,
                      BundleI18NProvider i18n, Geography geography, CompanySettings props, Clock clock) {
        this.applications = applications;
        this.companies = companies;
        this.companyService = companyService;
        this.projects = projects;
        this.rules = rules;
        this.mail = mail;
        this.users = users;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.events = events;
        this.i18n = i18n;
        this.geography = geography;
        this.props = props;
        this.clock = clock;
    }

    /**
     * The projects a company can apply to; public. All projects for now (the demo's real project has ended):
     * a project setting "takes applications" belongs in the project module.
     */
    @Transactional(readOnly = true)
    public List<ProjectInfo> openProjects() {
        return projects.allProjects();
    }

    /** The aid (EUR) a company is estimated to receive from one project, for the de minimis check. */
    public BigDecimal estimatedAidEur(Long projectId) {
        return props.estimatedAidEur();
    }

    /** True when the aid already received plus this project's estimated aid exceeds 300 000 EUR (a warning only). */
    public boolean deMinimisWarning(Long projectId, BigDecimal receivedEur) {
        return receivedEur != null && receivedEur.add(estimatedAidEur(projectId)).compareTo(DE_MINIMIS_CAP_EUR) > 0;
    }

    /**
     * Public (no login): checks every field again, refuses a company already registered in the project or with an
     * open application there, stores the application, queues a confirmation e-mail to the contact person and
     * publishes {@link CompanyApplied}. Bad input: {@link ApplicationInvalidException} with every field's error.
     */
    public ApplicationReceipt apply(ApplicationForm f) {
        Set<Long> open = openProjects().stream().map(ProjectInfo::id).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>(rules.validate(f, open));
        if (errors.stream().noneMatch(e -> e.field() == ApplicationField.ORGANISATION_NUMBER || e.field() == ApplicationField.PROJECT)) {
            OrganisationNumber orgnr = OrganisationNumber.parse(f.organisationNumber());
            duplicate(orgnr, f.projectId()).ifPresent(key ->
                    errors.add(new FieldError(ApplicationField.ORGANISATION_NUMBER, key, List.of(orgnr.formatted()))));
        }
        if (!errors.isEmpty()) {
            throw new ApplicationInvalidException(errors);
        }
        CompanyApplication a = new CompanyApplication();
        a.projectId = f.projectId();
        a.organisationNumber = OrganisationNumber.parse(f.organisationNumber()).digits();
        a.name = f.name().strip();
        a.visitingAddress = f.visitingAddress().strip();
        a.postalCode = ApplicationRules.postalCode(f.postalCode().strip());
        a.town = f.town().strip();
        a.municipalityCode = f.municipalityCode();
        a.industryCodes = String.join(",", SniCodes.split(f.sniCodes()));
        a.employeesWomen = f.employeesWomen();
        a.employeesMen = f.employeesMen();
        a.turnoverClass = f.turnoverClass();
        a.contactName = f.contactName().strip();
        a.contactEmail = f.contactEmail().strip();
        a.contactPhone = f.contactPhone().strip();
        a.deMinimisEur = f.deMinimisEur();
        a.locale = "en".equals(f.language()) ? "en" : "sv";
        a.status = ApplicationStatus.SUBMITTED;
        a.createdAt = clock.instant();
        a.consentAt = a.createdAt;
        a = applications.save(a);
        String reference = reference(a);
        Locale locale = Locale.forLanguageTag(a.locale);
        String projectName = projects.project(a.projectId).map(ProjectInfo::name).orElse("");
        mail.queue(a.contactEmail, i18n.getTranslation("company.mail.confirmation.subject", locale, reference),
                i18n.getTranslation("company.mail.confirmation.body", locale, a.contactName, a.name, projectName, reference));
        events.publishEvent(new CompanyApplied(a.id, a.projectId));
        return new ApplicationReceipt(a.id, reference, deMinimisWarning(a.projectId, a.deMinimisEur));
    }

    private Optional<String> duplicate(OrganisationNumber orgnr, long projectId) {
        Set<Long> subprojects = projects.subprojectsOf(projectId).stream().map(SubprojectInfo::id).collect(Collectors.toSet());
        if (companies.findByOrganisationNumber(orgnr.digits()).stream().anyMatch(c -> subprojects.contains(c.subprojectId))) {
            return Optional.of("company.error.orgnr.registered");
        }
        if (applications.findByOrganisationNumberAndProjectId(orgnr.digits(), projectId).stream().anyMatch(a -> a.status.open())) {
            return Optional.of("company.error.orgnr.applied");
        }
        return Optional.empty();
    }

    /** The reference shown to the company, e.g. KR-2026-00042. */
    static String reference(CompanyApplication a) {
        return "KR-" + a.createdAt.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%05d", a.id);
    }

    /** Process: the application (no user check; the process glue handles ids it was given). */
    @Transactional(readOnly = true)
    public ApplicationInfo application(long applicationId) {
        return toInfo(find(applicationId));
    }

    /** Process: the language the company applied in (for the e-mails it gets). */
    @Transactional(readOnly = true)
    public Locale language(long applicationId) {
        return Locale.forLanguageTag(find(applicationId).locale);
    }

    /**
     * The applications to a project, newest first: an ADMIN, or a MANAGER working in one of its delprojekt
     * (the onboarding module's ApplicationReview narrows it further to the manager's delprojekt).
     */
    @Transactional(readOnly = true)
    public List<ApplicationInfo> applicationsOf(long projectId) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        if (!u.is(Role.ADMIN) && projects.subprojectsOf(projectId).stream().noneMatch(s -> u.subprojectIds().contains(s.id()))) {
            throw currentUser.refused(u.username() + " asked for the applications of project " + projectId);
        }
        return applications.findByProjectIdOrderByIdDesc(projectId).stream().map(this::toInfo).toList();
    }

    /**
     * Public (no login): status and reason key of the application with this reference (KR-yyyy-nnnnn), nothing
     * else about it; empty for an unknown or malformed reference.
     */
    @Transactional(readOnly = true)
    public Optional<ApplicationStatusInfo> statusOf(String reference) {
        if (reference == null || !reference.matches("KR-\\d{4}-\\d{5,}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
        return applications.findById(id).filter(a -> reference(a).equals(reference))
                .map(a -> new ApplicationStatusInfo(reference(a), a.status, a.reasonKey, a.createdAt));
    }

    /** Process: records the eligibility decision (ELIGIBLE, NOT_ELIGIBLE or MANUAL_REVIEW) and its reason key. */
    public void recordEligibility(long applicationId, ApplicationStatus status, String reasonKey) {
        if (status != ApplicationStatus.ELIGIBLE && status != ApplicationStatus.NOT_ELIGIBLE && status != ApplicationStatus.MANUAL_REVIEW) {
            throw new IllegalArgumentException("not an eligibility outcome: " + status);
        }
        CompanyApplication a = find(applicationId);
        a.status = status;
        a.reasonKey = reasonKey;
        a.decidedAt = clock.instant();
    }

    /**
     * Approves an open application into a delprojekt of its project: creates the company, a COMPANY user for the
     * contact person (unusable password, one-time set-password link valid 7 days) and queues the invitation.
     * An ADMIN, or a MANAGER of the delprojekt; Process: without a signed-in user no check is made.
     */
    public CompanyInfo approve(long applicationId, long subprojectId) {
        checkDecider(subprojectId);
        CompanyApplication a = find(applicationId);
        if (!a.status.open()) {
            throw new UserMessageException("company.error.application.closed");
        }
        SubprojectInfo sub = projects.subproject(subprojectId)
                .filter(s -> s.projectId() == a.projectId)
                .orElseThrow(() -> new UserMessageException("company.error.subproject.other"));
        OrganisationNumber orgnr = new OrganisationNumber(a.organisationNumber);
        if (companies.existsByOrganisationNumberAndSubprojectId(orgnr.digits(), sub.id())) {
            throw new UserMessageException("company.error.duplicate", orgnr.formatted());
        }
        Company c = companyService.create(new CompanyForm(a.organisationNumber, a.name, sub.id(), a.municipalityCode,
                a.visitingAddress, a.industryCodes.split(",")[0], a.employeesWomen, a.employeesMen, a.contactName,
                a.contactEmail, a.contactPhone), orgnr);
        c.postalCode = a.postalCode;
        c.town = a.town;
        c.industryCodes = a.industryCodes;
        c.turnoverClass = a.turnoverClass;
        invitations.inviteCompanyUser(c.id, c.name, a.contactName, a.contactEmail, Locale.forLanguageTag(a.locale));
        a.status = ApplicationStatus.APPROVED;
        a.companyId = c.id;
        a.decidedAt = clock.instant();
        return CompanyService.toInfo(c);
    }

    /** Rejects an open application with a reason key (shown to the company). ADMIN/MANAGER of the project, or Process. */
    public void reject(long applicationId, String reasonKey) {
        CompanyApplication a = find(applicationId);
        Optional<UserAccount> u = currentUser.get();
        if (u.isPresent()) {
            UserAccount user = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
            boolean inProject = user.is(Role.ADMIN) || projects.subprojectsOf(a.projectId).stream()
                    .anyMatch(s -> user.subprojectIds().contains(s.id()));
            if (!inProject) {
                throw currentUser.refused(user.username() + " tried to reject application " + applicationId);
            }
        }
        if (!a.status.open()) {
            throw new UserMessageException("company.error.application.closed");
        }
        a.status = ApplicationStatus.REJECTED;
        a.reasonKey = reasonKey;
        a.decidedAt = clock.instant();
    }

    private void checkDecider(long subprojectId) {
        if (currentUser.get().isEmpty()) {
            return; // Process
        }
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        if (!u.canSeeSubproject(subprojectId)) {
            throw currentUser.refused(u.username() + " tried to approve into delprojekt " + subprojectId);
        }
    }

    /** Public: whether a set-password link can still be used. */
    @Transactional(readOnly = true)
    public InvitationStatus invitationStatus(String token) {
        return users.invitationStatus(token, clock.instant());
    }

    /**
     * Public: sets the password from a one-time link (at least {@value #MIN_PASSWORD_LENGTH} characters, typed twice);
     * the link is used up. Returns the username. Refusals: {@link UserMessageException} with
     * {@code company.password.*} keys.
     */
    public String setPassword(String token, String password, String repeat) {
        InvitationStatus status = users.invitationStatus(token, clock.instant());
        if (status != InvitationStatus.VALID) {
            throw new UserMessageException("company.password.token." + status.name().toLowerCase(Locale.ROOT));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserMessageException("company.password.error.short", MIN_PASSWORD_LENGTH);
        }
        if (!password.equals(repeat)) {
            throw new UserMessageException("company.password.error.repeat");
        }
        String username = users.invitedUsername(token, clock.instant()).orElseThrow();
        users.setPasswordWithInvitation(token, password, clock.instant());
        return username;
    }

    private CompanyApplication find(long id) {
        return applications.findById(id).orElseThrow(() -> currentUser.refused("unknown application " + id));
    }

    ApplicationInfo toInfo(CompanyApplication a) {
        String county = geography.municipality(a.municipalityCode).map(Geography.Municipality::countyCode).orElse(null);
        return new ApplicationInfo(a.id, reference(a), a.projectId, new OrganisationNumber(a.organisationNumber), a.name,
                a.visitingAddress, a.postalCode, a.town, a.municipalityCode, county, List.of(a.industryCodes.split(",")),
                a.employeesWomen, a.employeesMen, a.turnoverClass, a.contactName, a.contactEmail, a.contactPhone,
                a.deMinimisEur, a.status, a.reasonKey, a.companyId, a.createdAt, a.consentAt);
    }
}
