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
import java.time.LocalDate;
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

    /** Shortest password accepted from a set-password link. */
    public static final int MIN_PASSWORD_LENGTH = 12;

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
    private final se.kompetensresan.security.PasswordPolicy passwordPolicy;
    private final OnboardingThrottle throttle;
    private final DeMinimisSettings deMinimis;

    OnboardingService(CompanyApplicationRepository applications, CompanyRepository companies, CompanyService companyService,
                      ProjectService projects, ApplicationRules rules, MailService mail, UserService users,
                      InvitationMailer invitations, CurrentUser currentUser, ApplicationEventPublisher events,
                      BundleI18NProvider i18n, Geography geography, CompanySettings props, Clock clock,
                      se.kompetensresan.security.PasswordPolicy passwordPolicy, OnboardingThrottle throttle,
                      DeMinimisSettings deMinimis) {
        this.deMinimis = deMinimis;
        this.throttle = throttle;
        this.passwordPolicy = passwordPolicy;
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
     * The projects a company can apply to; public: those whose period has not ended (today from the clock).
     * A project that has ended (Smart Kompetens ended 2020-08-31) is not offered.
     */
    @Transactional(readOnly = true)
    public List<ProjectInfo> openProjects() {
        return projects.allProjects().stream().filter(this::running).toList();
    }

    private boolean running(ProjectInfo p) {
        return p.endDate() == null || !p.endDate().isBefore(LocalDate.now(clock));
    }

    /**
     * Refuses approving an application whose project's period has ended ({@code company.error.project.ended}: the
     * project's name and end date). Public for the managers' review and the process.
     */
    @Transactional(readOnly = true)
    public void requireRunningProject(long applicationId) {
        CompanyApplication a = find(applicationId);
        projects.project(a.projectId).filter(p -> !running(p)).ifPresent(p -> {
            throw new UserMessageException("company.error.project.ended", p.name(), p.endDate().toString());
        });
    }

    /** Whether the period of the application's project has ended (the process then rejects instead of approving). */
    @Transactional(readOnly = true)
    public boolean projectEnded(long applicationId) {
        CompanyApplication a = find(applicationId);
        return projects.project(a.projectId).map(p -> !running(p)).orElse(false);
    }

    /** The aid (EUR) a company is estimated to receive from one project, for the de minimis check. */
    public BigDecimal estimatedAidEur(Long projectId) {
        return props.estimatedAidEur();
    }

    /** True when the aid already received plus this project's estimated aid exceeds the de minimis cap (a warning only). */
    public boolean deMinimisWarning(Long projectId, BigDecimal receivedEur) {
        return receivedEur != null && receivedEur.add(estimatedAidEur(projectId)).compareTo(deMinimis.capEur()) > 0;
    }

    /** The de minimis cap (EUR), for the form's warning. */
    public BigDecimal deMinimisCapEur() {
        return deMinimis.capEur();
    }

    /**
     * Public: the fiscal years the form's de minimis declaration asks for, the current one first (the
     * {@link ApplicationForm#deMinimisEurByYear()} entries in this order).
     */
    public List<Integer> deMinimisYears() {
        int now = LocalDate.now(clock).getYear();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < deMinimis.years(); i++) {
            out.add(now - i);
        }
        return out;
    }

    /** How long the link that confirms an application's e-mail address works. */
    static final java.time.Duration CONFIRMATION_VALIDITY = java.time.Duration.ofDays(2);
    /** The kind of the confirmation link in the outbox ({@link ApplicationConfirmationLinks}). */
    static final String CONFIRMATION_LINK = "APPLICATION_CONFIRMATION";

    /**
     * As {@link #apply(ApplicationForm, String)} without the per-address limit: for callers that are not the public
     * form (tests, imports). The public form passes the client address.
     */
    public ApplicationReceipt apply(ApplicationForm f) {
        return apply(f, null);
    }

    /**
     * Public (no login): at most {@code applications-per-address-per-hour} applications per client address;
     * checks every field again and stores the application as UNCONFIRMED. The contact person gets an e-mail with
     * fixed text and a one-time link (made at send time) that confirms the address; only then is anything
     * processed ({@link #confirm}). Whether the org.nr is already known is not told here: the answer is the same.
     * Bad input: {@link ApplicationInvalidException} with every field's error; too many: {@code company.error.throttled}.
     */
    public ApplicationReceipt apply(ApplicationForm f, String clientAddress) {
        if (clientAddress != null && !throttle.allow(clientAddress)) {
            throw new UserMessageException("company.error.throttled");
        }
        Set<Long> open = openProjects().stream().map(ProjectInfo::id).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>(rules.validate(f, open));
        if (f.projectId() != null && !open.contains(f.projectId())) {
            // a project that exists but has ended is named as such, not as unknown
            projects.project(f.projectId()).filter(p -> !running(p)).ifPresent(p -> errors.replaceAll(e ->
                    e.field() == ApplicationField.PROJECT ? new FieldError(ApplicationField.PROJECT,
                            "company.error.project.ended", List.of(p.name(), p.endDate().toString())) : e));
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
        List<Integer> years = deMinimisYears();
        for (int i = 0; i < years.size(); i++) {
            a.deMinimisByYear.put(years.get(i), f.deMinimisEurByYear().get(i));
        }
        a.locale = "en".equals(f.language()) ? "en" : "sv";
        a.status = ApplicationStatus.UNCONFIRMED;
        a.createdAt = clock.instant();
        a.consentAt = a.createdAt;
        a.reference = newReference();
        a = applications.save(a);
        if (clientAddress != null) {
            throttle.count(clientAddress);
        }
        Locale locale = Locale.forLanguageTag(a.locale);
        // fixed text only: the visitor chose the address, so nothing else they typed goes into this mail
        mail.queueWithLink(a.contactEmail, i18n.getTranslation("company.mail.confirm.subject", locale, a.reference),
                i18n.getTranslation("company.mail.confirm.body", locale, se.kompetensresan.mail.MailService.LINK, a.reference),
                CONFIRMATION_LINK, a.id);
        return new ApplicationReceipt(a.id, a.reference, deMinimisWarning(a.projectId, a.deMinimisEur));
    }

    /** For the outbox at send time: a fresh confirmation token of the application (the previous one stops working). */
    String newConfirmationToken(long applicationId) {
        CompanyApplication a = find(applicationId);
        String token = randomToken(32);
        a.confirmTokenHash = sha256(token);
        a.confirmExpiresAt = clock.instant().plus(CONFIRMATION_VALIDITY);
        return token;
    }

    /**
     * Public: the contact person confirms the e-mail address with the link. The application is then checked
     * against the register (a company already registered or applying in the project is refused with a neutral
     * reason on the status page, so that the form never tells a visitor whether an org.nr is known), and the
     * application process starts ({@link CompanyApplied}). Returns the reference, empty for an unknown, used or
     * expired link.
     */
    public Optional<String> confirm(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Optional<CompanyApplication> found = applications.findByConfirmTokenHash(sha256(token))
                .filter(a -> a.status == ApplicationStatus.UNCONFIRMED && a.confirmExpiresAt != null
                        && clock.instant().isBefore(a.confirmExpiresAt));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CompanyApplication a = found.get();
        a.confirmTokenHash = null;
        a.confirmedAt = clock.instant();
        Optional<String> duplicate = duplicate(new OrganisationNumber(a.organisationNumber), a.projectId, a.id);
        if (duplicate.isPresent()) {
            a.status = ApplicationStatus.REJECTED;
            a.reasonKey = "application.reason.duplicate";
            a.decidedAt = clock.instant();
            return Optional.of(a.reference);
        }
        a.status = ApplicationStatus.SUBMITTED;
        Locale locale = Locale.forLanguageTag(a.locale);
        String projectName = projects.project(a.projectId).map(ProjectInfo::name).orElse("");
        mail.queue(a.contactEmail, i18n.getTranslation("company.mail.confirmation.subject", locale, a.reference),
                i18n.getTranslation("company.mail.confirmation.body", locale, a.contactName, a.name, projectName, a.reference));
        events.publishEvent(new CompanyApplied(a.id, a.projectId));
        return Optional.of(a.reference);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** Crockford's Base32 without I, L, O, U: easy to read aloud and type. */
    private static final String REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** KR-XXXX-XXXX-XX: 50 random bits, not guessable from another application's reference. */
    private String newReference() {
        while (true) {
            StringBuilder b = new StringBuilder("KR-");
            for (int i = 0; i < 10; i++) {
                if (i == 4 || i == 8) {
                    b.append('-');
                }
                b.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
            }
            if (applications.findByReference(b.toString()).isEmpty()) {
                return b.toString();
            }
        }
    }

    private static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> duplicate(OrganisationNumber orgnr, long projectId, long exceptApplicationId) {
        Set<Long> subprojects = projects.subprojectsOf(projectId).stream().map(SubprojectInfo::id).collect(Collectors.toSet());
        if (companies.findByOrganisationNumber(orgnr.digits()).stream().anyMatch(c -> subprojects.contains(c.subprojectId))) {
            return Optional.of("company.error.orgnr.registered");
        }
        if (applications.findByOrganisationNumberAndProjectId(orgnr.digits(), projectId).stream()
                .anyMatch(a -> a.id != exceptApplicationId && a.status.open())) {
            return Optional.of("company.error.orgnr.applied");
        }
        return Optional.empty();
    }

    /** The reference shown to the company, e.g. KR-7HQ2-M4XZ-PK (random; KR-2026-00042 for older applications). */
    static String reference(CompanyApplication a) {
        return a.reference;
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
        if (reference == null || reference.length() > 40 || !reference.matches("KR-[0-9A-Z-]{8,30}")) {
            return Optional.empty();
        }
        return applications.findByReference(reference)
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
        requireRunningProject(applicationId);
        SubprojectInfo sub = projects.subproject(subprojectId)
                .filter(s -> s.projectId() == a.projectId)
                .orElseThrow(() -> new UserMessageException("company.error.subproject.other"));
        OrganisationNumber orgnr = new OrganisationNumber(a.organisationNumber);
        if (duplicate(orgnr, a.projectId, a.id).filter("company.error.orgnr.registered"::equals).isPresent()) {
            // already a company in one of the project's delprojekt (not only the one approved into)
            throw new UserMessageException("company.error.orgnr.registered", orgnr.formatted());
        }
        Company c = companyService.create(new CompanyForm(a.organisationNumber, a.name, sub.id(), a.municipalityCode,
                a.visitingAddress, a.industryCodes.split(",")[0], a.employeesWomen, a.employeesMen, a.contactName,
                a.contactEmail, a.contactPhone), orgnr);
        c.postalCode = a.postalCode;
        c.town = a.town;
        c.industryCodes = a.industryCodes;
        c.turnoverClass = a.turnoverClass;
        c.declaredSupport.putAll(a.deMinimisByYear); // the de minimis declaration goes with the company
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
        String username = users.invitedUsername(token, clock.instant()).orElseThrow();
        passwordPolicy.check(password, username); // security.password.error.*: 12 characters, no common password
        if (!password.equals(repeat)) {
            throw new UserMessageException("company.password.error.repeat");
        }
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
